// Where the province stands on the composite and on each sub-index of one edition: rank in the country
// and in its region, percentile, distance to the best province and to the region's median, the country's
// median; the three sub-indices on which it stands lowest in the country are marked.
import { useMemo } from 'react';
import { usePick, useT, type Localized, type Translate } from '../../shared/i18n/i18n';
import type { EditionRow, IndexKey, Profile, ProfileYear } from './api';
import { ExportButtons } from './ExportButtons';
import { SourceLine } from './SourceLine';
import type { Numbers } from './numbers';
import { median, rankAmong, valuesOf } from './stats';
import type { DataTable } from './table';

interface Line {
  key: string;
  label: string;
  value: number | null;
  national: { rank: number; of: number | null } | null;
  regional: { rank: number; of: number } | null;
  percentile: number | null;
  gapToBest: number | null;
  best: string;
  regionalMedian: number | null;
  nationalMedian: number | null;
  weakest: boolean;
}

function bestOf(rows: EditionRow[] | null, key: string): { value: number; names: string[] } | null {
  if (!rows) return null;
  const values = valuesOf(rows, key);
  if (!values.length) return null;
  const value = Math.max(...values);
  const names = rows.filter((r) => (key === 'score' ? r.score : r.dimensions[key]) === value).map((r) => r.locality.name);
  return { value, names };
}

type Props = { profile: Profile; index: IndexKey; standing: ProfileYear; rows: EditionRow[] | null; regionRows: EditionRow[] | null; numbers: Numbers };

// The composite first, then every sub-index, each with its ranks, medians and distance to the best.
function rankLines({ profile, index, standing, rows, regionRows }: Props, t: Translate, pick: (text: Localized) => string): Line[] {
  const best = bestOf(rows, 'score');
  const composite: Line = {
    key: 'score',
    label: t('evidence.col.score', { index }),
    value: standing.score,
    national: standing.national,
    regional: standing.regional,
    percentile: standing.national?.percentile ?? null,
    gapToBest: best && standing.score !== null ? best.value - standing.score : null,
    best: best?.names.join(', ') ?? '',
    regionalMedian: standing.regionalMedian,
    nationalMedian: standing.nationalMedian,
    weakest: false,
  };
  return [
    composite,
    ...standing.dimensions.map((d) => ({
      key: d.key,
      label: pick(d),
      value: d.value,
      national: { rank: d.nationalRank, of: rows ? valuesOf(rows, d.key).length : null },
      regional: regionRows ? rankAmong(regionRows, profile.locality.code, d.key) : null,
      percentile: d.nationalPercentile,
      gapToBest: d.gapToBest,
      best: (rows ? d.bestCodes.map((c) => rows.find((r) => r.locality.code === c)?.locality.name ?? c) : d.bestCodes).join(', '),
      regionalMedian: d.regionalMedian,
      nationalMedian: rows ? median(valuesOf(rows, d.key)) : null,
      weakest: standing.weakest.includes(d.key),
    })),
  ];
}

const vsRegion = (l: Line) => (l.value !== null && l.regionalMedian !== null ? l.value - l.regionalMedian : null);

function rankFile({ profile, index, standing }: Props, lines: Line[], columns: string[], t: Translate): DataTable {
  return {
    name: `${profile.locality.code}-${index.toLowerCase()}-${standing.year}-${profile.unit}-ranks`,
    sheet: `${profile.locality.name} ${index} ${standing.year}`,
    columns: [...columns, t('evidence.col.weakest')],
    rows: lines.map((l) => [
      l.label,
      l.value,
      l.national?.rank ?? null,
      l.regional?.rank ?? null,
      l.percentile,
      l.gapToBest,
      l.best,
      l.regionalMedian,
      vsRegion(l),
      l.nationalMedian,
      l.weakest ? t('evidence.yes') : '',
    ]),
  };
}

export function ProfileRankTable(props: Props) {
  const { profile, index, standing, rows, regionRows, numbers } = props;
  const t = useT();
  const pick = usePick();
  const code = profile.locality.code;
  // The props object is new on every render; the lines follow the figures they are made from.
  const lines = useMemo(() => rankLines(props, t, pick), [rows, regionRows, standing, index, code, t, pick]);

  const columns = [
    t('evidence.col.figure'),
    t('evidence.col.value'),
    t('evidence.col.nationalRank'),
    t('evidence.col.regionalRank'),
    t('evidence.col.percentile'),
    t('evidence.col.gapToBest'),
    t('evidence.col.best'),
    t('evidence.col.regionalMedian'),
    t('evidence.col.vsRegionalMedian'),
    t('evidence.col.nationalMedian'),
  ];
  const file = rankFile(props, lines, columns, t);
  const title = t('evidence.profile.rankTitle', { index, year: standing.year });

  return (
    <section className="panel" aria-labelledby="ev-rank-heading">
      <div className="panel__head">
        <h2 id="ev-rank-heading">{title}</h2>
        <ExportButtons table={file} what={title} testId="rank-export" />
      </div>
      <div className="table-scroll" role="region" aria-labelledby="ev-rank-heading" tabIndex={0}>
        <table className="table ev-table ev-table--sticky ev-ranks" data-testid="rank-table">
          <thead>
            <tr>
              {columns.map((c, i) => (
                <th scope="col" key={c} className={i === 0 ? undefined : 'num'}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {lines.map((l) => (
              <RankRow key={l.key} line={l} numbers={numbers} />
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted ev-footnote">{t('evidence.profile.rankHow')}</p>
      <SourceLine source={standing.source} />
    </section>
  );
}

const rank = (r: { rank: number; of: number | null } | null) => (r ? (r.of ? `${r.rank}/${r.of}` : String(r.rank)) : '—');

function RankRow({ line: l, numbers }: { line: Line; numbers: Numbers }) {
  const t = useT();
  const vs = vsRegion(l);
  return (
    <tr className={l.key === 'score' ? 'ev-ranks__composite' : l.weakest ? 'ev-ranks__weak' : undefined} data-key={l.key}>
      <th scope="row">
        {l.label}
        {l.weakest && <span className="ev-weak-tag">{t('evidence.profile.weakTag')}</span>}
      </th>
      <td className="num">{numbers.score(l.value)}</td>
      <td className="num">{rank(l.national)}</td>
      <td className="num">{rank(l.regional)}</td>
      <td className="num">{numbers.one(l.percentile)}</td>
      <td className="num">{numbers.score(l.gapToBest)}</td>
      <td className="ev-ranks__best">{l.best}</td>
      <td className="num">{numbers.score(l.regionalMedian)}</td>
      <td className="num">{vs !== null ? numbers.gap(vs) : '—'}</td>
      <td className="num">{numbers.score(l.nationalMedian)}</td>
    </tr>
  );
}
