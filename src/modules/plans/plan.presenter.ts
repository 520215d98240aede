// What leaves the server about a plan: its settings, the tree with computed progress, expected
// progress and status on the day asked, KPIs with attainment, and the agencies named in it.
import { evaluatePlan, type IsoDate, type NodeState } from '../../core/plans';
import type { Localized } from '../../i18n/messages';
import { coreInputs, type Action, type Objective, type Plan, type PlanContents, type Report } from './plan.load';

const round1 = (x: number) => Math.round(x * 10) / 10;

export const presentPlanSummary = (p: Plan) => ({
  id: p.id,
  spaceId: p.spaceId,
  title: p.title,
  summary: p.summary,
  reportingPeriod: p.reportingPeriod,
  graceDays: p.graceDays,
  public: p.public,
});

export const presentObjective = (o: Objective) => ({
  id: o.id,
  planId: o.planId,
  code: o.code,
  position: o.position,
  title: o.title,
  priorityArea: o.priorityArea,
  weight: o.weight,
});

/** An evidence file as listed under its report (never its bytes). */
export const presentEvidence = (e: { id: string; fileName: string; mediaType: string; size: number; sha256: string; createdAt: Date }) => ({
  id: e.id,
  fileName: e.fileName,
  mediaType: e.mediaType,
  size: e.size,
  sha256: e.sha256,
  createdAt: e.createdAt.toISOString(),
});

export const presentReport = (r: Report) => ({
  id: r.id,
  actionId: r.actionId,
  period: r.period,
  percent: r.percent,
  statusNote: r.statusNote,
  narrative: r.narrative,
  kpiValues: r.kpiValues,
  submittedOn: r.submittedOn,
});

export function presentAction(a: Action) {
  return {
    id: a.id,
    objectiveId: a.objectiveId,
    code: a.code,
    title: a.title,
    leadAgencyId: a.leadOrganisationId,
    coordinatorIds: a.coordinatorIds,
    priorityArea: a.priorityArea,
    startsOn: a.startsOn,
    dueOn: a.dueOn,
    budgetPlanned: a.budgetPlanned,
    budgetSpent: a.budgetSpent,
    budgetSource: a.budgetSource,
    weight: a.weight,
    recommendations: a.recommendations,
    kpis: a.kpis.map((k) => ({ key: k.key, title: k.title, unit: k.unit, direction: k.direction, baseline: k.baseline, target: k.target, indicator: k.indicator })),
  };
}

export function presentPlan(plan: Plan, contents: PlanContents, agencies: Map<string, Localized>, today: IsoDate) {
  const inputs = coreInputs(contents);
  const states = evaluatePlan(inputs.objectives, inputs.actions, inputs.reports, today);
  const node = (s: NodeState) => ({ progress: round1(s.progress), expected: round1(s.expected), status: s.status });
  return {
    ...presentPlanSummary(plan),
    today,
    ...node(states.plan),
    objectives: contents.objectives.map((o) => ({
      id: o.id,
      code: o.code,
      title: o.title,
      priorityArea: o.priorityArea,
      weight: o.weight,
      ...node(states.objectives.get(o.id)!),
      actions: contents.actions
        .filter((a) => a.objectiveId === o.id)
        .map((a) => {
          const s = states.actions.get(a.id)!;
          return {
            ...presentAction(a),
            ...node(s),
            lastPeriod: s.lastPeriod,
            kpis: presentAction(a).kpis.map((k, i) => ({ ...k, value: s.kpis[i].value, attainment: s.kpis[i].attainment === null ? null : round1(s.kpis[i].attainment!), series: s.kpis[i].series })),
          };
        }),
    })),
    agencies: [...agencies].map(([id, name]) => ({ id, name })),
  };
}
