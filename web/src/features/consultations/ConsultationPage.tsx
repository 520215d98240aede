// /consultations/:id: a consultation's status and facts; for its facilitators the lifecycle buttons
// and invitations; for everyone allowed to see it the results, the downloads and the projector view.
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../shared/api/client';
import { consultationPath, type ConsultationDetail, type ConsultationStatus } from './api';
import { useApi } from '../../shared/api/useApi';
import { Link } from 'wouter';
import { IllustrativeBadge } from '../../shared/layout/Badges';
import { ConsultationStatusTag } from './ConsultationStatusTag';
import { DownloadsPanel } from './DownloadsPanel';
import { InvitationsPanel } from './InvitationsPanel';
import { LifecyclePanel } from './LifecyclePanel';
import { ProposalsPanel } from './ProposalsPanel';
import { ResultsPanel } from './ResultsPanel';
import { ErrorNote, Loading } from '../../shared/layout/Status';
import { ballotsText } from './labels';
import type { Breakdown } from './results';
import { formatNumber } from '../../shared/format';
import { labelOf, useLang, usePick, useT } from '../../shared/i18n/i18n';
import './consultation.css';

export function ConsultationPage({ id }: { id: string }) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const loaded = useApi<ConsultationDetail>(consultationPath(id));
  // The first answer, then fresher copies fetched in the background, so the page never blanks.
  const [detail, setDetail] = useState<ConsultationDetail | null>(null);
  const [version, setVersion] = useState(0);
  const [method, setMethod] = useState<string | null>(null);
  const [by, setBy] = useState<Breakdown>('overall');
  const first = loaded.status === 'done' ? loaded.data : null;
  useEffect(() => {
    if (first) setDetail(first);
  }, [first]);

  const refresh = useCallback(() => {
    api<ConsultationDetail>(consultationPath(id)).then(setDetail, () => {});
    setVersion((v) => v + 1);
  }, [id]);
  const onStatus = (status: ConsultationStatus) => {
    setDetail((d) => (d ? { ...d, status } : d));
    refresh();
  };

  const back = (spaceId: string | null) =>
    spaceId && (
      <nav className="crumbs" aria-label={t('app.breadcrumb')}>
        <Link to={`/spaces/${encodeURIComponent(spaceId)}`}>← {t('consultation.back')}</Link>
      </nav>
    );
  if (loaded.status === 'error') return <ErrorNote error={loaded.error} onRetry={loaded.retry} />;
  if (!detail) return <Loading />;

  const runs = detail.permissions.manage;
  return (
    <>
      {back(detail.spaceId)}
      <header className="page-head">
        <p className="page-head__tags">
          <ConsultationStatusTag status={detail.status} testId="consultation-status" />
          <span className="tag">{labelOf(t, 'ballotType', detail.ballot.type)}</span>
          {detail.illustrative && <IllustrativeBadge testId="illustrative-badge" />}
        </p>
        <h1 data-testid="consultation-title">{pick(detail.title)}</h1>
        {detail.illustrative && <p className="note">{t('consultation.illustrativeHint')}</p>}
        <dl className="c-facts" aria-label={t('consultation.facts')}>
          <div>
            <dt>{t('consultation.ballotsReceived')}</dt>
            <dd data-testid="consultation-ballots">{ballotsText(t, detail.ballots)}</dd>
          </div>
          <div>
            <dt>{t('consultation.access')}</dt>
            <dd>{labelOf(t, 'access', detail.access)}</dd>
          </div>
          {detail.duplicateVerifications !== undefined && (
            <div>
              <dt>{t('consultation.duplicateVerifications')}</dt>
              <dd data-testid="consultation-duplicates">{formatNumber(detail.duplicateVerifications, lang)}</dd>
            </div>
          )}
        </dl>
        <p>
          <Link to={`/consultations/${encodeURIComponent(detail.id)}/projector`} className="button button--secondary" data-testid="projector-link">
            {t('projector.open')}
          </Link>
          {detail.permissions.enterPaper && <> <Link to={`/consultations/${encodeURIComponent(detail.id)}/paper`} className="button button--secondary" data-testid="paper-link">{t('paper.open')}</Link></>}
        </p>
      </header>

      <div className="c-layout">
        {/* Once published nothing is left to run, and the results take the whole width. */}
        {runs && detail.status !== 'published' && (
          <div className="c-layout__side">
            <LifecyclePanel id={detail.id} status={detail.status} onChanged={onStatus} />
            <InvitationsPanel detail={detail} />
            {detail.ballot.type === 'pairwise' && <ProposalsPanel id={detail.id} onChanged={refresh} />}
          </div>
        )}
        <div className="c-layout__main">
          <ResultsPanel detail={detail} method={method} onMethod={setMethod} by={by} onBy={setBy} version={version} onRefresh={refresh} />
          <DownloadsPanel id={detail.id} method={method} />
        </div>
      </div>
    </>
  );
}
