// What a GSO PX-Web export's first column and header cells mean, as pure functions: the row is a province
// (matched by its ASCII name to a GSO code), the country, one of the six regions, a province that no longer
// exists (Hà Tây) or a footnote row; a header cell is a year (perhaps preliminary) and a measure label.
import { findByName } from '../localities/resolve';
import type { Locality, RegionKey } from '../localities/types';
import { rankValues } from '../indices/analysis.rank';
import type { Direction, Text } from './types';

export type RowKind =
  | { kind: 'province'; unit: Locality }
  | { kind: 'country' }
  | { kind: 'region'; region: RegionKey }
  | { kind: 'set-aside'; why: Text };

const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

// The region rows as GSO's English exports name them.
const GSO_REGIONS = new Map<string, RegionKey>([
  ['northern midlands and mountain areas', 'northern-midlands-mountains'],
  ['red river delta', 'red-river-delta'],
  ['northern central area and central coastal area', 'north-central-central-coast'],
  ['central highlands', 'central-highlands'],
  ['south east', 'southeast'],
  ['mekong river delta', 'mekong-delta'],
]);

// Rows that are neither a province of the 63 nor a total, kept out of the figures with the reason said.
const SET_ASIDE = new Map<string, Text>([
  ['ha tay', {
    vi: 'Hà Tây đã nhập vào Hà Nội từ 01/8/2008 (Nghị quyết 15/2008/QH12), không thuộc 63 tỉnh, thành; dòng này không được nhập',
    en: 'Hà Tây was merged into Hà Nội on 1 August 2008 (Resolution 15/2008/QH12) and is not one of the 63; the row is not imported',
  }],
  ['pupils in universities', {
    vi: 'dòng chú thích (học sinh phổ thông học trong các trường đại học), không phải một tỉnh, thành; dòng này không được nhập',
    en: 'a footnote row (secondary pupils taught in universities), not a province; the row is not imported',
  }],
]);

/** What a first-column cell names; undefined when it names nothing known (an error in the file). */
export function rowKind(name: string): RowKind | undefined {
  const key = fold(name);
  if (key === 'whole country') return { kind: 'country' };
  const region = GSO_REGIONS.get(key);
  if (region) return { kind: 'region', region };
  const why = SET_ASIDE.get(key);
  if (why) return { kind: 'set-aside', why };
  const unit = findByName(63, name);
  return unit ? { kind: 'province', unit } : undefined;
}

export interface HeaderCell {
  year: number;
  preliminary: boolean;
  /** What the cell says besides the year: '' in a table of one measure, "Total" in "2015 Total". */
  label: string;
}

// A year, perhaps marked preliminary ("Pre. 2016", "Prel. 2016"), at the start or the end of the cell.
const YEAR = /(?:^|\s)(?:(pre|prel)\.?\s*)?((?:19|20)\d{2})(?=\s|$)/i;

/** "2015 Total" → 2015, "Total"; "Total Prel. 2016" → 2016 preliminary, "Total"; null when no year is written. */
export function headerCell(text: string): HeaderCell | null {
  const match = YEAR.exec(text);
  if (!match) return null;
  const label = `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`.replace(/\s+/g, ' ').trim();
  return { year: Number(match[2]), preliminary: match[1] !== undefined, label };
}

/** Ranks by the dataset's direction: the best first; a neutral dataset by size, largest first. */
export function rankByDirection(items: ReadonlyArray<{ code: string; value: number }>, direction: Direction) {
  const sign = direction === 'higher-worse' ? -1 : 1;
  return rankValues(items.map((i) => ({ code: i.code, value: sign * i.value }))).map((s) => ({ ...s, value: sign * s.value }));
}

/** Rows in rank order by the dataset's direction, those without a figure last (in the order given). */
export function rankedRows<T extends { code: string; value: number | null }>(items: readonly T[], direction: Direction): Array<T & { rank: number | null }> {
  const present = items.filter((i) => i.value !== null).map((i) => ({ code: i.code, value: i.value as number }));
  const ranks = new Map(rankByDirection(present, direction).map((s) => [s.code, s.rank]));
  const order = new Map(items.map((i, n) => [i.code, n]));
  return items
    .map((i) => ({ ...i, rank: ranks.get(i.code) ?? null }))
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || order.get(a.code)! - order.get(b.code)!);
}
