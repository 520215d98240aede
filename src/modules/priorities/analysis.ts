// One scenario of an exercise worked through the decision core: the model (TOPSIS or weighted sum),
// scores and ranking, each criterion's part in each score, weight-interval sensitivity, Monte Carlo
// rank acceptability, and why each alternative ranks where it does. Pure: no database, no clock.
import { DEFAULT_CONCENTRATION, DEFAULT_DRAWS, rankAcceptability } from '../../core/mcda/acceptability';
import { meanKendallTau } from '../../core/mcda/agreement';
import type { DecisionProblem, ScoringModel } from '../../core/mcda/model';
import { orderByScore } from '../../core/mcda/ranking';
import { weightSensitivity } from '../../core/mcda/sensitivity';
import { topsisModel, vectorNormalise } from '../../core/mcda/topsis';
import { minMaxNormalise, weightedSumModel } from '../../core/mcda/weighted-sum';
import { explain } from './explain';
import type { Alternative, Criterion, ScenarioMethod, Text } from './priority.types';

/** Fixed, so that the published acceptability can be recomputed by anyone from the same inputs. */
export const ACCEPTABILITY_SEED = 20240616;

export type ScenarioInput = { key: string; title: Text; method: ScenarioMethod; weights: number[]; weightSource: 'ahp' | 'direct'; consistency?: { cr: number; officials: number } };

export type ScenarioResult = {
  key: string;
  title: Text;
  method: ScenarioMethod;
  weights: Record<string, number>;
  weightSource: 'ahp' | 'direct';
  consistency?: { cr: number; officials: number };
  ranking: string[];
  scores: Record<string, number>;
  contributions: Record<string, Record<string, number>>;
  explanation: Record<string, Text>;
  sensitivity: Array<{ criterion: string; weight: number; first: [number, number]; top3: [number, number] }>;
  acceptability: Record<string, number[]>;
};

const keyed = <T>(keys: readonly string[], values: readonly T[]) => Object.fromEntries(keys.map((k, i) => [k, values[i]]));

export function analyseScenario(alternatives: Alternative[], criteria: Criterion[], values: number[][], input: ScenarioInput): ScenarioResult {
  const altKeys = alternatives.map((a) => a.key);
  const critKeys = criteria.map((c) => c.key);
  const directions = criteria.map((c) => c.direction);
  const problem: DecisionProblem = { alternatives: altKeys, criteria: critKeys, weights: input.weights, directions, matrix: values };
  const model: ScoringModel = input.method === 'topsis' ? topsisModel(problem) : weightedSumModel(problem);
  const scores = model.score(input.weights);
  const order = orderByScore(scores);
  const normalised = input.method === 'topsis' ? vectorNormalise(values) : minMaxNormalise(values, directions);
  const sensitivity = weightSensitivity(model);
  const acceptability = rankAcceptability(model, { draws: DEFAULT_DRAWS, seed: ACCEPTABILITY_SEED, distribution: 'dirichlet', concentration: DEFAULT_CONCENTRATION });
  return {
    key: input.key,
    title: input.title,
    method: input.method,
    weights: keyed(critKeys, input.weights),
    weightSource: input.weightSource,
    ...(input.consistency ? { consistency: input.consistency } : {}),
    ranking: order.map((a) => altKeys[a]),
    scores: keyed(altKeys, scores),
    contributions: keyed(altKeys, normalised.map((row) => keyed(critKeys, row.map((x, c) => input.weights[c] * x)))),
    explanation: explain({ alternatives, criteria, values, weights: input.weights, scores, order, method: input.method }),
    sensitivity: sensitivity.criteria.map((s) => ({ criterion: s.criterion, weight: s.weight, first: s.first, top3: s.topThree ?? [0, 1] })),
    acceptability: acceptability.ranks,
  };
}

export function agreementOf(results: readonly ScenarioResult[]): { firstSame: boolean; kendallTau?: number } {
  const tau = meanKendallTau(results.map((r) => r.ranking));
  return { firstSame: results.every((r) => r.ranking[0] === results[0]?.ranking[0]), ...(tau === undefined ? {} : { kendallTau: tau }) };
}
