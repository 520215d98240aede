// /consultations/:id/paper and /consultations/:id/paper/:key: paper forms from a conference hall
// (approval, ranking, score or budget ballots), typed in twice and settled before they count.
// Without a key, the consultation's batches and starting or opening one; with one, that batch.
import type { ConsultationDetail } from '../api';
import { consultationPath } from '../api';
import { useApi } from '../../../shared/api/useApi';
import { Link } from 'wouter';
import { useSession } from '../../accounts/session';
import { ErrorNote, Loading } from '../../../shared/layout/Status';
import { usePick, useT } from '../../../shared/i18n/i18n';
import { BatchStart } from './BatchStart';
import { BatchView } from './BatchView';
import { hasPaperForm } from './forms';
import { paperPage } from './paper.api';
import '../consultation.css';
import './paper.css';

export function PaperPage({ id, batchKey }: { id: string; batchKey: string | null }) {
  const t = useT();
  const pick = usePick();
  const { state } = useSession();
  const loaded = useApi<ConsultationDetail>(consultationPath(id));
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') return <ErrorNote error={loaded.error} onRetry={loaded.retry} />;
  const detail = loaded.data;
  const me = state.status === 'signed-in' ? state.me.user.email : '';

  return (
    <>
      <nav className="crumbs pp-crumbs" aria-label={t('app.breadcrumb')}>
        <Link to={`/consultations/${encodeURIComponent(id)}`}>← {t('paper.back')}</Link>
        {batchKey && <Link to={paperPage(id)} data-testid="paper-other-batch">{t('paper.otherBatch')}</Link>}
      </nav>
      <header className="page-head">
        <p className="pp-context">{pick(detail.title)}</p>
        <h1 data-testid="paper-title">{batchKey ? t('paper.batch.title', { key: batchKey }) : t('paper.title')}</h1>
        {!batchKey && <p className="lead">{t('paper.intro')}</p>}
      </header>
      {!detail.permissions.enterPaper ? (
        <p className="error-note" role="alert">{t('paper.notAllowed')}</p>
      ) : !hasPaperForm(detail.ballot) ? (
        <div className="panel" data-testid="paper-unsupported">
          <p className="pp-unsupported">{t('paper.unsupported')}</p>
          <p className="muted">{t('paper.unsupportedHint')}</p>
        </div>
      ) : batchKey ? (
        <BatchView detail={detail} batchKey={batchKey} me={me} />
      ) : (
        <BatchStart detail={detail} />
      )}
    </>
  );
}
