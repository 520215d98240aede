// The evidence score of each of the eight priority areas for the province: how far it lags the country on
// the sub-indices mapped to the area (need, 0–100), as a bar list, most needed first. Each bar opens to the
// figures it was computed from; the server's sentence says how. An area scored on governance figures alone
// (no official statistic) is marked, so its score is not read as a measured need.
import { useMemo, useState } from 'react';
import { useApi } from '../../shared/api/useApi';
import { Link } from 'wouter';
import { ErrorNote, Loading } from '../../shared/layout/Status';
import { usePick, useT } from '../../shared/i18n/i18n';
import { links, paths, type Editions, type PriorityEvidence, type UnitSet } from './api';
import { ExportButtons } from './ExportButtons';
import { useNumbers } from './numbers';
import type { DataTable } from './table';

export function PriorityPanel({ code, unit, name }: { code: string; unit: UnitSet; name: string }) {
  const t = useT();
  const pick = usePick();
  const numbers = useNumbers();
  const [year, setYear] = useState<number | null>(null);
  const editions = useApi<Editions>(paths.editions);
  const evidence = useApi<PriorityEvidence>(paths.evidence(code, unit, year));
  const years = useMemo(
    () => (editions.status === 'done' ? [...new Set(editions.data.editions.map((e) => e.year))].sort((a, b) => b - a) : []),
    [editions],
  );
  const data = evidence.status === 'done' ? evidence.data : null;
  const areas = useMemo(() => (data ? [...data.areas].sort((a, b) => (b.need ?? -1) - (a.need ?? -1)) : []), [data]);
  const title = t('evidence.need.title', { name });

  const file: DataTable | null = data && {
    name: `${code}-${unit}-priority-evidence-${data.year ?? 'none'}`,
    sheet: t('evidence.need.sheet'),
    columns: [t('evidence.col.area'), t('evidence.col.need'), t('evidence.col.figuresUsed'), t('evidence.col.unavailable')],
    rows: areas.map((a) => [
      pick(a),
      a.need,
      a.used.map((u) => `${u.index} ${u.year} ${pick(u)}: ${u.value} (${t('evidence.col.percentile').toLowerCase()} ${u.percentile})`).join('; '),
      a.unavailable.map((u) => `${u.index} ${pick(u)}`).join('; '),
    ]),
  };

  return (
    <section className="panel" aria-labelledby="ev-need-heading" data-testid="priority-evidence">
      <div className="panel__head">
        <h2 id="ev-need-heading">{title}</h2>
        {file && <ExportButtons table={file} what={title} testId="need-export" />}
      </div>
      {years.length > 0 && (
        <div className="field field--narrow ev-sub-field">
          <label htmlFor="ev-need-year">{t('evidence.need.year')}</label>
          <select id="ev-need-year" data-testid="need-year" value={year ?? data?.year ?? years[0]} onChange={(e) => setYear(Number(e.target.value))}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
      )}
      {evidence.status === 'loading' && <Loading />}
      {evidence.status === 'error' && <ErrorNote error={evidence.error} onRetry={evidence.retry} />}
      {data && (
        <>
          <p className="method-line ev-method" data-testid="need-method">
            {pick(data.method)}{' '}
            <Link to={links.mapping} data-testid="need-mapping-link">
              {t('evidence.need.mappingLink')}
            </Link>
          </p>
          <ol className="ev-needs" data-testid="need-list">
            {areas.map((a) => (
              <li key={a.area} className="ev-need" data-area={a.area}>
                <div className="ev-need__head">
                  <span className="ev-need__name">
                    {pick(a)}
                    {a.coverage.basis === 'governance-only' && (
                      <span className="tag ev-need__proxy" title={t('evidence.need.proxyOnlyHint')} data-testid="need-proxy-only">
                        {t('evidence.need.proxyOnly')}
                      </span>
                    )}
                  </span>
                  <span className="ev-need__value">{a.need === null ? t('evidence.need.none') : numbers.one(a.need)}</span>
                </div>
                <div className="ev-need__track" aria-hidden="true">
                  <div className="ev-need__bar" style={{ width: `${Math.max(0, Math.min(100, a.need ?? 0))}%` }} />
                </div>
                <details className="ev-need__basis">
                  <summary>{t('evidence.need.basis', { n: a.used.length })}</summary>
                  <p className="muted" data-testid="need-coverage">
                    {a.coverage.figures > 0 &&
                      t('evidence.need.coverage', { figures: a.coverage.figures, direct: a.coverage.direct, governance: a.coverage.governance, latest: a.coverage.latestYear ?? '—' })}
                  </p>
                  <ul>
                    {a.used.map((u) => (
                      <li key={`${u.index}${u.key}`}>
                        {u.index} {u.year} · {pick(u)}: {numbers.score(u.value)}{' '}
                        <span className="muted">({t('evidence.need.percentile', { value: numbers.one(u.percentile) })})</span>
                      </li>
                    ))}
                    {a.unavailable.length > 0 && (
                      <li className="muted">{t('evidence.need.unavailable', { names: a.unavailable.map((u) => `${u.index} ${pick(u)}`).join('; ') })}</li>
                    )}
                  </ul>
                </details>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
