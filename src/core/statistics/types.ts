// Official statistics as evidence (issue 16): a dataset is one measure of one GSO table — provinces ×
// years × value — with what a reader needs to use it honestly: names, unit, definition, which way is
// better, how it may be carried onto the 34 provinces, source and licence.

export type Text = { vi: string; en: string };

/**
 * Which way is better. `neutral` for sizes (population, pupils, beds as a count): such a dataset is ranked
 * by size, largest first, and the rank says nothing about need until it is put per person.
 */
export type Direction = 'higher-better' | 'higher-worse' | 'neutral';

/**
 * How figures of merged provinces combine: `sum` for counts and amounts (beds, persons, tonnes a day);
 * `rate` for shares, rates and per-capita figures, which need their denominators (not averaged silently).
 */
export type Aggregation = 'sum' | 'rate';

export interface DatasetSpec {
  /** Stable key, `gso.` then kebab-case English: `gso.poverty-rate`, `gso.beds.total`. */
  key: string;
  name: Text;
  unit: Text;
  definition: Text;
  direction: Direction;
  aggregation: Aggregation;
  /**
   * A rate's denominator (a dataset key): on the 34 a rate is the mean of its predecessors' rates weighted by it —
   * a poverty rate by households, a mortality rate by live births, a per-capita figure by population.
   */
  denominator?: string;
  /** Breaks in the series: figures from `year` on are not comparable with those before (a chart must not join them). */
  breaks?: SeriesBreak[];
}

export interface SeriesBreak {
  year: number;
  why: Text;
}

/** One province's figure for one year of one dataset, as published. */
export interface StatisticValue {
  dataset: string;
  year: number;
  /** GSO code of one of the 63. */
  localityCode: string;
  value: number;
  /** The column was headed `Pre. 2016` / `Prel. 2016`: a preliminary figure GSO may revise. */
  preliminary: boolean;
}
