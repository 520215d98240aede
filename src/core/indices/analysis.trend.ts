// How a province's figure moved: over a series of years (first, last, least-squares slope per year) and
// between two editions for every province at once (change in value and in rank). Where the index changed
// its method between the years compared, the break years come with the answer.
import { methodBreaks } from './frameworks';
import { figureOf, rankValues, type ScoredRow } from './analysis.rank';
import type { IndexKey, IndexRow } from './types';

export interface TrendPoint {
  year: number;
  value: number;
}

export interface Trend {
  from: TrendPoint;
  to: TrendPoint;
  change: number;
  /** Ordinary least-squares slope of value on year; null with fewer than two years. */
  slopePerYear: number | null;
  points: number;
  /** Years at which the index built its score differently from the year before: compare across them with care. */
  methodBreaks: number[];
}

/** The years in which one province has the figure, in order. */
export function seriesOf(rows: readonly IndexRow[], code: string, key: string): TrendPoint[] {
  return rows
    .filter((r) => r.localityCode === code)
    .map((r) => ({ year: r.year, value: figureOf(r, key) }))
    .filter((p): p is TrendPoint => p.value !== null)
    .sort((a, b) => a.year - b.year);
}

export function trend(points: readonly TrendPoint[], index?: IndexKey): Trend | null {
  if (points.length === 0) return null;
  const sorted = [...points].sort((a, b) => a.year - b.year);
  const from = sorted[0];
  const to = sorted[sorted.length - 1];
  return {
    from,
    to,
    change: to.value - from.value,
    slopePerYear: slope(sorted),
    points: sorted.length,
    methodBreaks: index ? methodBreaks(index, sorted.map((p) => p.year)) : [],
  };
}

export interface Change {
  code: string;
  from: number;
  to: number;
  change: number;
  rankFrom: number;
  rankTo: number;
  /** Positive = moved up the table. */
  rankChange: number;
}

/** Change of one figure between two national cross-sections; provinces missing from either are left out. */
export function changeBetween(before: readonly ScoredRow[], after: readonly ScoredRow[], key: string): Change[] {
  const rankA = new Map(rankValues(before.map((r) => ({ code: r.localityCode, value: figureOf(r, key) }))).map((s) => [s.code, s]));
  const rankB = rankValues(after.map((r) => ({ code: r.localityCode, value: figureOf(r, key) })));
  return rankB
    .filter((b) => rankA.has(b.code))
    .map((b) => {
      const a = rankA.get(b.code)!;
      return { code: b.code, from: a.value, to: b.value, change: b.value - a.value, rankFrom: a.rank, rankTo: b.rank, rankChange: a.rank - b.rank };
    });
}

function slope(points: readonly TrendPoint[]): number | null {
  if (new Set(points.map((p) => p.year)).size < 2) return null;
  const n = points.length;
  const meanX = points.reduce((s, p) => s + p.year, 0) / n;
  const meanY = points.reduce((s, p) => s + p.value, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += (p.year - meanX) * (p.value - meanY);
    sxx += (p.year - meanX) ** 2;
  }
  return sxy / sxx;
}
