// What every index reader returns: plain rows for the 63 provinces, the province-years the publisher left
// blank, and where they came from.
import type { IndexKey, IndexRow } from '../core/indices/types';

export interface Gap {
  year: number;
  localityCode: string;
  /** Dimension keys without a figure; all of the year's dimensions when the whole row is blank. */
  missing: string[];
}

export interface ImportResult {
  index: IndexKey;
  /** File name as given, for messages and provenance. */
  file: string;
  years: number[];
  rows: IndexRow[];
  gaps: Gap[];
}
