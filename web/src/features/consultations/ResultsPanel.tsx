// Results of a consultation: the method (the default and the alternatives the server names), the
// breakdown (overall, per cluster, per group), then the method line, the bar chart, the ranking
// table and — for ranked ballots — the stability figures.
import { useEffect, useMemo, useState } from 'react';
import { consultationPath, type ConsultationDetail, type ConsultationResults } from './api';
import { useApi } from '../../shared/api/useApi';
import type { BarData } from '../../shared/charts/bars';
import { measureName, methodName } from './labels';
import { inRankOrder, measureOf, partsOf, ranksOrders, type Breakdown } from './results';
import { formatNumber } from '../../shared/format';
import { useLang, usePick, useT } from '../../shared/i18n/i18n';
import { ErrorNote, Loading } from '../../shared/layout/Status';
import { MethodLine, StabilityNote } from './ResultsExplanation';
import { ResultsTable } from './ResultsTable';
import { ScoreChart } from './ScoreChart';

interface Props {
  detail: ConsultationDetail;
  method: string | null;
  onMethod: (method: string) => void;
  by: Breakdown;
  onBy: (by: Breakdown) => void;
  version: number;
  onRefresh: () => void;
}

// Enough resamples for shares to the nearest few per cent, and quick on the server.
const RESAMPLES = 200;

export function ResultsPanel({ detail, method, onMethod, by, onBy, version, onRefresh }: Props) {
  const t = useT();
  const params = new URLSearchParams();
  if (method) params.set('method', method);
  if (by !== 'overall') params.set('by', by);
  // With no ballots there is nothing to resample, and the server says so with a 400.
  if (ranksOrders(detail.ballot.type) && detail.ballots > 0) params.set('stability', String(RESAMPLES));
  const query = params.toString();
  const result = useApi<ConsultationResults>(`${consultationPath(detail.id)}/results${query ? `?${query}` : ''}`, version);

  // `alternatives` leaves out the method asked for, so the list is taken once, from the default.
  const [methods, setMethods] = useState<string[]>([]);
  const answer = result.status === 'done' ? result.data : null;
  useEffect(() => {
    if (answer && methods.length === 0) setMethods([answer.method, ...answer.alternatives]);
  }, [answer, methods.length]);

  const breakdowns: Breakdown[] = ['overall', ...(detail.clusters.length ? (['cluster'] as const) : []), ...(detail.groups.length ? (['group'] as const) : [])];

  return (
    <section className="panel" aria-labelledby="results-heading" data-testid="results">
      <div className="panel__head">
        <h2 id="results-heading">{t('results.title')}</h2>
        <button type="button" className="button button--secondary" data-testid="results-refresh" onClick={onRefresh}>
          {t('results.refresh')}
        </button>
      </div>
      <div className="results-controls">
        {methods.length > 1 && (
          <div className="field">
            <label htmlFor="results-method">{t('results.method')}</label>
            <select id="results-method" data-testid="results-method-select" value={method ?? methods[0]} onChange={(e) => onMethod(e.target.value)}>
              {methods.map((m) => (
                <option key={m} value={m}>
                  {methodName(t, m)}
                </option>
              ))}
            </select>
          </div>
        )}
        {breakdowns.length > 1 && (
          <div className="field">
            <label htmlFor="results-by">{t('results.breakdown')}</label>
            <select id="results-by" data-testid="results-by" value={by} onChange={(e) => onBy(e.target.value as Breakdown)}>
              {breakdowns.map((b) => (
                <option key={b} value={b}>
                  {t(`results.by.${b}`)}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      {result.status === 'loading' && <Loading />}
      {result.status === 'error' && <ErrorNote error={result.error} onRetry={result.retry} />}
      {result.status === 'done' && <ResultsBody result={result.data} detail={detail} by={by} />}
    </section>
  );
}

function ResultsBody({ result, detail, by }: { result: ConsultationResults; detail: ConsultationDetail; by: Breakdown }) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const parts = partsOf(result, by, detail);
  const ordered = inRankOrder(result, detail.options);
  const measure = measureOf(result);

  const chart = useMemo((): BarData | null => {
    if (!measure) return null;
    const series = parts.length
      ? parts.map((p) => ({ name: pick(p.title), values: ordered.map((o) => measureOf(p.result)?.values[o.key] ?? null) }))
      : [{ name: measureName(t, measure.code), values: ordered.map((o) => measure.values[o.key] ?? null) }];
    return { categories: ordered.map((o) => pick(o.title)), series, format: (v) => formatNumber(v, lang) };
    // The result object changes identity only when a new answer arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [result, by, lang]);

  if (result.voters === 0) return <p className="empty">{t('results.noBallots')}</p>;
  return (
    <div className="results">
      {result.unavailable && (
        <p className="note" data-testid="results-unavailable">
          {t('results.unavailable', { method: methodName(t, result.unavailable.method), shown: methodName(t, result.method) })}
        </p>
      )}
      <MethodLine result={result} detail={detail} />
      {chart && measure ? (
        <ScoreChart data={chart} label={t('results.chartLabel', { what: measureName(t, measure.code) })} />
      ) : (
        <p className="note">{t('results.noChart')}</p>
      )}
      <ResultsTable result={result} options={detail.options} parts={parts} />
      {result.stability && ordered[0] && <StabilityNote stability={result.stability} top={{ key: ordered[0].key, title: pick(ordered[0].title) }} voters={result.voters} />}
    </div>
  );
}
