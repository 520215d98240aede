// The AHP problem as `doithoai mcda` reads it (docs/contracts.md): criteria with their pairwise
// judgments, alternatives judged pairwise under each criterion — or criteria alone, the common case
// of weights from one comparison matrix, which answers the weights and their consistency only. A "judgments" field may be one
// object or a list of them, one per official, combined by the geometric mean (see aggregate.ts).
import { aggregateJudgments } from './aggregate';
import { checkLevelSize, prioritiesOf, synthesise, type Priorities, type Revisit } from './ahp';
import { judgmentMatrix, writtenOrder } from './judgments';
import { at, FieldError, isObject, namesAt, objectAt, type FieldPath } from './fields';
import { linearModel, type ScoringModel } from './model';
import { namedGroups } from './ranking';

export interface AhpLevel {
  weights: Record<string, number>;
  lambdaMax: number;
  ci: number;
  cr: number;
  /** How many officials' judgments were combined, when more than one. */
  officials?: number;
  /** Only when CR > 0.1. */
  revisit?: Revisit[];
}

/** Criteria alone: no alternatives, so nothing to rank. */
export interface AhpWeightsResult extends AhpLevel {
  method: 'ahp';
}

export interface AhpResult extends AhpWeightsResult {
  local: Record<string, AhpLevel>;
  global: Record<string, number>;
  ranking: string[][];
}

export function readAhp(doc: Record<string, unknown>): { result: AhpResult | AhpWeightsResult; model?: ScoringModel } {
  const criteriaField = objectAt(doc.criteria, ['criteria'], 'an object with "items" and "judgments"');
  const criteria = namesAt(criteriaField.items, ['criteria', 'items'], 'criteria');
  if (doc.alternatives === undefined && doc.alternativeJudgments !== undefined) {
    throw new FieldError(['alternativeJudgments'], 'judges alternatives, but the document lists no "alternatives".');
  }
  const top = level(criteria, criteriaField.judgments, ['criteria', 'judgments']);
  if (doc.alternatives === undefined) return { result: { method: 'ahp', ...top.summary } };
  const alternatives = namesAt(doc.alternatives, ['alternatives'], 'alternatives');

  const byCriterion = objectAt(doc.alternativeJudgments, ['alternativeJudgments'], 'an object with the judgments of the alternatives under each criterion');
  for (const key of Object.keys(byCriterion)) {
    if (!criteria.includes(key)) throw new FieldError(['alternativeJudgments', key], `"${key}" is not one of the criteria.`);
  }
  const local: Record<string, AhpLevel> = {};
  const localWeights = criteria.map((criterion) => {
    if (byCriterion[criterion] === undefined) throw new FieldError(['alternativeJudgments'], `the alternatives are not judged under the criterion "${criterion}".`);
    const { priorities: found, summary } = level(alternatives, byCriterion[criterion], ['alternativeJudgments', criterion]);
    local[criterion] = summary;
    return found.weights;
  });

  const global = synthesise(top.priorities.weights, localWeights);
  const result: AhpResult = {
    method: 'ahp',
    ...top.summary,
    local,
    global: keyed(alternatives, global),
    ranking: namedGroups(alternatives, global),
  };
  // the global priorities are linear in the criteria weights: value of alternative a on criterion c = its local priority
  const values = alternatives.map((_, a) => localWeights.map((column) => column[a]));
  return { result, model: linearModel(alternatives, criteria, top.priorities.weights, values) };
}

// Each official's set is read on its own, so a problem is reported at the set that has it.
function level(items: string[], judgments: unknown, path: FieldPath): { priorities: Priorities; summary: AhpLevel } {
  const listed = Array.isArray(judgments);
  const sets: unknown[] = listed ? judgments : [judgments];
  if (sets.length === 0) throw new FieldError(path, "the list of officials' judgments is empty.");
  at(path, () => checkLevelSize(items));
  const matrices = sets.map((set, k) => {
    const where = listed ? [...path, k] : path;
    if (!isObject(set)) throw new FieldError(where, 'expected judgments written {"A>B": 4, …}.');
    return at(where, () => judgmentMatrix(items, set));
  });
  const matrix = matrices.length === 1 ? matrices[0] : aggregateJudgments(matrices);
  const found = prioritiesOf(items, matrix, writtenOrder(items, sets[0] as Record<string, unknown>));
  const summary: AhpLevel = {
    weights: keyed(items, found.weights),
    lambdaMax: found.lambdaMax,
    ci: found.ci,
    cr: found.cr,
    ...(sets.length > 1 ? { officials: sets.length } : {}),
    ...(found.revisit.length ? { revisit: found.revisit } : {}),
  };
  return { priorities: found, summary };
}

function keyed(names: readonly string[], values: readonly number[]): Record<string, number> {
  return Object.fromEntries(names.map((name, i) => [name, values[i]]));
}
