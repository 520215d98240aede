// What makes an inventory or a scenario unusable, every problem listed (an import or an edit is refused
// whole, every bad row named). Problems carry a message code and values; the caller words them.
import { isDevolutionSector } from './labels';
import { ACTIVITY_KINDS, CRITERIA, LEVELS, SCORE_MAX, SCORE_MIN, levelExists, type Activity, type Problem, type Scenario } from './model';

const TEXT_FIELDS = ['code', 'functionCode', 'functionName', 'name', 'legalDocument'] as const;
const AMOUNTS = ['workload', 'staff', 'budget'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface InventoryContext {
  /** Unit keys an activity may name; left out, any unit is accepted. */
  units?: readonly string[];
  /** The day the inventory describes: no district level after 30 June 2025. */
  asOf?: string;
}

/** The problems of one activity on its own. */
export function activityProblems(a: Activity, context: InventoryContext = {}): Problem[] {
  const where = (field: string) => ({ activity: a.code, field });
  const problems: Problem[] = [];
  for (const field of TEXT_FIELDS) {
    if (typeof a[field] !== 'string' || a[field].trim() === '') problems.push({ code: 'devolution.missing', values: { field }, where: where(field) });
  }
  if (!isDevolutionSector(a.sector)) problems.push({ code: 'devolution.unknown_sector', values: { sector: a.sector }, where: where('sector') });
  if (context.units && !context.units.includes(a.unit)) problems.push({ code: 'devolution.unknown_unit', values: { unit: a.unit }, where: where('unit') });
  if (!(ACTIVITY_KINDS as readonly string[]).includes(a.kind)) problems.push({ code: 'devolution.unknown_kind', values: { kind: a.kind }, where: where('kind') });
  if (!(LEVELS as readonly string[]).includes(a.level)) problems.push({ code: 'devolution.unknown_level', values: { level: a.level }, where: where('level') });
  else if (context.asOf && !levelExists(a.level, context.asOf)) problems.push({ code: 'devolution.level_gone', values: { level: a.level, date: context.asOf }, where: where('level') });
  for (const field of AMOUNTS) {
    const value = a[field];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) problems.push({ code: 'devolution.negative', values: { field, value: String(value) }, where: where(field) });
  }
  return problems;
}

/** Every problem of an inventory: each activity's own, codes used twice, a function named two ways. */
export function inventoryProblems(activities: readonly Activity[], context: InventoryContext = {}): Problem[] {
  const problems = activities.flatMap((a) => activityProblems(a, context));
  const codes = new Set<string>();
  const functions = new Map<string, Activity>();
  for (const a of activities) {
    if (codes.has(a.code)) problems.push({ code: 'devolution.code_twice', values: { code: a.code }, where: { activity: a.code, field: 'code' } });
    codes.add(a.code);
    const key = `${a.sector}\u0000${a.functionCode}`;
    const first = functions.get(key);
    if (!first) functions.set(key, a);
    else if (first.functionName !== a.functionName || first.unit !== a.unit) {
      problems.push({ code: 'devolution.function_mismatch', values: { function: a.functionCode, first: first.code }, where: { activity: a.code, field: 'functionName' } });
    }
  }
  return problems;
}

/** Every problem of a scenario against an inventory. */
export function scenarioProblems(activities: readonly Activity[], scenario: Scenario): Problem[] {
  const problems: Problem[] = [];
  if (!isDay(scenario.date)) problems.push({ code: 'devolution.bad_date', values: { date: scenario.date }, where: { field: 'date' } });
  const byCode = new Map(activities.map((a) => [a.code, a]));
  const seen = new Set<string>();
  scenario.moves.forEach((m, i) => {
    const where = (field: string) => ({ move: i, activity: m.activity, field });
    const activity = byCode.get(m.activity);
    if (!activity) problems.push({ code: 'devolution.unknown_activity', values: { activity: m.activity }, where: where('activity') });
    if (seen.has(m.activity)) problems.push({ code: 'devolution.activity_twice', values: { activity: m.activity }, where: where('activity') });
    seen.add(m.activity);
    if (!(LEVELS as readonly string[]).includes(m.to)) problems.push({ code: 'devolution.unknown_level', values: { level: m.to }, where: where('to') });
    else if (activity && activity.level === m.to) problems.push({ code: 'devolution.same_level', values: { activity: m.activity, level: m.to }, where: where('to') });
    for (const date of [scenario.date, m.date]) {
      if (isDay(date) && (LEVELS as readonly string[]).includes(m.to) && !levelExists(m.to, date)) {
        problems.push({ code: 'devolution.level_gone', values: { level: m.to, date }, where: where('to') });
        break;
      }
    }
    if (!isDay(m.date)) problems.push({ code: 'devolution.bad_date', values: { date: m.date }, where: where('date') });
    if (!Number.isFinite(m.investment) || m.investment < 0) problems.push({ code: 'devolution.negative', values: { field: 'investment', value: String(m.investment) }, where: where('investment') });
    problems.push(...scoreProblems(m.scores ?? {}, i, m.activity));
  });
  return problems;
}

function scoreProblems(scores: Record<string, number | undefined>, move: number, activity: string): Problem[] {
  return Object.entries(scores).flatMap(([criterion, score]): Problem[] => {
    const known = (CRITERIA as readonly string[]).includes(criterion);
    if (known && score !== undefined && Number.isInteger(score) && score >= SCORE_MIN && score <= SCORE_MAX) return [];
    return [{ code: 'devolution.score_range', values: { criterion, score: String(score), min: SCORE_MIN, max: SCORE_MAX }, where: { move, activity, field: `scores.${criterion}` } }];
  });
}

function isDay(date: string): boolean {
  if (typeof date !== 'string' || !DAY.test(date)) return false;
  const d = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === date;
}
