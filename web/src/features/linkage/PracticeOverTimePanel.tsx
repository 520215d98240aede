// An agreement's paper to practice over time: the share of its commitments that had moved at the end of
// each of its quarters up to today, as a small step chart and, with the same figures, a table.
import { useMemo } from 'react';
import { LazyChart } from '../../shared/charts/LazyChart';
import { useApi } from '../../shared/api/useApi';
import { useLang, useT } from '../../shared/i18n/i18n';
import { ErrorNote, Loading } from '../../shared/layout/Status';
import { periodText } from '../plans/periods';
import { paths, type PracticeOverTime } from './api';
import type { PracticeLine } from './charts/practice';
import { percentText, rateText } from './numbers';

const loadPractice = () => import('./charts/practice').then((m) => m.drawPractice);

export function PracticeOverTimePanel({ spaceId, agreementId, version }: { spaceId: string; agreementId: string; version: number }) {
  const t = useT();
  const { lang } = useLang();
  const result = useApi<PracticeOverTime>(paths.agreementPractice(spaceId, agreementId), version);
  const points = result.status === 'done' ? result.data.points : [];
  const line = useMemo<PracticeLine>(
    () => ({ quarters: points.map((p) => periodText(p.quarter)), rates: points.map((p) => (p.practice.rate === null ? null : p.practice.rate * 100)), name: t('linkage.overTime.rate'), format: (v) => percentText(v, lang) }),
    [points, t, lang],
  );
  return (
    <section className="panel" aria-labelledby="lk-over-time">
      <h2 id="lk-over-time">{t('linkage.overTime.title')}</h2>
      {result.status === 'loading' && <Loading />}
      {result.status === 'error' && <ErrorNote error={result.error} onRetry={result.retry} />}
      {result.status === 'done' && points.length === 0 && <p className="muted">{t('linkage.overTime.empty')}</p>}
      {points.length > 0 && <LazyChart load={loadPractice} data={line} label={t('linkage.overTime.label')} testId="practice-chart" className="chart lk-chart" />}
      {points.length > 0 && (
        <details>
          <summary>{t('linkage.overTime.table')}</summary>
          <div className="table-scroll">
            <table className="table lk-numbers" data-testid="practice-over-time">
              <thead>
                <tr><th scope="col">{t('linkage.overTime.quarter')}</th><th scope="col">{t('linkage.practice.moved')}</th><th scope="col">{t('linkage.overTime.rate')}</th></tr>
              </thead>
              <tbody>
                {points.map((p) => (
                  <tr key={p.quarter}><th scope="row">{periodText(p.quarter)}</th><td>{`${p.practice.moved}/${p.practice.total}`}</td><td>{rateText(p.practice.rate, lang)}</td></tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </section>
  );
}
