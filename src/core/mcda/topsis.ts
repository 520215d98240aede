// TOPSIS (Hwang & Yoon 1981): each column divided by its Euclidean norm, weighted, and each
// alternative scored by its relative closeness to the ideal, d− / (d+ + d−), where d+ and d− are
// its distances to the best and the worst value on every criterion. 1 is the ideal itself, 0 the
// anti-ideal; the normalisation makes the result independent of each criterion's unit.
import type { DecisionProblem, Direction, ScoringModel } from './model';

export function vectorNormalise(matrix: readonly (readonly number[])[]): number[][] {
  const criteria = matrix[0]?.length ?? 0;
  const norms = Array.from({ length: criteria }, (_, c) => Math.hypot(...matrix.map((row) => row[c])));
  // an all-zero column carries no information; leave it at zero rather than divide by zero
  return matrix.map((row) => row.map((x, c) => (norms[c] > 0 ? x / norms[c] : 0)));
}

export function topsisCloseness(normalised: readonly (readonly number[])[], weights: readonly number[], directions: readonly Direction[]): number[] {
  const weighted = normalised.map((row) => row.map((x, c) => x * weights[c]));
  const best = directions.map((direction, c) => pick(direction === 'benefit' ? Math.max : Math.min, weighted, c));
  const worst = directions.map((direction, c) => pick(direction === 'benefit' ? Math.min : Math.max, weighted, c));
  return weighted.map((row) => {
    const toBest = Math.hypot(...row.map((v, c) => v - best[c]));
    const toWorst = Math.hypot(...row.map((v, c) => v - worst[c]));
    // only when all alternatives coincide on every weighted criterion: each is equally near both
    return toBest + toWorst > 0 ? toWorst / (toBest + toWorst) : 0.5;
  });
}

export function topsisModel(problem: DecisionProblem): ScoringModel {
  const normalised = vectorNormalise(problem.matrix);
  return {
    alternatives: problem.alternatives,
    criteria: problem.criteria,
    weights: problem.weights,
    score: (weights) => topsisCloseness(normalised, weights, problem.directions),
  };
}

function pick(choose: (...values: number[]) => number, weighted: readonly (readonly number[])[], c: number): number {
  return choose(...weighted.map((row) => row[c]));
}
