// One agreement: its parties (read onto today's provinces, "now internal" when they became one), period,
// sectors and signed document; paper to practice now and at the end of each quarter; its commitments with
// progress and red/amber/green, each with the quarterly report form for those who may report; and the form
// that adds a commitment (a coordinator for any party, an official for their own locality). The Word report of
// its follow-through for the region's council downloads in the page's language.
import { useState } from 'react';
import { useApi } from '../../shared/api/useApi';
import { formatDate } from '../../shared/format';
import { useLang, usePick, useT } from '../../shared/i18n/i18n';
import { ErrorNote, Loading } from '../../shared/layout/Status';
import { localized, paths, type Agreement } from './api';
import { CommitmentCard } from './CommitmentCard';
import { CommitmentForm } from './CommitmentForm';
import { DocumentUpload } from './DocumentUpload';
import { useSectorName } from './labels';
import { rateText } from './numbers';
import { PracticeOverTimePanel } from './PracticeOverTimePanel';
import type { RegionView } from './RegionShell';

export function AgreementPage({ region, agreementId }: { region: RegionView; agreementId: string }) {
  const t = useT();
  const [version, setVersion] = useState(0);
  const result = useApi<Agreement>(paths.agreement(region.spaceId, agreementId), version);
  const reload = () => setVersion((v) => v + 1);
  if (result.status === 'loading' && version === 0) return <Loading />;
  if (result.status === 'error') return <ErrorNote error={result.error} onRetry={result.retry} />;
  if (result.status !== 'done') return <Loading />;
  const a = result.data;
  const mine = a.parties.filter((p) => region.permissions.editFor.includes(p.id));
  return (
    <>
      <AgreementHead region={region} agreement={a} onChange={reload} />
      <section className="panel" aria-labelledby="lk-commitments" data-testid="commitments">
        <h2 id="lk-commitments">{t('linkage.commitments.title')}</h2>
        {a.commitments.length === 0 && <p className="muted">{t('linkage.commitments.empty')}</p>}
        <ul className="lk-cards">
          {a.commitments.map((c) => <CommitmentCard key={c.id} region={region} agreement={a} commitment={c} onChange={reload} />)}
        </ul>
      </section>
      {mine.length > 0 && <CommitmentForm region={region} agreement={a} parties={mine} onAdded={reload} />}
      <PracticeOverTimePanel spaceId={region.spaceId} agreementId={a.id} version={version} />
    </>
  );
}

function AgreementHead({ region, agreement: a, onChange }: { region: RegionView; agreement: Agreement; onChange: () => void }) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const sector = useSectorName(region);
  const successors = [...new Set(a.parties.map((p) => p.successor.name))];
  return (
    <section className="panel" aria-labelledby="lk-agreement" data-testid="agreement-head">
      <h2 id="lk-agreement">{pick(localized(a.title))}</h2>
      {a.nowInternal && <p className="note lk-internal" data-testid="now-internal">{t('linkage.agreement.nowInternalNote')}</p>}
      <dl className="facts facts--compact">
        <div><dt>{t('linkage.agreement.parties')}</dt><dd>{a.parties.map((p) => p.name).join(', ')}</dd></div>
        <div><dt>{t('linkage.agreement.readAs')}</dt><dd>{successors.join(', ')}</dd></div>
        <div><dt>{t('linkage.agreement.period')}</dt><dd>{`${formatDate(a.startsOn)} – ${formatDate(a.endsOn)}`}</dd></div>
        <div><dt>{t('linkage.agreement.sectors')}</dt><dd>{a.sectors.map(sector).join(', ')}</dd></div>
        {a.reviewOn && <div><dt>{t('linkage.agreement.review')}</dt><dd>{formatDate(a.reviewOn)}</dd></div>}
        <div>
          <dt>{t('linkage.agreement.practice')}</dt>
          <dd data-testid="agreement-practice">{t('linkage.agreements.practice', { moved: a.practice.moved, total: a.practice.total, rate: rateText(a.practice.rate, lang) })}</dd>
        </div>
      </dl>
      <p className="button-row">
        <a className="button button--secondary" href={paths.agreementReport(region.spaceId, a.id, lang)} download data-testid="agreement-report">{t('linkage.agreement.report')}</a>
        {a.document && <a className="button button--secondary" href={paths.agreementDocument(region.spaceId, a.id)}>{t('linkage.agreement.document', { name: a.document.name })}</a>}
      </p>
      {region.permissions.coordinate && <DocumentUpload spaceId={region.spaceId} agreementId={a.id} onSaved={onChange} />}
      {a.illustrativeNote && <p className="note">{a.illustrativeNote}</p>}
    </section>
  );
}
