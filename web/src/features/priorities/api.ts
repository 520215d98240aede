// Shapes of the priority-exercise API (/work/notes/priorities-api.md, src/modules/priorities) as the
// screens read them, kept by hand to match the server's answers, and the paths that ask for them.
import type { Localized } from '../../shared/i18n/i18n';

export type CriterionKind = 'evidence-gap' | 'stakeholder-support' | 'custom';
export type Direction = 'benefit' | 'cost';
export type Method = 'topsis' | 'weighted-sum';

export interface Alternative {
  key: string;
  title: Localized;
}

export interface Criterion {
  key: string;
  title: Localized;
  kind: CriterionKind;
  direction: Direction;
  group?: string | null;
  values?: Record<string, number>;
}

export interface Scenario {
  key: string;
  title: Localized;
  method: Method;
  weights: 'ahp' | Record<string, number>;
}

export interface Exercise {
  id: string;
  spaceId: string;
  title: Localized;
  localityCode: string;
  year: number | null;
  consultationId: string | null;
  alternatives: Alternative[];
  criteria: Criterion[];
  scenarios: Scenario[];
  createdAt: string;
  updatedAt: string;
  permissions: { edit: boolean; answer: boolean };
}

export interface ExerciseSummary {
  id: string;
  title: Localized;
  localityCode: string;
  year: number | null;
  updatedAt: string;
}

export interface EvidenceFigure {
  index: string;
  key: string;
  year: number;
  value: number;
  percentile: number;
  /** The figure's published name, e.g. "Thủ tục hành chính công". */
  vi: string;
  en: string;
}

export interface Source {
  criterion: string;
  kind: CriterionKind;
  description: Localized;
  evidence?: Record<string, EvidenceFigure[]>;
  consultation?: { id: string; title: Localized; method: string; ballots: number; group: string | null };
}

export interface Matrix {
  alternatives: Alternative[];
  criteria: Criterion[];
  values: (number | null)[][];
  sources: Source[];
}

export interface Official {
  userId: string;
  name: string;
  cr: number;
  weights: Record<string, number>;
  updatedAt: string;
}

export interface Judgments {
  criteria: string[];
  mine: Record<string, number> | null;
  officials: Official[];
  combined: {
    weights: Record<string, number>;
    lambdaMax: number;
    ci: number;
    cr: number;
    revisit: { pair: string; given: number; implied: number }[];
  } | null;
}

export interface Sensitivity {
  criterion: string;
  weight: number;
  first: [number, number];
  top3: [number, number];
}

export interface ScenarioResult {
  key: string;
  title: Localized;
  method: Method;
  weights: Record<string, number>;
  weightSource: 'ahp' | 'direct';
  consistency?: { cr: number; officials: number };
  ranking: string[];
  scores: Record<string, number>;
  contributions: Record<string, Record<string, number>>;
  explanation: Record<string, Localized>;
  sensitivity: Sensitivity[];
  acceptability: Record<string, number[]>;
}

export interface Results {
  matrix: Matrix;
  scenarios: ScenarioResult[];
  agreement: { firstSame: boolean; kendallTau?: number };
}

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
