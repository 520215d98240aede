// What the two PAPI readers (workbook and positional CSV) check alike: the year's dimensions with their
// sub-dimensions in published order, and the bounds a figure can take.
import { papiDimensions, papiSubdimensions, type PapiSubdimension } from '../core/indices/papi';
import type { Dimension } from '../core/indices/types';

export interface PapiGroup {
  dimension: Dimension;
  subdimensions: PapiSubdimension[];
  /** A dimension spans 1–10 (0–10 admitted) and its n sub-dimensions share it, so each is at most 10/n. */
  subMax: number;
}

export function papiGroups(year: number): PapiGroup[] {
  const subs = papiSubdimensions(year);
  return papiDimensions(year).map((dimension) => {
    const subdimensions = subs.filter((s) => s.dimension === dimension.key);
    return { dimension, subdimensions, subMax: 10 / subdimensions.length };
  });
}

// Published dimensions equal the sum of their (rounded) sub-dimensions to about 2e-6.
export const SUM_TOLERANCE = 0.001;
// Float noise on a bound: 3.3333334 under 10/3.
export const BOUND_SLACK = 1e-6;
