// Scenarios compared on the assignment criteria with the MCDA core already in the project (weighted sum
// or TOPSIS, with one-at-a-time weight sensitivity), no new method. A move's score on a criterion says
// how much better (+2) or worse (−2) the new level serves it than the old one; a scenario's value on a
// criterion is the sum of its moves' scores, and the current assignment — no moves — is 0 on every one.
import { directWeights } from '../mcda/weights';
import { namedGroups } from '../mcda/ranking';
import { weightSensitivity, type Sensitivity } from '../mcda/sensitivity';
import { topsisModel } from '../mcda/topsis';
import { weightedSumModel } from '../mcda/weighted-sum';
import type { DecisionProblem } from '../mcda/model';
import { CRITERIA, type Criterion, type Move } from './model';

export const CURRENT = 'current';

export interface ScenarioComparison {
  method: 'weighted-sum' | 'topsis';
  criteria: Criterion[];
  weights: Record<Criterion, number>;
  /** Alternatives: CURRENT first, then the scenarios by key. */
  values: Record<string, Record<Criterion, number>>;
  scores: Record<string, number>;
  ranking: string[][];
  sensitivity: Sensitivity;
}

export function criterionValues(moves: readonly Move[]): Record<Criterion, number> {
  return Object.fromEntries(CRITERIA.map((c) => [c, moves.reduce((s, m) => s + (m.scores?.[c] ?? 0), 0)])) as Record<Criterion, number>;
}

export function compareScenarios(
  scenarios: ReadonlyArray<{ key: string; moves: readonly Move[] }>,
  weights: Record<Criterion, number>,
  method: ScenarioComparison['method'] = 'weighted-sum',
): ScenarioComparison {
  const criteria = [...CRITERIA];
  const alternatives = [CURRENT, ...scenarios.map((s) => s.key)];
  const values = [criterionValues([]), ...scenarios.map((s) => criterionValues(s.moves))];
  const problem: DecisionProblem = {
    alternatives,
    criteria,
    weights: directWeights(criteria, criteria.map((c) => weights[c] ?? 0)),
    directions: criteria.map(() => 'benefit' as const),
    matrix: values.map((v) => criteria.map((c) => v[c])),
  };
  const model = method === 'topsis' ? topsisModel(problem) : weightedSumModel(problem);
  const scores = model.score(problem.weights);
  return {
    method,
    criteria,
    weights: Object.fromEntries(criteria.map((c, i) => [c, problem.weights[i]])) as Record<Criterion, number>,
    values: Object.fromEntries(alternatives.map((a, i) => [a, values[i]])),
    scores: Object.fromEntries(alternatives.map((a, i) => [a, scores[i]])),
    ranking: namedGroups(alternatives, scores),
    sensitivity: weightSensitivity(model),
  };
}
