// A plan evaluated on a day: each action's reported progress, expected progress, status and KPI
// attainment; each objective and the whole plan rolled up from their children (progress.ts).
import type { IsoDate } from './dates';
import { kpiAttainment, type Direction } from './kpi';
import type { PeriodKey } from './periods';
import { expectedProgress, rollUp, type WeightedChild } from './progress';
import { actionStatus, AMBER_GAP, RED_GAP, type Rag } from './status';

export type KpiDef = { key: string; baseline: number; target: number; direction: Direction };
export type ActionInput = {
  id: string;
  objectiveId: string;
  leadAgencyId: string;
  coordinatorIds: readonly string[];
  startsOn: IsoDate;
  dueOn: IsoDate;
  budgetPlanned: number | null;
  weight: number | null;
  kpis: readonly KpiDef[];
};
export type ObjectiveInput = { id: string; weight: number | null };
export type ReportInput = { actionId: string; period: PeriodKey; percent: number; submittedOn: IsoDate; kpiValues: Readonly<Record<string, number>> };

export type KpiState = { key: string; value: number | null; attainment: number | null; series: { period: PeriodKey; value: number }[] };
export type ActionState = { id: string; progress: number; expected: number; status: Rag; lastPeriod: PeriodKey | null; kpis: KpiState[] };
export type NodeState = { progress: number; expected: number; status: Rag };

/** Reports of one action up to a period (inclusive), oldest first. */
export function reportsUpTo(reports: readonly ReportInput[], actionId: string, upTo: PeriodKey | null): ReportInput[] {
  return reports.filter((r) => r.actionId === actionId && (upTo === null || r.period <= upTo)).sort((a, b) => (a.period < b.period ? -1 : 1));
}

export function evaluateAction(action: ActionInput, reports: readonly ReportInput[], today: IsoDate, upTo: PeriodKey | null = null): ActionState {
  const own = reportsUpTo(reports, action.id, upTo);
  const last = own.at(-1);
  const progress = last?.percent ?? 0;
  const kpis = action.kpis.map((k) => {
    const series = own.filter((r) => r.kpiValues[k.key] !== undefined).map((r) => ({ period: r.period, value: r.kpiValues[k.key] }));
    const value = series.at(-1)?.value ?? null;
    return { key: k.key, value, attainment: value === null ? null : kpiAttainment(k, value), series };
  });
  return {
    id: action.id,
    progress,
    expected: expectedProgress(action.startsOn, action.dueOn, today),
    status: actionStatus({ startsOn: action.startsOn, dueOn: action.dueOn, progress }, today),
    lastPeriod: last?.period ?? null,
    kpis,
  };
}

/** A parent's status from its rolled-up figures with the action thresholds; at least amber when a child is red. */
function parentStatus(progress: number, expected: number, children: readonly Rag[]): Rag {
  if (progress >= 100) return 'done';
  if (expected <= 0 && progress <= 0) return 'not-started';
  const behind = expected - progress;
  if (behind > RED_GAP) return 'red';
  if (behind > AMBER_GAP || children.includes('red')) return 'amber';
  return 'green';
}

function rollNode(children: readonly (WeightedChild & { expected: number; status: Rag })[]): NodeState {
  const progress = rollUp(children);
  const expected = rollUp(children.map((c) => ({ ...c, progress: c.expected })));
  return { progress, expected, status: children.length ? parentStatus(progress, expected, children.map((c) => c.status)) : 'not-started' };
}

export function evaluatePlan(objectives: readonly ObjectiveInput[], actions: readonly ActionInput[], reports: readonly ReportInput[], today: IsoDate) {
  const actionStates = new Map(actions.map((a) => [a.id, evaluateAction(a, reports, today)]));
  const objectiveStates = new Map(
    objectives.map((o) => {
      const children = actions
        .filter((a) => a.objectiveId === o.id)
        .map((a) => ({ ...actionStates.get(a.id)!, weight: a.weight, budget: a.budgetPlanned }));
      return [o.id, rollNode(children)];
    }),
  );
  const plan = rollNode(objectives.map((o) => ({ ...objectiveStates.get(o.id)!, weight: o.weight })));
  return { plan, objectives: objectiveStates, actions: actionStates };
}
