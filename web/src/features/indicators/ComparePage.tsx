// /evidence/compare?codes=92,94,93&index=PCI: provinces side by side on one index — a table of the
// composite and every sub-index of one edition, grouped bars of the sub-indices, and their scores over
// the years.
import { useMemo } from 'react';
import { useApi } from '../../shared/api/useApi';
import { useLocation, useSearchParams } from 'wouter';
import { ErrorNote, Loading } from '../../shared/layout/Status';
import { usePick, useT, type Localized, type Translate } from '../../shared/i18n/i18n';
import type { BarData } from '../../shared/charts/bars';
import { paths, unitOf, type Comparison, type Editions, type IndexKey, type UnitSet } from './api';
import { Chart, loadBars, loadLines } from './Chart';
import type { LineData } from './charts/lines';
import { PEERS } from '../../shared/charts/theme';
import { EditionPicker, settle, type EditionChoice } from './EditionPicker';
import { EvidenceNav } from './EvidenceNav';
import { ExportButtons } from './ExportButtons';
import { useNumbers } from './numbers';
import type { DataTable } from './table';
import { useUnits } from './useUnits';

const MAX = 20; // the server compares at most twenty provinces at once

function compareUrl(codes: string[], choice: { index: IndexKey; year: number; unit: UnitSet }): string {
  const q = new URLSearchParams({ codes: codes.join(','), index: choice.index, year: String(choice.year) });
  if (choice.unit === 34) q.set('unit', '34');
  return `/evidence/compare?${q.toString().replaceAll('%2C', ',')}`;
}

export function ComparePage() {
  const t = useT();
  const [query] = useSearchParams();
  const [, navigate] = useLocation();
  const editions = useApi<Editions>(paths.editions);
  const unit = unitOf(query.get('unit'));
  const units = useUnits(unit);
  const asked = [...new Set((query.get('codes') ?? '').split(',').filter((c) => /^\d{2}$/.test(c)))].slice(0, MAX);
  // Codes of the other set (Hậu Giang, 93, is not one of the 34) are set aside, and said so.
  const codes = units ? asked.filter((c) => units.has(c)) : asked;
  const dropped = units ? asked.filter((c) => !units.has(c)) : [];

  const head = (
    <>
      <header className="page-head">
        <h1>{t('evidence.compare.title')}</h1>
        <p className="lead">{t('evidence.compare.lead')}</p>
      </header>
      <EvidenceNav current="compare" />
    </>
  );
  if (editions.status === 'loading') return <>{head}<Loading /></>;
  if (editions.status === 'error') return <>{head}<ErrorNote error={editions.error} onRetry={editions.retry} /></>;
  const choice = settle(editions.data, { index: query.get('index'), year: query.get('year'), unit });
  if (!choice) return <>{head}<p className="empty">{t('evidence.noEditions')}</p></>;
  const go = (nextCodes: string[], next: EditionChoice = choice) => navigate(compareUrl(nextCodes, next), { replace: true });

  return (
    <>
      {head}
      <section className="panel ev-controls" aria-label={t('evidence.pick.label')}>
        <EditionPicker editions={editions.data} value={choice} onChange={(next) => go(codes, next)} />
        <ChosenProvinces codes={codes} units={units} onChange={(next) => go(next)} />
        {dropped.length > 0 && <p className="note">{t('evidence.compare.dropped', { codes: dropped.join(', '), n: unit })}</p>}
      </section>
      {codes.length === 0 ? (
        <p className="empty">{t('evidence.compare.empty')}</p>
      ) : (
        units && <ComparisonView key={compareUrl(codes, choice)} codes={codes} choice={choice} />
      )}
    </>
  );
}

type Units = ReturnType<typeof useUnits>;

