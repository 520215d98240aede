// `doithoai mcda`'s problem document in, the contract's result out (docs/contracts.md): dispatches
// on "method" and, when "sensitivity" is asked for, adds the weight intervals and the Monte Carlo
// rank acceptability. "sensitivity" is `true` for the defaults or an object that changes them:
// { "draws": 2000, "seed": 1, "distribution": "dirichlet" | "uniform", "concentration": 100 }.
import { DEFAULT_CONCENTRATION, DEFAULT_DRAWS, rankAcceptability, type Acceptability, type AcceptabilityOptions } from './acceptability';
import { readAhp, type AhpResult, type AhpWeightsResult } from './ahp.document';
import { readDecision, type DecisionResult } from './decision.document';
import { FieldError, isObject, wholeNumberAt } from './fields';
import type { ScoringModel } from './model';
import { weightSensitivity, type CriterionSensitivity, type Sensitivity } from './sensitivity';

export const mcdaMethods = ['ahp', 'topsis', 'weighted-sum'] as const;
// a cap so that a slip of the keyboard cannot keep the command busy for many minutes
const MAX_DRAWS = 1_000_000;

export interface SensitivityReport extends Omit<Sensitivity, 'criteria'> {
  criteria: Record<string, Omit<CriterionSensitivity, 'criterion'>>;
  acceptability: Acceptability;
}

export type RankedMcdaResult = (AhpResult | DecisionResult) & { sensitivity?: SensitivityReport };
export type McdaResult = RankedMcdaResult | (AhpWeightsResult & { sensitivity?: SensitivityReport });

/** False for AHP criteria alone, which weighs the criteria and ranks nothing. */
export function isRanked(result: McdaResult): result is RankedMcdaResult {
  return 'ranking' in result;
}

export function evaluateMcda(doc: unknown): McdaResult {
  if (!isObject(doc)) throw new FieldError([], `the document must be an object with "method": ${mcdaMethods.join(', ')}.`);
  const method = doc.method;
  const options = sensitivityOptions(doc.sensitivity);
  let read: { result: McdaResult; model?: ScoringModel };
  if (method === 'ahp') read = readAhp(doc);
  else if (method === 'topsis' || method === 'weighted-sum') read = readDecision(doc, method);
  else throw new FieldError(['method'], `${method === undefined ? 'the method is missing' : `unknown method ${JSON.stringify(method)}`}; use one of ${mcdaMethods.join(', ')}.`);
  if (!options) return read.result;
  if (!read.model) throw new FieldError(['sensitivity'], 'asks how the ranking of the alternatives moves with the weights, but the document lists no "alternatives".');
  return { ...read.result, sensitivity: analyse(read.model, options) };
}

function analyse(model: ScoringModel, options: AcceptabilityOptions): SensitivityReport {
  const { criteria, ...rest } = weightSensitivity(model);
  return {
    ...rest,
    criteria: Object.fromEntries(criteria.map(({ criterion, ...interval }) => [criterion, interval])),
    acceptability: rankAcceptability(model, options),
  };
}

function sensitivityOptions(value: unknown): AcceptabilityOptions | undefined {
  if (value === undefined || value === false) return undefined;
  const defaults: AcceptabilityOptions = { draws: DEFAULT_DRAWS, seed: 1, distribution: 'dirichlet', concentration: DEFAULT_CONCENTRATION };
  if (value === true) return defaults;
  if (!isObject(value)) throw new FieldError(['sensitivity'], 'expected true, false or an object such as {"draws": 2000, "seed": 1}.');
  const draws = value.draws === undefined ? defaults.draws : wholeNumberAt(value.draws, ['sensitivity', 'draws'], 1);
  if (draws > MAX_DRAWS) throw new FieldError(['sensitivity', 'draws'], `at most ${MAX_DRAWS} draws, not ${draws}.`);
  const seed = value.seed === undefined ? defaults.seed : wholeNumberAt(value.seed, ['sensitivity', 'seed'], 0);
  const distribution = value.distribution ?? defaults.distribution;
  if (distribution !== 'dirichlet' && distribution !== 'uniform') throw new FieldError(['sensitivity', 'distribution'], `expected "dirichlet" or "uniform", not ${JSON.stringify(distribution)}.`);
  const concentration = value.concentration ?? defaults.concentration;
  if (typeof concentration !== 'number' || !(concentration > 0) || !Number.isFinite(concentration)) {
    throw new FieldError(['sensitivity', 'concentration'], `expected a positive number, not ${JSON.stringify(concentration)}.`);
  }
  return { draws, seed, distribution, concentration };
}
