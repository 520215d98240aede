// The little arithmetic the screens do themselves on one edition: medians and ranks within a region.
// Ranks follow the server's rule (src/core/indices/analysis.rank.ts): 1 + the number of strictly
// better values, so tied values share the better rank.
import type { EditionRow } from './api';

export const figureOf = (row: EditionRow, key: string): number | null => (key === 'score' ? row.score : row.dimensions[key] ?? null);

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function valuesOf(rows: readonly EditionRow[], key: string): number[] {
  return rows.map((r) => figureOf(r, key)).filter((v): v is number => v !== null);
}

/** Rank of `code` on `key` among `rows`, and how many rows have the figure; null when it has none. */
export function rankAmong(rows: readonly EditionRow[], code: string, key: string): { rank: number; of: number } | null {
  const own = rows.find((r) => r.locality.code === code);
  const value = own ? figureOf(own, key) : null;
  if (value === null) return null;
  const values = valuesOf(rows, key);
  return { rank: 1 + values.filter((v) => v > value).length, of: values.length };
}
