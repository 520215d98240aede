// The weighted sum (simple additive weighting) on min–max normalised values: on each criterion the
// best alternative scores 1 and the worst 0, whichever direction is better, so criteria measured
// in different units (đồng, percent, km) can be added.
import { linearModel, type DecisionProblem, type Direction, type ScoringModel } from './model';

export function minMaxNormalise(matrix: readonly (readonly number[])[], directions: readonly Direction[]): number[][] {
  const columns = directions.map((_, c) => matrix.map((row) => row[c]));
  const low = columns.map((column) => Math.min(...column));
  const high = columns.map((column) => Math.max(...column));
  return matrix.map((row) =>
    row.map((x, c) => {
      const range = high[c] - low[c];
      // every alternative the same: the criterion cannot tell them apart, so it adds nothing to anyone
      if (!(range > 0)) return 0;
      return directions[c] === 'benefit' ? (x - low[c]) / range : (high[c] - x) / range;
    }),
  );
}

export function weightedSumModel(problem: DecisionProblem): ScoringModel {
  return linearModel(problem.alternatives, problem.criteria, problem.weights, minMaxNormalise(problem.matrix, problem.directions));
}
