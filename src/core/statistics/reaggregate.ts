// Carrying a count published for the 63 provinces onto the 34 in force since 1 July 2025: a 34-unit's figure
// is the sum of its predecessors' figures (beds, persons, tonnes a day add up). A predecessor without a
// figure leaves the sum without one rather than short — a sum of some parts would look like the whole.
// A rate (a share, a rate per 1,000 births, a per-capita figure) is the mean of its predecessors' rates weighted
// by the denominator the catalogue declares for it (households, births, population): Σ rate × weight ÷ Σ weight,
// which is the merged province's own rate. Without every predecessor's rate and weight there is no figure.
import { LOCALITIES_34, predecessorsOf } from '../localities/units';
import type { Text } from './types';

export interface SummedRow {
  /** GSO code of one of the 34. */
  code: string;
  value: number | null;
  /** The 63-unit codes added up (all predecessors, when the sum exists). */
  constituents: string[];
  /** Predecessors without a figure; when any, `value` is null. */
  missing: string[];
}

export const SUM_METHOD: Text = {
  vi: 'tổng số liệu của các tỉnh, thành cũ (63) hợp thành mỗi tỉnh, thành mới (34); thiếu số liệu của một tỉnh cũ thì không có tổng',
  en: 'sum of the figures of the former provinces (63) that form each of the 34; a 34-unit with a predecessor lacking a figure has none',
};

/** One year's figures of the 63 (code → value) summed onto the 34, in GSO order of the 34. */
export function sumOnto34(values: ReadonlyMap<string, number>): SummedRow[] {
  return LOCALITIES_34.map((unit) => {
    const parts = predecessorsOf(unit).map((p) => p.code);
    const missing = parts.filter((c) => !values.has(c));
    const value = missing.length ? null : parts.reduce((sum, c) => sum + values.get(c)!, 0);
    return { code: unit.code, value, constituents: missing.length ? parts.filter((c) => values.has(c)) : parts, missing };
  });
}

export interface WeightedRow extends SummedRow {
  /** Σ of the weights (the merged province's denominator) when the figure exists. */
  weight: number | null;
}

/** One year's rates of the 63 (code → rate) onto the 34, each weighted by its province's denominator. */
export function rateOnto34(rates: ReadonlyMap<string, number>, weights: ReadonlyMap<string, number>): WeightedRow[] {
  return LOCALITIES_34.map((unit) => {
    const parts = predecessorsOf(unit).map((p) => p.code);
    const missing = parts.filter((c) => !rates.has(c) || !weights.has(c));
    const total = parts.reduce((s, c) => s + (weights.get(c) ?? 0), 0);
    if (missing.length || total <= 0) return { code: unit.code, value: null, weight: null, constituents: parts.filter((c) => !missing.includes(c)), missing };
    const value = parts.reduce((s, c) => s + rates.get(c)! * weights.get(c)!, 0) / total;
    return { code: unit.code, value, weight: total, constituents: parts, missing };
  });
}

/** The method said beside a rate carried onto the 34, naming its denominator. */
export function rateMethod(denominator: Text): Text {
  return {
    vi: `bình quân tỷ lệ của các tỉnh, thành cũ (63) hợp thành mỗi tỉnh, thành mới (34), có trọng số là mẫu số "${denominator.vi}" cùng năm (tức tỷ lệ của chính tỉnh mới); thiếu số liệu của một tỉnh cũ thì không tính`,
    en: `mean of the rates of the former provinces (63) forming each of the 34, weighted by the denominator "${denominator.en}" of the same year (the merged province's own rate); none where a predecessor lacks either`,
  };
}
