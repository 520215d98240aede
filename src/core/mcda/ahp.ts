// The analytic hierarchy process (Saaty 1980) for a two-level hierarchy: criteria weighed against
// each other, alternatives against each other under each criterion, and the two multiplied out
// into global priorities (distributive synthesis).
import { InputError } from '../errors';
import { aggregateJudgments } from './aggregate';
import { consistency, CR_LIMIT, largestDeviations, MAX_ITEMS } from './consistency';
import { principalEigen } from './eigenvector';
import { judgmentMatrix, writtenOrder } from './judgments';

export interface Revisit {
  /** The pair the way the (first) official wrote it: "A>B". */
  judgment: string;
  given: number;
  /** The ratio of the two priorities, what a consistent judgment would have said. */
  implied: number;
  /** |ln(given / implied)|. */
  deviation: number;
}

export interface Priorities {
  /** In the order of the items; sums to 1. */
  weights: number[];
  lambdaMax: number;
  ci: number;
  cr: number;
  /** The judgments furthest from consistency, worst first; empty when CR ≤ 0.1. */
  revisit: Revisit[];
}

/** Priorities from one official's judgments, or from several officials' combined (AIJ). */
export function priorities(items: readonly string[], judgmentSets: readonly Readonly<Record<string, unknown>>[]): Priorities {
  checkLevelSize(items);
  const matrices = judgmentSets.map((judgments) => judgmentMatrix(items, judgments));
  const matrix = matrices.length === 1 ? matrices[0] : aggregateJudgments(matrices);
  return prioritiesOf(items, matrix, writtenOrder(items, judgmentSets[0]));
}

export function checkLevelSize(items: readonly string[]): void {
  // Saaty's random index, and people's ability to compare, stop around here
  if (items.length > MAX_ITEMS) {
    throw new InputError(
      `AHP compares at most ${MAX_ITEMS} items at one level, not ${items.length}; group them under sub-criteria.`,
      {},
      `AHP so sánh tối đa ${MAX_ITEMS} mục ở một cấp, không phải ${items.length}; hãy nhóm chúng vào các tiêu chí con.`,
    );
  }
}

/** `writtenAs(i, j)`: the judgment was written "items[i]>items[j]" (by default, in the order of the items). */
export function prioritiesOf(items: readonly string[], matrix: readonly (readonly number[])[], writtenAs = (i: number, j: number) => i < j): Priorities {
  const { vector, lambdaMax } = principalEigen(matrix);
  const { ci, cr } = consistency(items.length, lambdaMax);
  const revisit = cr > CR_LIMIT ? largestDeviations(matrix, vector).map(({ i, j, deviation }) => {
    const [a, b] = writtenAs(i, j) ? [i, j] : [j, i];
    return { judgment: `${items[a]}>${items[b]}`, given: matrix[a][b], implied: vector[a] / vector[b], deviation };
  }) : [];
  return { weights: vector, lambdaMax, ci, cr, revisit };
}

/** Global priority of each alternative: Σ over criteria of weight × local priority. */
export function synthesise(criteriaWeights: readonly number[], local: readonly (readonly number[])[]): number[] {
  const alternatives = local[0]?.length ?? 0;
  return Array.from({ length: alternatives }, (_, a) => criteriaWeights.reduce((s, w, c) => s + w * local[c][a], 0));
}
