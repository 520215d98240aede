// What sensitivity analysis and Monte Carlo need from any method: the alternatives' scores for a
// different set of criteria weights. AHP's global priorities and the weighted sum are linear in
// the weights, which lets their sensitivity intervals be solved exactly; TOPSIS is not.

export type Direction = 'benefit' | 'cost';

/** A performance table: matrix[a][c] is alternative a on criterion c; weights sum to 1. */
export interface DecisionProblem {
  alternatives: string[];
  criteria: string[];
  weights: number[];
  directions: Direction[];
  matrix: number[][];
}

export interface ScoringModel {
  alternatives: readonly string[];
  criteria: readonly string[];
  /** The given weights, summing to 1. */
  weights: readonly number[];
  /** Scores, higher is better, for weights summing to 1. */
  score(weights: readonly number[]): number[];
  /** When score = Σ_c w_c · values[a][c]: the values, so the analysis can be exact. */
  values?: readonly (readonly number[])[];
}

export function linearModel(alternatives: readonly string[], criteria: readonly string[], weights: readonly number[], values: readonly (readonly number[])[]): ScoringModel {
  return {
    alternatives,
    criteria,
    weights,
    values,
    score: (w) => values.map((row) => row.reduce((s, v, c) => s + w[c] * v, 0)),
  };
}

/**
 * Criterion k's weight set to t, the others rescaled in proportion so the total stays 1 — the
 * usual one-at-a-time sensitivity. If the others all weigh 0 they share 1 − t equally.
 */
export function reweight(weights: readonly number[], k: number, t: number): number[] {
  if (t === weights[k]) return [...weights];
  const rest = 1 - weights[k];
  const others = weights.length - 1;
  return weights.map((w, c) => (c === k ? t : rest > 0 ? (w * (1 - t)) / rest : (1 - t) / others));
}
