// One batch: its facts, then what there is to do with it. Clerks type an entry; once both entries
// are in, everyone sees them compared and the facilitator settles the differences and counts the
// batch; a counted batch is shown read-only.
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../../shared/api/client';
import type { ConsultationDetail } from '../api';
import { ErrorNote, Loading } from '../../../shared/layout/Status';
import { usePick, useT } from '../../../shared/i18n/i18n';
import { ComparisonPanel } from './ComparisonPanel';
import { CommittedSummary } from './CommittedSummary';
import { EntryPanel } from './EntryPanel';
import { batchPath, type BatchData, type CommitOutcome } from './paper.api';
import { formatDateTime } from './paper.local';

// Keeps the last answer on screen while a fresher one loads, so settling a form never blanks the page.
function useBatch(id: string, key: string) {
  const [data, setData] = useState<BatchData | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    api<BatchData>(batchPath(id, key)).then(
      (answer) => {
        if (!live) return;
        setData(answer);
        setError(null);
      },
      (failure: unknown) => live && setError(failure),
    );
    return () => {
      live = false;
    };
  }, [id, key, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data, error, reload };
}

export function BatchView({ detail, batchKey, me }: { detail: ConsultationDetail; batchKey: string; me: string }) {
  const t = useT();
  const { data, error, reload } = useBatch(detail.id, batchKey);
  const [again, setAgain] = useState(false);
  const [saved, setSaved] = useState<{ entry: number; total: number } | null>(null);
  const [counted, setCounted] = useState<CommitOutcome | null>(null);

  if (!data) return error ? <ErrorNote error={error} onRetry={reload} /> : <Loading />;
  const { batch, entries, comparison } = data;
  const committed = batch.status === 'committed';
  const mine = entries.find((e) => e.enteredBy === me);
  const typing = !committed && (again || (!comparison && !mine && !saved));

  const entryPart = typing ? (
    <EntryPanel
      detail={detail}
      batch={batch}
      entries={entries}
      me={me}
      onCancel={again ? () => setAgain(false) : undefined}
      onSaved={(entry, total) => {
        setSaved({ entry, total });
        setAgain(false);
        reload();
      }}
    />
  ) : (
    !committed && (
      <section className="panel" aria-labelledby="paper-entry-heading" data-testid="paper-entry-status">
        <h2 id="paper-entry-heading">{t('paper.entry.title')}</h2>
        {saved && (
          <p className="pp-success" role="status" data-testid="paper-saved">
            {t('paper.entry.saved', { n: saved.entry, total: saved.total })}
          </p>
        )}
        <p className="muted">
          {comparison ? t('paper.entry.bothDone') : saved ? t('paper.entry.savedNext') : mine ? t('paper.entry.mineDone', { n: mine.entry }) : ''}
        </p>
        <button type="button" className="button button--secondary" data-testid="paper-enter-again" onClick={() => { setSaved(null); setAgain(true); }}>
          {t('paper.entry.again')}
        </button>
      </section>
    )
  );
  const comparePart = comparison ? (
    <ComparisonPanel
      detail={detail}
      batch={batch}
      entries={entries}
      comparison={comparison}
      onChanged={reload}
      onCommitted={(outcome) => {
        setCounted(outcome);
        reload();
      }}
    />
  ) : (
    <section className="panel" aria-labelledby="paper-compare-heading">
      <h2 id="paper-compare-heading">{t('paper.compare.title')}</h2>
      <p className="muted" data-testid="paper-compare-waiting">{t('paper.compare.waiting')}</p>
    </section>
  );
  // With both entries in, the comparison is the work; typing again is the exception, so it goes
  // below — unless this person has just saved or is typing, when their own panel comes first.
  const compareFirst = comparison !== null && !typing && !saved;

  return (
    <>
      <BatchFacts detail={detail} data={data} />
      {error != null && <ErrorNote error={error} onRetry={reload} />}
      {committed && comparison && <CommittedSummary batch={batch} comparison={comparison} outcome={counted} />}
      {compareFirst ? comparePart : entryPart}
      {compareFirst ? entryPart : comparePart}
    </>
  );
}

function BatchFacts({ detail, data }: { detail: ConsultationDetail; data: BatchData }) {
  const t = useT();
  const pick = usePick();
  const { batch, entries } = data;
  const named = (items: ConsultationDetail['clusters'], key: string | null) => (key ? pick(items.find((i) => i.key === key)?.title) || key : t('paper.batch.none'));
  return (
    <dl className="c-facts pp-facts" aria-label={t('paper.batch.facts')} data-testid="paper-facts">
      <div>
        <dt>{t('paper.batch.status')}</dt>
        <dd>
          <span className={`pp-status pp-status--${batch.status}`} data-testid="paper-status">{t(`paper.status.${batch.status}`)}</span>
        </dd>
      </div>
      <div>
        <dt>{t('paper.batch.forms')}</dt>
        <dd>{batch.forms}</dd>
      </div>
      {detail.clusters.length > 0 && (
        <div>
          <dt>{t('paper.batch.cluster')}</dt>
          <dd>{named(detail.clusters, batch.cluster)}</dd>
        </div>
      )}
      {detail.groups.length > 0 && (
        <div>
          <dt>{t('paper.batch.group')}</dt>
          <dd>{named(detail.groups, batch.group)}</dd>
        </div>
      )}
      {([1, 2] as const).map((n) => {
        const e = entries.find((x) => x.entry === n);
        return (
          <div key={n}>
            <dt>{t('paper.batch.entry', { n })}</dt>
            <dd className="pp-facts__who" data-testid={`paper-entry-${n}-by`}>
              {e ? t('paper.batch.entryBy', { who: e.enteredBy, when: formatDateTime(e.enteredAt) }) : t('paper.batch.entryMissing')}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
