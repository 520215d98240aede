// Shapes of the priority-exercise API as the screens read them: the server's own, from the generated
// openapi.ts (src/modules/priorities/priority.schema.ts); and the paths that ask for them.
import type { Schema } from '../../shared/api/schema';

export type Alternative = Schema<'PriorityAlternative'>;
export type Criterion = Schema<'PriorityCriterion'>;
export type CriterionKind = Criterion['kind'];
export type Direction = Criterion['direction'];
export type Scenario = Schema<'PriorityScenario'>;
export type Method = Scenario['method'];

export type Exercise = Schema<'PriorityExercise'>;
export type ExerciseSummary = Schema<'PriorityExerciseSummary'>;

export type Source = Schema<'PrioritySource'>;
export type Matrix = Schema<'PriorityMatrix'>;

export type Judgments = Schema<'PriorityJudgments'>;

export type ScenarioResult = Schema<'PriorityScenarioResult'>;
export type Results = Schema<'PriorityResults'>;

const exercise = (id: string) => `/api/priority-exercises/${encodeURIComponent(id)}`;

export const paths = {
  list: (spaceId: string) => `/api/spaces/${encodeURIComponent(spaceId)}/priority-exercises`,
  exercise,
  criteria: (id: string) => `${exercise(id)}/criteria`,
  scenarios: (id: string) => `${exercise(id)}/scenarios`,
  matrix: (id: string) => `${exercise(id)}/matrix`,
  judgments: (id: string) => `${exercise(id)}/judgments`,
  results: (id: string) => `${exercise(id)}/results`,
  report: (id: string, kind: 'docx' | 'pdf' | 'xlsx') => `${exercise(id)}/report.${kind}`,
  page: (id: string, step?: string) => `/priorities/${encodeURIComponent(id)}${step ? `?step=${step}` : ''}`,
};

/** The pairs of the questionnaire: every two criteria once, in the order of the criteria, "a>b". */
export function pairsOf(criteria: readonly string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < criteria.length; i++) for (let j = i + 1; j < criteria.length; j++) pairs.push([criteria[i], criteria[j]]);
  return pairs;
}

/** The caller's answer for the pair a, b as "a is this many times as important as b", whichever way it was written. */
export function judgmentOf(mine: Record<string, number> | null, a: string, b: string): number | null {
  if (!mine) return null;
  if (typeof mine[`${a}>${b}`] === 'number') return mine[`${a}>${b}`];
  if (typeof mine[`${b}>${a}`] === 'number') return 1 / mine[`${b}>${a}`];
  return null;
}
