// The consultation's batches as the server keeps them, newest first: each one's key (which opens
// it), status, forms, who typed each entry, the differences settled and the ballots counted.
import type { ConsultationDetail } from '../api';
import { useApi } from '../../../shared/api/useApi';
import { Link } from 'wouter';
import { ErrorNote, Loading } from '../../../shared/layout/Status';
import { usePick, useT } from '../../../shared/i18n/i18n';
import { batchesPath, paperPage, type BatchSummary } from './paper.api';
import { formatDateTime } from './paper.local';

export function BatchList({ detail }: { detail: ConsultationDetail }) {
  const t = useT();
  const pick = usePick();
  const loaded = useApi<{ batches: BatchSummary[] }>(batchesPath(detail.id));
  const clusterName = (key: string | null) => (key ? pick(detail.clusters.find((c) => c.key === key)?.title) || key : null);

  return (
    <section className="panel" aria-labelledby="paper-list-heading" data-testid="paper-list">
      <h2 id="paper-list-heading">{t('paper.list.title')}</h2>
      {loaded.status === 'loading' && <Loading />}
      {loaded.status === 'error' && <ErrorNote error={loaded.error} onRetry={loaded.retry} />}
      {loaded.status === 'done' && loaded.data.batches.length === 0 && <p className="muted" data-testid="paper-list-empty">{t('paper.list.empty')}</p>}
      {loaded.status === 'done' && loaded.data.batches.length > 0 && (
        <ul className="pp-batches" aria-label={t('paper.list.caption')}>
          {loaded.data.batches.map((b) => (
            <li key={b.key} className="pp-batch" data-testid="paper-list-item" data-key={b.key}>
              <div className="pp-batch__head">
                <Link to={paperPage(detail.id, b.key)} className="pp-batch__key">{b.key}</Link>
                <span className={`pp-status pp-status--${b.status}`}>{t(`paper.status.${b.status}`)}</span>
                {clusterName(b.cluster) && <span className="muted">{clusterName(b.cluster)}</span>}
              </div>
              <dl className="pp-batch__facts">
                <div>
                  <dt>{t('paper.list.forms')}</dt>
                  <dd data-testid="paper-list-forms">{b.forms}</dd>
                </div>
                <div className="pp-batch__wide">
                  <dt>{t('paper.list.entries')}</dt>
                  <dd data-testid="paper-list-entries">
                    {([1, 2] as const).map((n) => {
                      const e = b.entries.find((x) => x.entry === n);
                      return <span key={n} className="pp-batch__entry">{e ? t('paper.list.entryBy', { n, who: e.enteredBy }) : `${t('paper.batch.entry', { n })}: ${t('paper.list.noEntry')}`}</span>;
                    })}
                  </dd>
                </div>
                <div>
                  <dt>{t('paper.list.conflicts')}</dt>
                  <dd data-testid="paper-list-conflicts">
                    {b.conflicts === null ? t('paper.list.waiting') : b.conflicts === 0 ? t('paper.list.noConflicts') : t('paper.list.conflictsOf', { resolved: b.resolved, conflicts: b.conflicts })}
                  </dd>
                </div>
                <div>
                  <dt>{t('paper.list.counted')}</dt>
                  <dd data-testid="paper-list-counted">{b.counted}</dd>
                </div>
                <div>
                  <dt>{t('paper.list.updated')}</dt>
                  <dd>{formatDateTime(b.updatedAt)}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
