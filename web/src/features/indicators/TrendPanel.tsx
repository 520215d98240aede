// The province over the years on one index: the composite against the medians of its region and of the
// country, and one sub-index chosen by the reader against its region's median. Years in which the
// publisher changed the method are marked on the charts and named under them.
import { useMemo } from 'react';
import { usePick, useT, type Translate } from '../../shared/i18n/i18n';
import type { Profile, ProfileIndex } from './api';
import { Chart, loadLines } from './Chart';
import type { LineData } from './charts/lines';
import { ExportButtons } from './ExportButtons';
import { useNumbers } from './numbers';
import type { DataTable } from './table';

// One empty list, so that an index without a trend does not redraw its charts on every render.
const NO_BREAKS: number[] = [];

type PickText = ReturnType<typeof usePick>;

type ByYear = { year: number; standing: ProfileIndex['years'][number] | null }[];
type Dimension = { key: string; vi: string; en: string };

// The years of the index (missing ones too) and the sub-index the reader looks at.
function useTrendYears(index: ProfileIndex, sub: string | null) {
  const byYear: ByYear = useMemo(() => {
    const years = [...new Set([...index.years.map((y) => y.year), ...index.missingYears])].sort((a, b) => a - b);
    return years.map((year) => ({ year, standing: index.years.find((y) => y.year === year) ?? null }));
  }, [index]);

  // Every sub-index the index has had, newest names first; by default the weakest of the latest year.
  const dimensions = useMemo(() => {
    const seen = new Map<string, Dimension>();
    for (const { standing } of [...byYear].reverse()) for (const d of standing?.dimensions ?? []) if (!seen.has(d.key)) seen.set(d.key, d);
    return [...seen.values()];
  }, [byYear]);
  const latest = [...byYear].reverse().find((y) => y.standing)?.standing;
  const chosen = dimensions.find((d) => d.key === sub) ?? dimensions.find((d) => d.key === latest?.weakest[0]) ?? dimensions[0];
  return { byYear, dimensions, chosen };
}

// The two charts' lines: the composite against both medians, the chosen sub-index against its region's.
function useTrendLines(profile: Profile, byYear: ByYear, chosen: Dimension | undefined, breaks: number[]) {
  const t = useT();
  const pick = usePick();
  const numbers = useNumbers();
  const name = profile.locality.name;
  const region = pick(profile.locality.region);
  const composite = useMemo(
    (): LineData => ({
      years: byYear.map((y) => y.year),
      series: [
        { name, values: byYear.map((y) => y.standing?.score ?? null) },
        { name: t('evidence.profile.regionalMedianOf', { region }), values: byYear.map((y) => y.standing?.regionalMedian ?? null) },
        { name: t('evidence.profile.nationalMedian'), values: byYear.map((y) => y.standing?.nationalMedian ?? null), dashed: true },
      ],
      format: numbers.score,
      breaks,
    }),
    [byYear, name, region, numbers, breaks, t],
  );

  const dimensionLine = useMemo((): LineData | null => {
    if (!chosen) return null;
    const at = (y: ByYear[number]) => y.standing?.dimensions.find((d) => d.key === chosen.key) ?? null;
    return {
      years: byYear.map((y) => y.year),
      series: [
        { name, values: byYear.map((y) => at(y)?.value ?? null) },
        { name: t('evidence.profile.regionalMedianOf', { region }), values: byYear.map((y) => at(y)?.regionalMedian ?? null) },
      ],
      format: numbers.score,
      breaks,
    };
  }, [byYear, chosen, name, region, numbers, breaks, t]);
  return { composite, dimensionLine };
}

