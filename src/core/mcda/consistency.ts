// Saaty's consistency check and, when it fails, which judgments to take back to the officials.
// CI = (λmax − n)/(n − 1); CR = CI / RI, where RI is the mean CI of random reciprocal matrices.
// A judgment's distance from consistency is |ln(a_ij · w_j / w_i)|: zero when the judgment agrees
// with the priorities it helped produce, and symmetric in over- and under-statement.

/** Saaty's random index for n = 3 … 10 (n ≤ 2 is always consistent). */
export const RANDOM_INDEX: Readonly<Record<number, number>> = { 3: 0.58, 4: 0.9, 5: 1.12, 6: 1.24, 7: 1.32, 8: 1.41, 9: 1.45, 10: 1.49 };
export const MAX_ITEMS = 10;
/** Saaty's threshold: above it the judgments should be revisited. */
export const CR_LIMIT = 0.1;
const REVISIT = 3;

export interface Consistency {
  ci: number;
  cr: number;
}

export interface Deviation {
  i: number;
  j: number;
  deviation: number;
}

export function consistency(n: number, lambdaMax: number): Consistency {
  if (n <= 2) return { ci: 0, cr: 0 };
  // λmax ≥ n in exact arithmetic; rounding can put a consistent matrix a hair below
  const ci = Math.max(0, (lambdaMax - n) / (n - 1));
  return { ci, cr: ci / RANDOM_INDEX[n] };
}

/** The judgments (i < j) furthest from the priorities, worst first: the ones a facilitator should reopen. */
export function largestDeviations(matrix: readonly (readonly number[])[], weights: readonly number[], count = REVISIT): Deviation[] {
  const all: Deviation[] = [];
  for (let i = 0; i < weights.length; i++) {
    for (let j = i + 1; j < weights.length; j++) all.push({ i, j, deviation: Math.abs(Math.log((matrix[i][j] * weights[j]) / weights[i])) });
  }
  return all.sort((a, b) => b.deviation - a.deviation).slice(0, count);
}
