// Carrying a count published for the 63 provinces onto the 34 in force since 1 July 2025: a 34-unit's figure
// is the sum of its predecessors' figures (beds, persons, tonnes a day add up). A predecessor without a
// figure leaves the sum without one rather than short — a sum of some parts would look like the whole.
// Rates and per-capita figures are not handled here: they need their denominators (issue 16, later part).
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
