// The ballot page of an invitation and the receipt that follows it.
import { shortReceipt } from '../../../core/consultations/receipt';
import type { BallotSpec } from '../../../core/consultations/spec';
import { Layout, renderPage, type Lang } from '../../../http/pages';
import type { Localized } from '../../../i18n/messages';
import { BallotForm, ballotFields } from './ballot-fields';
import { ProposalSection, type ProposalForm } from './proposal.page';
import type { VoteText } from './vote.text';

export { messagePage } from '../../../http/pages';

export type BallotView = {
  title: Localized;
  spec: BallotSpec;
  options: { key: string; title: Localized }[];
  illustrative: boolean;
  action: string;
  /** Pairwise: the pairs served on this page, as option keys. */
  pairs?: [string, string][];
  /** What the participant had entered, kept when the ballot is sent back with an error. */
  entered?: Record<string, string | string[]>;
  error?: Localized;
  /** Pairwise, while open: the form to propose a new option. */
  proposal?: ProposalForm;
};

export function ballotPage(lang: Lang, t: VoteText, v: BallotView, switchHref: string): string {
  const title = v.title[lang];
  const fields = ballotFields(lang, t, v);
  return renderPage(
    <Layout lang={lang} title={title} other={{ href: switchHref, label: t.other }}>
      {fields ? (
        <>
          <h1>
            {title}
            {v.illustrative && <> <span className="badge">{t.illustrative}</span></>}
          </h1>
          {v.error && <p className="error" role="alert">{`${t.errorPrefix} ${v.error[lang]}`}</p>}
          <BallotForm action={v.action} fields={fields} submit={t.submit} />
          {v.proposal && <ProposalSection lang={lang} form={v.proposal} />}
        </>
      ) : (
        <>
          <h1>{title}</h1>
          <p>{t.unsupported}</p>
        </>
      )}
    </Layout>,
  );
}

export function receiptPage(lang: Lang, t: VoteText, title: Localized, receipt: { receipt: string }): string {
  return renderPage(
    <Layout lang={lang} title={t.receiptTitle}>
      <h1>{t.receiptTitle}</h1>
      <p>{title[lang]}</p>
      <p>{t.receiptLabel}:</p>
      <p className="receipt" data-receipt="">
        {shortReceipt(receipt.receipt)}
      </p>
      <p className="help">{t.receiptHelp}</p>
      <p>{t.receiptProves}</p>
      <p>{t.receiptDoesNot}</p>
      <p>
        <small>{`${t.fullReceipt}: ${receipt.receipt}`}</small>
      </p>
    </Layout>,
  );
}
