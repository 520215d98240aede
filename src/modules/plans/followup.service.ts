// What other modules need to follow something up in a plan: an action added to one of a space's plans
// (forum recommendations become actions this way), and where an action stands today — its latest
// progress report and schedule status — read from the plan each time, never copied.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { evaluateAction, type IsoDate, type Rag } from '../../core/plans';
import type { Db } from '../../db/connection';
import { isUniqueViolation } from '../../db/errors';
import type { Actor } from '../../http/actor';
import { AppError } from '../../http/errors';
import type { Localized } from '../../i18n/messages';
import { organisationNames } from '../accounts';
import { findSpace } from '../spaces';
import { coreInputs } from './plan.load';
import type { ActionBody } from './plan.schema';
import { writeAction } from './plan.service';
import { planActionCoordinators, planActions, planReports, plans } from './plan.table';

export type NewAction = Pick<ActionBody, 'objectiveId' | 'code' | 'title' | 'leadAgencyId' | 'startsOn' | 'dueOn'>;

/** Inside `tx`: adds an action to a plan of `spaceId` (a plan elsewhere is refused as unknown); its id.
 * A taken code is refused in words; the caller's transaction then rolls back whole. */
export async function addActionInSpace(tx: Db, actor: Actor, spaceId: string, planId: string, a: NewAction, now: Date): Promise<string> {
  const [plan] = await tx.select().from(plans).where(and(eq(plans.id, planId), eq(plans.spaceId, spaceId)));
  if (!plan) throw AppError.of(400, 'plan.not_found');
  if (a.startsOn > a.dueOn) throw AppError.of(400, 'request.invalid', { detail: 'body: the due date must not be before the start date' });
  const body: ActionBody = { ...a, coordinatorIds: [], priorityArea: null, budgetPlanned: null, budgetSpent: null, budgetSource: null, weight: null, recommendations: [], kpis: [] };
  try {
    return await writeAction(tx, actor, plan, null, body, now);
  } catch (err) {
    if (isUniqueViolation(err)) throw AppError.of(409, 'plan.code_taken', { code: a.code });
    throw err;
  }
}

/** Every agency named in the space's plans (lead or coordinating), by name. */
export async function spaceAgencies(db: Db, spaceId: string): Promise<Map<string, Localized>> {
  const leads = await db.selectDistinct({ id: planActions.leadOrganisationId }).from(planActions).innerJoin(plans, eq(plans.id, planActions.planId)).where(eq(plans.spaceId, spaceId));
  const helpers = await db
    .selectDistinct({ id: planActionCoordinators.organisationId })
    .from(planActionCoordinators)
    .innerJoin(planActions, eq(planActions.id, planActionCoordinators.actionId))
    .innerJoin(plans, eq(plans.id, planActions.planId))
    .where(eq(plans.spaceId, spaceId));
  const names = await organisationNames(db, [...new Set([...leads, ...helpers].map((r) => r.id))]);
  return new Map([...names].sort(([, a], [, b]) => a.vi.localeCompare(b.vi, 'vi')));
}

export type FollowUp = {
  actionId: string;
  planId: string;
  planTitle: Localized;
  /** The space's public dashboard /d/{slug} shows this plan: null when it does not. */
  dashboardSlug: string | null;
  code: string;
  title: Localized;
  leadAgency: Localized | null;
  dueOn: IsoDate;
  status: Rag;
  /** The latest report's percent (0 before any report). */
  progress: number;
  lastReport: { period: string; submittedOn: IsoDate; statusNote: string } | null;
};

/** Where each of these actions stands on `today` (actions since deleted are left out). */
export async function actionFollowUps(db: Db, actionIds: readonly string[], today: IsoDate): Promise<Map<string, FollowUp>> {
  const out = new Map<string, FollowUp>();
  if (!actionIds.length) return out;
  const rows = await db.select({ action: planActions, plan: plans }).from(planActions).innerJoin(plans, eq(plans.id, planActions.planId)).where(inArray(planActions.id, [...actionIds]));
  const reports = await db.select().from(planReports).where(inArray(planReports.actionId, rows.map((r) => r.action.id))).orderBy(asc(planReports.period));
  const agencies = await organisationNames(db, [...new Set(rows.map((r) => r.action.leadOrganisationId))]);
  for (const { action, plan } of rows) {
    const own = reports.filter((r) => r.actionId === action.id);
    const [input] = coreInputs({ objectives: [], actions: [{ ...action, coordinatorIds: [], kpis: [] }], reports: own }).actions;
    const state = evaluateAction(input, coreInputs({ objectives: [], actions: [], reports: own }).reports, today);
    const last = own.at(-1);
    const { space } = await findSpace(db, plan.spaceId);
    out.set(action.id, {
      actionId: action.id,
      planId: plan.id,
      planTitle: plan.title,
      dashboardSlug: space.visibility === 'public' || plan.public ? space.slug : null,
      code: action.code,
      title: action.title,
      leadAgency: agencies.get(action.leadOrganisationId) ?? null,
      dueOn: action.dueOn,
      status: state.status,
      progress: state.progress,
      lastReport: last ? { period: last.period, submittedOn: last.submittedOn, statusNote: last.statusNote } : null,
    });
  }
  return out;
}
