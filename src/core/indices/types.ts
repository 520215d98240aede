// The shapes shared by the index frameworks, the file readers and the analyses: an index's dimensions
// (PCI sub-indices, PAPI dimensions, PGI sub-indices) and one province's published figures for one year.
export type IndexKey = 'PCI' | 'PAPI' | 'PGI';

export interface Dimension {
  /** Stable key, kebab-case English: `land-access`, `control-of-corruption`. */
  key: string;
  vi: string;
  en: string;
}

/** One province-year as published. `localityCode` is the GSO code of one of the 63. */
export interface IndexRow {
  index: IndexKey;
  year: number;
  localityCode: string;
  /** Dimension key → score. A dimension the publisher withheld for that province-year is absent. */
  dimensions: Record<string, number>;
  /** PCI composite (0–100), PAPI total (sum of dimensions), PGI total (0–40); null when a dimension is withheld. */
  score: number | null;
  /** PAPI only: sub-dimension key → score. */
  subdimensions?: Record<string, number>;
  /**
   * The national rank as printed, for an edition held only in part (PGI's published values): a rank among the
   * rows held would mean nothing. Absent, the rank is computed from the scores of the whole edition.
   */
  rank?: number;
  /** Where this row was printed (a page's address), when not the edition's file itself. */
  source?: string;
}
