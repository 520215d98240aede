// Decentralisation planning (issue 17): a functional assignment review as GIZ's "Functional Assignment
// in Multi-Level Government" lays it out — each sector's functions unbundled into activities (regulate,
// plan, finance, deliver, monitor), each activity held by one level of local government, and
// scenarios that move activities between levels. Plain data, no I/O.

/** Tỉnh/thành phố, huyện/quận (until 30 June 2025), xã/phường. */
export const LEVELS = ['province', 'district', 'commune'] as const;
export type Level = (typeof LEVELS)[number];

export const ACTIVITY_KINDS = ['regulate', 'plan', 'finance', 'deliver', 'monitor'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** GIZ's assignment criteria; a move is scored on each from −2 (much worse than today) to +2 (much better). */
export const CRITERIA = ['subsidiarity', 'scale', 'spillover', 'capacity', 'accountability'] as const;
export type Criterion = (typeof CRITERIA)[number];
export const SCORE_MIN = -2;
export const SCORE_MAX = 2;

/**
 * The last day of the district level: Resolution 202/2025/QH15 and the amended Law on the Organisation
 * of Local Government (Law 72/2025/QH15) end it on 30 June 2025; from 1 July 2025 local government has
 * two tiers, the province and the commune.
 */
export const DISTRICT_LAST_DAY = '2025-06-30';

/** Whether a level of local government exists on a day (YYYY-MM-DD). */
export function levelExists(level: Level, date: string): boolean {
  return level !== 'district' || date <= DISTRICT_LAST_DAY;
}

export interface Activity {
  /** Unique in the inventory, e.g. "XD-02.3". */
  code: string;
  sector: string;
  /** The unit (department, district, ward) that answers for the function; the module checks it. */
  unit: string;
  functionCode: string;
  functionName: string;
  name: string;
  kind: ActivityKind;
  legalDocument: string;
  legalArticle: string;
  level: Level;
  /** Cases a year. */
  workload: number;
  /** Staff (full-time equivalents). */
  staff: number;
  /** Recurrent budget, million đồng a year. */
  budget: number;
}

export type Scores = Partial<Record<Criterion, number>>;

export interface Move {
  activity: string;
  to: Level;
  rationale: string;
  /** Phase of the roadmap, e.g. "Giai đoạn 1", and the day the move takes effect (YYYY-MM-DD). */
  phase: string;
  date: string;
  /** One-off investment the move needs, million đồng. */
  investment: number;
  scores?: Scores;
}

export interface Scenario {
  /** The day the assignment is for: levels must exist on it (no district after 30 June 2025). */
  date: string;
  moves: Move[];
}

/** A problem found in an inventory or a scenario: a message code of src/i18n/messages.ts and its values. */
export interface Problem {
  code: ProblemCode;
  values: Record<string, string | number>;
  /** Which activity (by code) or move (0-based) and which field. */
  where: { activity?: string; move?: number; field?: string };
}

export type ProblemCode =
  | 'devolution.unknown_sector'
  | 'devolution.unknown_unit'
  | 'devolution.unknown_kind'
  | 'devolution.unknown_level'
  | 'devolution.negative'
  | 'devolution.missing'
  | 'devolution.code_twice'
  | 'devolution.function_mismatch'
  | 'devolution.level_gone'
  | 'devolution.unknown_activity'
  | 'devolution.activity_twice'
  | 'devolution.same_level'
  | 'devolution.bad_date'
  | 'devolution.score_range';
