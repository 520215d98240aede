// A scenario applied to an inventory: each moved activity takes its workload, staff and budget to the
// level it moves to. Figures per level × sector, before and after, and the capacity check — workload
// per staff member at each level that receives activities.
import { LEVELS, levelExists, type Activity, type Level, type Move, type Scenario } from './model';

export interface Figures {
  /** Functions with at least one activity here (a function split between levels counts at each). */
  functions: number;
  activities: number;
  workload: number;
  staff: number;
  budget: number;
}

export interface Cell extends Figures {
  level: Level;
  sector: string;
}

/** The inventory as it stands once the scenario's moves are made; activities not moved keep their level. */
export function applyMoves(activities: readonly Activity[], moves: readonly Pick<Move, 'activity' | 'to'>[]): Activity[] {
  const to = new Map(moves.map((m) => [m.activity, m.to]));
  return activities.map((a) => (to.has(a.code) ? { ...a, level: to.get(a.code)! } : a));
}

const empty = (): Figures => ({ functions: 0, activities: 0, workload: 0, staff: 0, budget: 0 });

function add(into: Figures, a: Activity): void {
  into.activities += 1;
  into.workload += a.workload;
  into.staff += a.staff;
  into.budget += a.budget;
}

/** Figures per level and sector, in the order of LEVELS and then of first appearance of a sector. */
export function cells(activities: readonly Activity[]): Cell[] {
  const byKey = new Map<string, Cell>();
  const functions = new Map<string, Set<string>>();
  for (const a of activities) {
    const key = `${a.level}\u0000${a.sector}`;
    let cell = byKey.get(key);
    if (!cell) byKey.set(key, (cell = { level: a.level, sector: a.sector, ...empty() }));
    add(cell, a);
    const held = functions.get(key) ?? new Set<string>();
    held.add(a.functionCode);
    functions.set(key, held);
    cell.functions = held.size;
  }
  return LEVELS.flatMap((level) => [...byKey.values()].filter((c) => c.level === level));
}

/** Figures per level (every level, even empty ones). */
export function levelTotals(activities: readonly Activity[]): Record<Level, Figures> {
  const totals = { province: empty(), district: empty(), commune: empty() };
  const functions = { province: new Set<string>(), district: new Set<string>(), commune: new Set<string>() };
  for (const a of activities) {
    add(totals[a.level], a);
    functions[a.level].add(`${a.sector}\u0000${a.functionCode}`);
  }
  for (const level of LEVELS) totals[level].functions = functions[level].size;
  return totals;
}

export function inventoryTotals(activities: readonly Activity[]): Figures {
  const total = empty();
  for (const a of activities) add(total, a);
  total.functions = new Set(activities.map((a) => `${a.sector}\u0000${a.functionCode}`)).size;
  return total;
}

export interface CapacityCheck {
  level: Level;
  /** Activities this level receives in the scenario. */
  receives: number;
  before: { workload: number; staff: number; perStaff: number | null };
  after: { workload: number; staff: number; perStaff: number | null };
}

const perStaff = (f: Figures) => (f.staff > 0 ? f.workload / f.staff : null);

/** For each level that receives at least one activity: its workload per staff member before and after. */
export function capacityChecks(activities: readonly Activity[], moves: readonly Move[]): CapacityCheck[] {
  const before = levelTotals(activities);
  const after = levelTotals(applyMoves(activities, moves));
  return LEVELS.filter((level) => moves.some((m) => m.to === level)).map((level) => ({
    level,
    receives: moves.filter((m) => m.to === level).length,
    before: { workload: before[level].workload, staff: before[level].staff, perStaff: perStaff(before[level]) },
    after: { workload: after[level].workload, staff: after[level].staff, perStaff: perStaff(after[level]) },
  }));
}

export interface Phase {
  phase: string;
  /** The earliest and latest day of its moves. */
  from: string;
  to: string;
  moves: Move[];
  investment: number;
}

/** The moves as a roadmap: phases in order of their first day, moves in each by day. */
export function roadmap(moves: readonly Move[]): Phase[] {
  const phases = new Map<string, Move[]>();
  for (const m of [...moves].sort((a, b) => a.date.localeCompare(b.date))) phases.set(m.phase, [...(phases.get(m.phase) ?? []), m]);
  return [...phases.entries()]
    .map(([phase, list]) => ({ phase, from: list[0].date, to: list[list.length - 1].date, moves: list, investment: list.reduce((s, m) => s + m.investment, 0) }))
    .sort((a, b) => a.from.localeCompare(b.from) || a.phase.localeCompare(b.phase));
}

/** Activities left at a level that no longer exists on the scenario's day (district activities not moved after 30 June 2025). */
export function stranded(activities: readonly Activity[], scenario: Scenario): string[] {
  return applyMoves(activities, scenario.moves).filter((a) => !levelExists(a.level, scenario.date)).map((a) => a.code);
}

export interface ScenarioAnalysis {
  before: Cell[];
  after: Cell[];
  levels: { before: Record<Level, Figures>; after: Record<Level, Figures> };
  capacity: CapacityCheck[];
  roadmap: Phase[];
  investment: number;
  stranded: string[];
}

export function analyseScenario(activities: readonly Activity[], scenario: Scenario): ScenarioAnalysis {
  const after = applyMoves(activities, scenario.moves);
  const phases = roadmap(scenario.moves);
  return {
    before: cells(activities),
    after: cells(after),
    levels: { before: levelTotals(activities), after: levelTotals(after) },
    capacity: capacityChecks(activities, scenario.moves),
    roadmap: phases,
    investment: phases.reduce((s, p) => s + p.investment, 0),
    stranded: stranded(activities, scenario),
  };
}
