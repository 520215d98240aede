// The performance-table problem as `doithoai mcda` reads it for "topsis" and "weighted-sum"
// (docs/contracts.md): alternatives, criteria with a weight and a direction, one row of values per
// alternative. A criterion may give "swing" points (0–100, the most important swing at 100)
// instead of a "weight"; all criteria must use the same kind.
import { at, FieldError, isObject, namesAt } from './fields';
import type { DecisionProblem, Direction, ScoringModel } from './model';
import { namedGroups } from './ranking';
import { topsisModel } from './topsis';
import { directWeights, swingWeights } from './weights';
import { weightedSumModel } from './weighted-sum';

export interface DecisionResult {
  method: 'topsis' | 'weighted-sum';
  /** The weights used, normalised to sum to 1. */
  weights: Record<string, number>;
  /** TOPSIS: relative closeness to the ideal, 0 to 1. */
  closeness?: Record<string, number>;
  /** Weighted sum: Σ weight × min–max normalised value, 0 to 1. */
  scores?: Record<string, number>;
  ranking: string[][];
}

export function readDecision(doc: Record<string, unknown>, method: DecisionResult['method']): { result: DecisionResult; model: ScoringModel } {
  const problem = readProblem(doc);
  const model = method === 'topsis' ? topsisModel(problem) : weightedSumModel(problem);
  const scores = model.score(problem.weights);
  const byName = (values: readonly number[], names: readonly string[]) => Object.fromEntries(names.map((name, i) => [name, values[i]]));
  return {
    result: {
      method,
      weights: byName(problem.weights, problem.criteria),
      [method === 'topsis' ? 'closeness' : 'scores']: byName(scores, problem.alternatives),
      ranking: namedGroups(problem.alternatives, scores),
    },
    model,
  };
}

export function readProblem(doc: Record<string, unknown>): DecisionProblem {
  const alternatives = namesAt(doc.alternatives, ['alternatives'], 'alternatives');
  const listed = doc.criteria;
  if (!Array.isArray(listed) || listed.length === 0) throw new FieldError(['criteria'], 'expected a non-empty list of criteria, each {"name", "weight", "direction"}.');
  const criteria: string[] = [];
  const directions: Direction[] = [];
  const given: number[] = [];
  const kinds = new Set<string>();
  listed.forEach((entry: unknown, c) => {
    const path = ['criteria', c];
    if (!isObject(entry) || typeof entry.name !== 'string' || entry.name.trim() === '') throw new FieldError(path, `criterion ${c + 1} must be an object with a "name".`);
    if (criteria.includes(entry.name)) throw new FieldError(path, `the criterion "${entry.name}" is listed twice.`);
    if (entry.direction !== 'benefit' && entry.direction !== 'cost') {
      throw new FieldError(path, `"direction" of "${entry.name}" must be "benefit" (more is better) or "cost" (less is better), not ${JSON.stringify(entry.direction)}.`);
    }
    const kind = entry.swing !== undefined ? 'swing' : 'weight';
    const value = entry[kind];
    if (typeof value !== 'number') throw new FieldError(path, `"${entry.name}" needs a numeric "weight" (or "swing" points).`);
    criteria.push(entry.name);
    directions.push(entry.direction);
    given.push(value);
    kinds.add(kind);
  });
  if (kinds.size > 1) throw new FieldError(['criteria'], 'give every criterion a "weight" or every criterion a "swing", not a mixture.');
  const weights = at(['criteria'], () => (kinds.has('swing') ? swingWeights(criteria, given) : directWeights(criteria, given)));
  return { alternatives, criteria, weights, directions, matrix: readMatrix(doc.matrix, alternatives, criteria) };
}

function readMatrix(matrix: unknown, alternatives: readonly string[], criteria: readonly string[]): number[][] {
  if (!Array.isArray(matrix)) throw new FieldError(['matrix'], 'expected a list of rows, one per alternative, each with one number per criterion.');
  if (matrix.length !== alternatives.length) {
    throw new FieldError(['matrix'], `there are ${matrix.length} rows but ${alternatives.length} alternatives; give one row per alternative, in the order of "alternatives".`);
  }
  return matrix.map((row: unknown, a) => {
    const label = `row ${a + 1} ("${alternatives[a]}")`;
    if (!Array.isArray(row) || row.length !== criteria.length) {
      const count = Array.isArray(row) ? `${row.length} value${row.length === 1 ? '' : 's'}` : 'no list of values';
      throw new FieldError(['matrix', a], `${label} has ${count} but there are ${criteria.length} criteria.`);
    }
    row.forEach((x: unknown, c) => {
      if (typeof x !== 'number' || !Number.isFinite(x)) throw new FieldError(['matrix', a], `${label}, column ${c + 1} ("${criteria[c]}") is ${JSON.stringify(x)}, not a number.`);
    });
    return row as number[];
  });
}
