// Reading a whole plan (objectives, actions with their coordinators and KPIs, reports) and the
// lookups every route starts from: plan → space, action → plan, report → action.
import { asc, eq, inArray } from 'drizzle-orm';
import type { ActionInput, ObjectiveInput, ReportInput } from '../../core/plans';
import type { Db } from '../../db/connection';
import { AppError } from '../../http/errors';
import { findSpace } from '../spaces';
import { planActionCoordinators, planActions, planKpis, planObjectives, planReports, plans } from './plan.table';

export type Plan = typeof plans.$inferSelect;
export type Objective = typeof planObjectives.$inferSelect;
export type Kpi = typeof planKpis.$inferSelect;
export type Report = typeof planReports.$inferSelect;
export type Action = typeof planActions.$inferSelect & { coordinatorIds: string[]; kpis: Kpi[] };

export async function findPlan(db: Db, id: string) {
  const [plan] = await db.select().from(plans).where(eq(plans.id, id));
  if (!plan) throw AppError.of(404, 'plan.not_found');
  const { space } = await findSpace(db, plan.spaceId);
  return { plan, space };
}

export async function findAction(db: Db, id: string) {
  const [row] = await db.select().from(planActions).where(eq(planActions.id, id));
  if (!row) throw AppError.of(404, 'plan.action_not_found');
  const [action] = await withDetails(db, [row]);
  return { action, ...(await findPlan(db, row.planId)) };
}

export async function findReport(db: Db, id: string) {
  const [report] = await db.select().from(planReports).where(eq(planReports.id, id));
  if (!report) throw AppError.of(404, 'plan.report_not_found');
  return { report, ...(await findAction(db, report.actionId)) };
}

async function withDetails(db: Db, rows: (typeof planActions.$inferSelect)[]): Promise<Action[]> {
  const ids = rows.map((r) => r.id);
  if (!ids.length) return [];
  const coordinators = await db.select().from(planActionCoordinators).where(inArray(planActionCoordinators.actionId, ids));
  const kpis = await db.select().from(planKpis).where(inArray(planKpis.actionId, ids)).orderBy(asc(planKpis.position));
  return rows.map((r) => ({
    ...r,
    coordinatorIds: coordinators.filter((c) => c.actionId === r.id).map((c) => c.organisationId).sort(),
    kpis: kpis.filter((k) => k.actionId === r.id),
  }));
}

export type PlanContents = { objectives: Objective[]; actions: Action[]; reports: Report[] };

export async function planContents(db: Db, planId: string): Promise<PlanContents> {
  const objectives = await db.select().from(planObjectives).where(eq(planObjectives.planId, planId)).orderBy(asc(planObjectives.position), asc(planObjectives.code));
  const rows = await db.select().from(planActions).where(eq(planActions.planId, planId)).orderBy(asc(planActions.position), asc(planActions.code));
  const actions = await withDetails(db, rows);
  const reports = rows.length
    ? await db.select().from(planReports).where(inArray(planReports.actionId, rows.map((r) => r.id))).orderBy(asc(planReports.period))
    : [];
  return { objectives, actions, reports };
}

export const listPlans = (db: Db, spaceId: string) => db.select().from(plans).where(eq(plans.spaceId, spaceId)).orderBy(asc(plans.createdAt));

/** The organisation a person belongs to (the one whose actions they report on). */
export { organisationOf } from '../accounts';

/** The pure core's view of the stored plan. */
export function coreInputs(contents: PlanContents): { objectives: ObjectiveInput[]; actions: ActionInput[]; reports: ReportInput[] } {
  return {
    objectives: contents.objectives.map((o) => ({ id: o.id, weight: o.weight })),
    actions: contents.actions.map((a) => ({
      id: a.id,
      objectiveId: a.objectiveId,
      leadAgencyId: a.leadOrganisationId,
      coordinatorIds: a.coordinatorIds,
      startsOn: a.startsOn,
      dueOn: a.dueOn,
      budgetPlanned: a.budgetPlanned,
      weight: a.weight,
      kpis: a.kpis.map((k) => ({ key: k.key, baseline: k.baseline, target: k.target, direction: k.direction })),
    })),
    reports: contents.reports.map((r) => ({ actionId: r.actionId, period: r.period, percent: r.percent, submittedOn: r.submittedOn, kpiValues: r.kpiValues })),
  };
}