function trendTable(profile: Profile, index: ProfileIndex, byYear: ByYear, chosen: Dimension | undefined, t: Translate, pick: PickText): DataTable {
  return {
    name: `${profile.locality.code}-${index.index.toLowerCase()}-${profile.unit}-trend`,
    sheet: `${profile.locality.name} ${index.index}`,
    columns: [
      t('evidence.col.year'),
      t('evidence.col.score', { index: index.index }),
      t('evidence.col.nationalRank'),
      t('evidence.col.regionalMedian'),
      t('evidence.col.nationalMedian'),
      ...(chosen ? [pick(chosen), `${pick(chosen)} — ${t('evidence.col.regionalMedian')}`] : []),
    ],
    rows: byYear.map(({ year, standing }) => {
      const d = chosen ? standing?.dimensions.find((x) => x.key === chosen.key) : undefined;
      return [
        year,
        standing?.score ?? null,
        standing?.national?.rank ?? null,
        standing?.regionalMedian ?? null,
        standing?.nationalMedian ?? null,
        ...(chosen ? [d?.value ?? null, d?.regionalMedian ?? null] : []),
      ];
    }),
  };
}

export function TrendPanel({ profile, index, sub, onSub }: { profile: Profile; index: ProfileIndex; sub: string | null; onSub: (key: string) => void }) {
  const t = useT();
  const pick = usePick();
  const name = profile.locality.name;
  const { byYear, dimensions, chosen } = useTrendYears(index, sub);
  const breaks = index.trend?.methodBreaks ?? NO_BREAKS;
  const { composite, dimensionLine } = useTrendLines(profile, byYear, chosen, breaks);
  const file = trendTable(profile, index, byYear, chosen, t, pick);

  return (
    <section className="panel" aria-labelledby="ev-trend-heading">
      <div className="panel__head">
        <h2 id="ev-trend-heading">{t('evidence.trend.title', { index: index.index })}</h2>
        <ExportButtons table={file} what={t('evidence.trend.title', { index: index.index })} testId="trend-export" />
      </div>
      <TrendSummary trend={index.trend} />
      <div className="ev-columns ev-columns--even">
        <div>
          <h3>{t('evidence.trend.composite', { index: index.index })}</h3>
          <Chart load={loadLines} data={composite} label={t('evidence.trend.compositeLabel', { name, index: index.index })} testId="trend-chart" />
        </div>
        <div>
          <div className="field ev-sub-field">
            <label htmlFor="ev-trend-sub">{t('evidence.trend.sub')}</label>
            <select id="ev-trend-sub" data-testid="trend-sub" value={chosen?.key ?? ''} onChange={(e) => onSub(e.target.value)}>
              {dimensions.map((d) => (
                <option key={d.key} value={d.key}>
                  {pick(d)}
                </option>
              ))}
            </select>
          </div>
          {dimensionLine && chosen && (
            <Chart load={loadLines} data={dimensionLine} label={t('evidence.trend.subLabel', { name, what: pick(chosen) })} testId="trend-sub-chart" />
          )}
        </div>
      </div>
      {breaks.length > 0 && <p className="muted ev-footnote">{t('evidence.trend.breaks', { years: breaks.join(', ') })}</p>}
      <TrendData file={file} />
    </section>
  );
}

function TrendSummary({ trend }: { trend: ProfileIndex['trend'] }) {
  const t = useT();
  const numbers = useNumbers();
  if (!trend) return null;
  return (
    <p className="ev-trend-summary" data-testid="trend-summary">
      {t('evidence.trend.summary', {
        from: trend.from.year,
        to: trend.to.year,
        change: numbers.gap(trend.change),
        slope: trend.slopePerYear === null ? '—' : numbers.gap(trend.slopePerYear),
        n: trend.points,
      })}
    </p>
  );
}

/** The figures behind the charts, year by year, folded away. */
function TrendData({ file }: { file: DataTable }) {
  const t = useT();
  const numbers = useNumbers();
  return (
    <details className="ev-data">
      <summary>{t('evidence.trend.data')}</summary>
      <div className="table-scroll">
        <table className="table ev-table ev-table--sticky" data-testid="trend-table">
          <thead>
            <tr>
              {file.columns.map((c, i) => (
                <th scope="col" key={c} className={i === 0 ? undefined : 'num'}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {file.rows.map((row) => (
              <tr key={String(row[0])}>
                <th scope="row">{row[0]}</th>
                {row.slice(1).map((cell, i) => (
                  <td key={i} className="num">
                    {typeof cell === 'number' ? (i === 1 ? cell : numbers.score(cell)) : '—'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
