// Reading a series published for the 63 provinces on the 34 in force since 1 July 2025. No index has been
// published for the new territories, so a 34-unit's figure is a mean of its predecessors' figures — by default
// each predecessor counts equally: index scores are survey averages, not totals, and the platform carries no
// population or enterprise counts to weight them by; a caller who has such counts passes them as `weights`.
// Every row lists the predecessors used, so each figure can be traced back to the published ones.
import { InputError } from '../errors';
import { LOCALITIES_34, locality, predecessorsOf } from '../localities/units';
import type { IndexKey, IndexRow } from './types';

export interface Constituent {
  code: string;
  /** Share in the mean, summing to 1 over the constituents used. */
  weight: number;
}

export interface MergedRow {
  index: IndexKey;
  year: number;
  /** GSO code of one of the 34. */
  localityCode: string;
  dimensions: Record<string, number>;
  subdimensions?: Record<string, number>;
  score: number | null;
  /**
   * Predecessors with a row in this edition and their shares. For a figure some of them lack (see `partial`)
   * the shares are renormalised over the others.
   */
  constituents: Constituent[];
  /** Predecessors with no row at all in this edition (e.g. PAPI 2014 Bắc Giang). */
  missing: string[];
  /** Figure key → predecessors that lacked it although they had a row (a withheld dimension). */
  partial: Record<string, string[]>;
  method: string;
}

export interface Reaggregation {
  method: string;
  rows: MergedRow[];
  /** 34-units none of whose predecessors has a row. */
  uncovered: string[];
}

export interface ReaggregateOptions {
  /** Predecessor code → positive weight (e.g. population); default every predecessor weighs 1. */
  weights?: Readonly<Record<string, number>>;
  /** What the weights are, for the method text: "population 2019 census". */
  weightsLabel?: string;
}

export function reaggregateTo34(rows: readonly IndexRow[], options: ReaggregateOptions = {}): Reaggregation {
  const editions = new Set(rows.map((r) => `${r.index} ${r.year}`));
  if (editions.size > 1) throw new InputError(`Re-aggregation takes one edition at a time, not ${[...editions].join(', ')}.`, {}, `Mỗi lần chỉ gộp lại một ấn bản, không phải ${[...editions].join(', ')}.`);
  const byCode = new Map(rows.map((r) => [r.localityCode, r]));
  if (byCode.size !== rows.length) throw new InputError('Re-aggregation needs at most one row per province.', {}, 'Gộp lại cần nhiều nhất một dòng cho mỗi tỉnh.');
  const stray = [...byCode.keys()].filter((c) => !locality(63, c));
  if (stray.length) {
    throw new InputError(
      `Re-aggregation takes 63-province rows; ${stray.join(', ')} is not one of their codes.`,
      {},
      `Gộp lại nhận các dòng của 63 tỉnh; ${stray.join(', ')} không phải mã của tỉnh nào trong số đó.`,
    );
  }
  const label = options.weights ? `weighted by ${options.weightsLabel ?? 'the weights supplied'}` : 'equal-weight';
  const method =
    `${label} mean of the 63-province figures of each unit's predecessors (Resolution 202/2025/QH15), ` +
    'taken separately for the score and for each dimension over the predecessors that have it';
  const merged: MergedRow[] = [];
  const uncovered: string[] = [];
  for (const unit of LOCALITIES_34) {
    const predecessors = predecessorsOf(unit).map((p) => p.code);
    const present = predecessors.filter((c) => byCode.has(c));
    if (present.length === 0) {
      uncovered.push(unit.code);
      continue;
    }
    const weightOf = (code: string) => weightFor(code, options.weights);
    const first = byCode.get(present[0])!;
    const partial: Record<string, string[]> = {};
    const mean = (key: string, pick: (r: IndexRow) => number | null | undefined) => {
      const having = present.filter((c) => typeof pick(byCode.get(c)!) === 'number');
      const lacking = present.filter((c) => !having.includes(c));
      if (lacking.length) partial[key] = lacking;
      if (having.length === 0) return null;
      const used = shares(having, weightOf);
      // A single constituent is returned as published, not recomputed, so an unchanged unit keeps its exact figure.
      const valueOf = (code: string) => pick(byCode.get(code)!) as number;
      return used.length === 1 ? valueOf(used[0].code) : used.reduce((s, u) => s + u.weight * valueOf(u.code), 0);
    };
    const score = mean('score', (r) => r.score);
    const dimensions = meanAll(present.flatMap((c) => Object.keys(byCode.get(c)!.dimensions)), (k) => mean(k, (r) => r.dimensions[k]));
    const hasSubs = present.some((c) => byCode.get(c)!.subdimensions);
    const subdimensions = hasSubs
      ? meanAll(present.flatMap((c) => Object.keys(byCode.get(c)!.subdimensions ?? {})), (k) => mean(k, (r) => r.subdimensions?.[k]))
      : undefined;
    merged.push({
      index: first.index,
      year: first.year,
      localityCode: unit.code,
      dimensions,
      ...(subdimensions ? { subdimensions } : {}),
      score,
      constituents: shares(present, weightOf),
      missing: predecessors.filter((c) => !byCode.has(c)),
      partial,
      method: `${label} mean of ${present.join(', ')}`,
    });
  }
  return { method, rows: merged, uncovered };
}

function shares(codes: readonly string[], weightOf: (code: string) => number): Constituent[] {
  const total = codes.reduce((s, c) => s + weightOf(c), 0);
  return codes.map((code) => ({ code, weight: weightOf(code) / total }));
}

function meanAll(keys: readonly string[], valueOf: (key: string) => number | null): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of new Set(keys)) {
    const v = valueOf(key);
    if (v !== null) out[key] = v;
  }
  return out;
}

function weightFor(code: string, weights: Readonly<Record<string, number>> | undefined): number {
  if (!weights) return 1;
  const w = weights[code];
  if (typeof w !== 'number' || !(w > 0) || !Number.isFinite(w)) {
    throw new InputError(`The weight for province ${code} is missing or not a positive number.`, {}, `Trọng số của tỉnh ${code} bị thiếu hoặc không phải số dương.`);
  }
  return w;
}