/** The provinces compared, each with a button to take it away, and a list to add one more. */
function ChosenProvinces({ codes, units, onChange }: { codes: string[]; units: Units; onChange: (codes: string[]) => void }) {
  const t = useT();
  return (
    <div className="ev-chosen">
      <p className="ev-chosen__label" id="ev-chosen-label">
        {t('evidence.compare.chosen')}
      </p>
      <ul className="ev-chips" aria-labelledby="ev-chosen-label" data-testid="compare-chosen">
        {codes.map((c) => (
          <li key={c} className="ev-chip">
            <span>{units?.get(c)?.name ?? c}</span>
            <button type="button" className="ev-chip__remove" aria-label={t('evidence.compare.remove', { name: units?.get(c)?.name ?? c })} onClick={() => onChange(codes.filter((x) => x !== c))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      {units && codes.length < MAX && (
        <div className="field ev-add">
          <label htmlFor="ev-add">{t('evidence.compare.add')}</label>
          <select id="ev-add" data-testid="compare-add" value="" onChange={(e) => e.target.value && onChange([...codes, e.target.value])}>
            <option value="">{t('evidence.compare.addPlaceholder')}</option>
            {[...units.values()]
              .filter((u) => !codes.includes(u.code))
              .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
              .map((u) => (
                <option key={u.code} value={u.code}>
                  {u.name}
                </option>
              ))}
          </select>
        </div>
      )}
    </div>
  );
}

// The bars of the sub-indices and the composite's lines over the years, once the comparison is in.
function useComparisonCharts(data: Comparison | null) {
  const pick = usePick();
  const numbers = useNumbers();
  const bars = useMemo((): BarData | null => {
    if (!data || !data.dimensions.length) return null;
    return {
      categories: data.dimensions.map((d) => pick(d)),
      series: data.localities.map((l) => ({ name: l.locality.name, values: data.dimensions.map((d) => l.dimensions?.[d.key]?.value ?? null) })),
      format: numbers.score,
    };
  }, [data, pick, numbers]);

  const lines = useMemo((): LineData | null => {
    if (!data) return null;
    const years = [...new Set(data.localities.flatMap((l) => l.series.map((s) => s.year)))].sort((a, b) => a - b);
    return {
      years,
      series: data.localities.map((l) => ({ name: l.locality.name, values: years.map((y) => l.series.find((s) => s.year === y)?.score ?? null) })),
      format: numbers.score,
      colours: PEERS,
    };
  }, [data, numbers]);
  return { bars, lines };
}

type Locality = Comparison['localities'][number];
const standingOf = (c: Comparison, l: Locality) => l.series.find((s) => s.year === c.year) ?? null;

function comparisonTable(c: Comparison, codes: string[], t: Translate, pick: (text: Localized) => string): DataTable {
  return {
    name: `compare-${c.index.toLowerCase()}-${c.year}-${c.unit}-${codes.join('-')}`,
    sheet: `${c.index} ${c.year ?? ''}`,
    columns: [
      t('evidence.col.code'),
      t('evidence.col.province'),
      t('evidence.col.region'),
      t('evidence.col.score', { index: c.index }),
      t('evidence.col.nationalRank'),
      t('evidence.col.percentile'),
      ...c.dimensions.flatMap((d) => [pick(d), `${pick(d)} — ${t('evidence.col.nationalRank')}`]),
    ],
    rows: c.localities.map((l) => [
      l.locality.code,
      l.locality.name,
      pick(l.locality.region),
      standingOf(c, l)?.score ?? null,
      standingOf(c, l)?.rank ?? null,
      standingOf(c, l)?.percentile ?? null,
      ...c.dimensions.flatMap((d) => [l.dimensions?.[d.key]?.value ?? null, l.dimensions?.[d.key]?.rank ?? null]),
    ]),
  };
}

function ComparisonView({ codes, choice }: { codes: string[]; choice: EditionChoice }) {
  const t = useT();
  const pick = usePick();
  const result = useApi<Comparison>(paths.compare(codes, choice.index, choice.unit, choice.year));
  const { bars, lines } = useComparisonCharts(result.status === 'done' ? result.data : null);

  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorNote error={result.error} onRetry={result.retry} />;
  const c = result.data;
  const what = t('evidence.edition', { index: c.index, year: c.year ?? '—' });
  const file = comparisonTable(c, codes, t, pick);
  const title = t('evidence.compare.tableTitle', { what, n: c.unit });

  return (
    <>
      <section className="panel" aria-labelledby="ev-compare-heading">
        <div className="panel__head">
          <h2 id="ev-compare-heading">{title}</h2>
          <ExportButtons table={file} what={title} testId="compare-export" />
        </div>
        <CompareTable c={c} />
      </section>
      <div className="ev-columns">
        {bars && (
          <section className="panel" aria-labelledby="ev-bars-heading">
            <h2 id="ev-bars-heading">{t('evidence.compare.barsTitle', { what })}</h2>
            <Chart load={loadBars} data={bars} label={t('evidence.compare.barsLabel', { what })} testId="compare-bars" />
          </section>
        )}
        {lines && lines.years.length > 1 && (
          <section className="panel" aria-labelledby="ev-lines-heading">
            <h2 id="ev-lines-heading">{t('evidence.compare.linesTitle', { index: c.index })}</h2>
            <Chart load={loadLines} data={lines} label={t('evidence.compare.linesLabel', { index: c.index })} testId="compare-lines" />
          </section>
        )}
      </div>
    </>
  );
}

/** The provinces side by side: composite, rank, and each sub-index with its rank. */
function CompareTable({ c }: { c: Comparison }) {
  const t = useT();
  const pick = usePick();
  const numbers = useNumbers();
  return (
    <div className="table-scroll" role="region" aria-labelledby="ev-compare-heading" tabIndex={0}>
      <table className="table ev-table ev-table--sticky ev-compare" data-testid="compare-table">
        <thead>
          <tr>
            <th scope="col">{t('evidence.col.province')}</th>
            <th scope="col" className="num">
              {t('evidence.col.score', { index: c.index })}
            </th>
            <th scope="col" className="num">
              {t('evidence.col.nationalRank')}
            </th>
            {c.dimensions.map((d) => (
              <th scope="col" className="num ev-dim" key={d.key}>
                {pick(d)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {c.localities.map((l) => {
            const s = standingOf(c, l);
            return (
              <tr key={l.locality.code}>
                <th scope="row">
                  {l.locality.name}
                  <span className="ev-sub">{pick(l.locality.region)}</span>
                </th>
                <td className="num ev-score">{numbers.score(s?.score)}</td>
                <td className="num">{s?.rank ?? '—'}</td>
                {c.dimensions.map((d) => {
                  const v = l.dimensions?.[d.key];
                  return (
                    <td className="num" key={d.key}>
                      {numbers.score(v?.value)}
                      {v && <span className="ev-sub">{t('evidence.compare.rankShort', { rank: v.rank })}</span>}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
