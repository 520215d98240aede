// Where a province stands among the others on one figure: its rank and percentile in the country and in
// its region. Higher is better for every figure of PCI, PAPI and PGI.
import { InputError } from '../errors';
import { locality } from '../localities/units';
import type { RegionKey, UnitSet } from '../localities/types';
import type { IndexRow } from './types';

/** What the analyses need of a row: a published one (63) or a re-aggregated one (34). */
export type ScoredRow = Pick<IndexRow, 'localityCode' | 'dimensions' | 'score'> & { subdimensions?: Record<string, number> };

export interface Standing {
  code: string;
  value: number;
  /** Competition rank: 1 + the number of strictly better values, so tied values share the better rank. */
  rank: number;
  /**
   * Mid-rank percentile: 100 × (strictly worse + half the other tied values) / (n − 1). The best is 100,
   * the worst 0, ties share one value; a field of one scores 100.
   */
  percentile: number;
  of: number;
}

/** Ranks the items that have a value; items with null are left out. */
export function rankValues(items: ReadonlyArray<{ code: string; value: number | null | undefined }>): Standing[] {
  const present = items.filter((i): i is { code: string; value: number } => typeof i.value === 'number' && Number.isFinite(i.value));
  const sorted = present.map((i) => i.value).sort((a, b) => a - b);
  const n = sorted.length;
  return present.map(({ code, value }) => {
    const below = lowerBound(sorted, value);
    const equal = upperBound(sorted, value) - below;
    const above = n - below - equal;
    const percentile = n === 1 ? 100 : (100 * (below + (equal - 1) / 2)) / (n - 1);
    return { code, value, rank: above + 1, percentile, of: n };
  });
}

/** A row's figure: `score` for the headline score, otherwise a dimension or sub-dimension key. */
export function figureOf(row: ScoredRow, key: string): number | null {
  if (key === 'score') return row.score;
  return row.dimensions[key] ?? row.subdimensions?.[key] ?? null;
}

export interface RowStanding {
  code: string;
  value: number;
  national: Standing;
  region: RegionKey;
  regional: Standing;
}

/** National and regional standing of every row on one figure; `set` says whether codes are of the 63 or the 34. */
export function standings(rows: readonly ScoredRow[], key: string, set: UnitSet = 63): RowStanding[] {
  const regionByCode = new Map(rows.map((r) => [r.localityCode, regionOfCode(set, r.localityCode)]));
  const items = rows.map((r) => ({ code: r.localityCode, value: figureOf(r, key) }));
  const national = rankValues(items);
  const regional = new Map<string, Standing>();
  for (const region of new Set(regionByCode.values())) {
    for (const s of rankValues(items.filter((i) => regionByCode.get(i.code) === region))) regional.set(s.code, s);
  }
  return national.map((s) => ({ code: s.code, value: s.value, national: s, region: regionByCode.get(s.code)!, regional: regional.get(s.code)! }));
}

export function regionOfCode(set: UnitSet, code: string): RegionKey {
  const unit = locality(set, code);
  if (!unit) throw new InputError(`"${code}" is not the GSO code of one of the ${set} provinces.`, {}, `"${code}" không phải mã GSO của một trong ${set} tỉnh, thành phố.`);
  return unit.region;
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upperBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
