// The "propose a new option" part of the pairwise ballot page, and the page after a proposal is sent.
import { PROPOSAL_MAX_LENGTH, PROPOSAL_MIN_LENGTH } from '../../../core/consultations/proposal';
import type { Localized } from '../../../i18n/messages';
import { Layout, renderPage, type Lang } from '../../../http/pages';

export const proposalText = {
  vi: {
    heading: 'Đề xuất phương án mới',
    help: 'Thấy thiếu một phương án? Hãy đề xuất; ban tổ chức duyệt trước khi đưa vào các cặp so sánh.',
    label: `Phương án bạn đề xuất (${PROPOSAL_MIN_LENGTH}–${PROPOSAL_MAX_LENGTH} ký tự)`,
    submit: 'Gửi đề xuất',
    errorPrefix: 'Chưa gửi được đề xuất:',
    sentTitle: 'Đã nhận đề xuất của bạn',
    sentHelp: 'Đề xuất đang chờ ban tổ chức duyệt. Nếu được duyệt, phương án sẽ xuất hiện trong các cặp so sánh.',
    back: 'Quay lại phiếu',
  },
  en: {
    heading: 'Propose a new option',
    help: 'Is an option missing? Propose it; the organisers review it before it joins the pairs.',
    label: `Your proposed option (${PROPOSAL_MIN_LENGTH}–${PROPOSAL_MAX_LENGTH} characters)`,
    submit: 'Send proposal',
    errorPrefix: 'Your proposal was not sent:',
    sentTitle: 'Your proposal is received',
    sentHelp: 'It is waiting for the organisers to review it. Once approved, the option appears in the pairs.',
    back: 'Back to the ballot',
  },
};

export type ProposalForm = { action: string; text?: string; error?: Localized };

/** Where the form posts, on the pairwise ballot page of an invitation. */
export const proposalAction = (token: string, lang: Lang) => `/vote/${encodeURIComponent(token)}/proposals?lang=${lang}`;

const fieldStyle = { width: '100%', boxSizing: 'border-box', font: 'inherit', padding: '.4rem' } as const;

export function ProposalSection({ lang, form }: { lang: Lang; form: ProposalForm }) {
  const t = proposalText[lang];
  return (
    <section aria-labelledby="propose-heading">
      <h2 id="propose-heading">{t.heading}</h2>
      <p className="help">{t.help}</p>
      {form.error && <p className="error" role="alert">{`${t.errorPrefix} ${form.error[lang]}`}</p>}
      <form method="post" action={form.action}>
        <label htmlFor="proposal-text">{t.label}</label>
        <textarea id="proposal-text" name="text" rows={2} maxLength={PROPOSAL_MAX_LENGTH} required style={fieldStyle} autoFocus={!!form.error} defaultValue={form.text ?? ''} />
        <button type="submit">{t.submit}</button>
      </form>
    </section>
  );
}

export function proposalSentPage(lang: Lang, consultationTitle: Localized, text: string, backHref: string): string {
  const t = proposalText[lang];
  return renderPage(
    <Layout lang={lang} title={t.sentTitle}>
      <h1>{t.sentTitle}</h1>
      <p>{consultationTitle[lang]}</p>
      <blockquote lang="vi">{text}</blockquote>
      <p className="help" role="status">
        {t.sentHelp}
      </p>
      <p>
        <a href={backHref}>{t.back}</a>
      </p>
    </Layout>,
  );
}
