// Where a province lags: for each dimension, the distance to the best province in the country and to the
// median of its region, and which dimensions are its weakest relative to the rest of the country.
import { InputError } from '../errors';
import type { UnitSet } from '../localities/types';
import { figureOf, regionOfCode, standings, type ScoredRow } from './analysis.rank';

export interface DimensionGap {
  key: string;
  value: number;
  best: number;
  /** Every province holding the best value (ties). */
  bestCodes: string[];
  /** best − value: 0 for the leader, positive behind it. */
  gapToBest: number;
  regionalMedian: number;
  /** regional median − value: positive when below the middle of the region. */
  gapToRegionalMedian: number;
  nationalRank: number;
  nationalPercentile: number;
  regionalPercentile: number;
}

/** Gaps on each of `keys` (default: the dimensions the province has) for one province. */
export function gapsFor(rows: readonly ScoredRow[], code: string, set: UnitSet = 63, keys?: readonly string[]): DimensionGap[] {
  const own = rows.find((r) => r.localityCode === code);
  if (!own) throw new InputError(`There are no figures for province ${code} in this edition.`, {}, `Ấn bản này không có số liệu của tỉnh ${code}.`);
  const region = regionOfCode(set, code);
  const regionRows = rows.filter((r) => regionOfCode(set, r.localityCode) === region);
  const gaps: DimensionGap[] = [];
  for (const key of keys ?? Object.keys(own.dimensions)) {
    const value = figureOf(own, key);
    if (value === null) continue;
    const all = rows.map((r) => ({ code: r.localityCode, value: figureOf(r, key) })).filter((x): x is { code: string; value: number } => x.value !== null);
    const best = Math.max(...all.map((x) => x.value));
    const regionalMedian = median(regionRows.map((r) => figureOf(r, key)).filter((v): v is number => v !== null));
    const standing = standings(rows, key, set).find((s) => s.code === code)!;
    gaps.push({
      key,
      value,
      best,
      bestCodes: all.filter((x) => x.value === best).map((x) => x.code),
      gapToBest: best - value,
      regionalMedian,
      gapToRegionalMedian: regionalMedian - value,
      nationalRank: standing.national.rank,
      nationalPercentile: standing.national.percentile,
      regionalPercentile: standing.regional.percentile,
    });
  }
  return gaps;
}

/**
 * The `count` dimensions on which the province stands lowest in the country. Dimensions have different
 * spreads, so they are compared by national percentile, not raw score; ties go to the larger gap to the best.
 */
export function weakestDimensions(rows: readonly ScoredRow[], code: string, count = 3, set: UnitSet = 63): DimensionGap[] {
  return gapsFor(rows, code, set)
    .sort((a, b) => a.nationalPercentile - b.nationalPercentile || b.gapToBest - a.gapToBest)
    .slice(0, count);
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
