// Building plans: plans, objectives and actions, each change audited in its own transaction.
import { and, eq, max } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import { isUniqueViolation } from '../../db/errors';
import type { Actor } from '../../http/actor';
import { AppError } from '../../http/errors';
import { organisationNames } from '../accounts';
import { recordAudit } from '../audit';
import { optionKeysInSpace } from '../consultations';
import { findAction, type Action, type Objective, type Plan } from './plan.load';
import type { ActionBody, ActionPatch, ObjectiveBody, PlanBody } from './plan.schema';
import { planActionCoordinators, planActions, planKpis, planObjectives, plans } from './plan.table';

const codeTaken = (code: string) => (err: unknown) => {
  if (isUniqueViolation(err)) throw AppError.of(409, 'plan.code_taken', { code });
  throw err;
};

export async function createPlan(db: Db, actor: Actor, spaceId: string, body: PlanBody, now: Date): Promise<Plan> {
  return db.transaction(async (tx) => {
    const [plan] = await tx.insert(plans).values({ ...body, spaceId, createdAt: now, updatedAt: now }).returning();
    await recordAudit(tx, actor, { action: 'plan.create', entityType: 'plan', entityId: plan.id, spaceId, after: plan }, now);
    return plan;
  });
}

export async function updatePlan(db: Db, actor: Actor, plan: Plan, patch: Partial<PlanBody>, now: Date): Promise<Plan> {
  return db.transaction(async (tx) => {
    const [after] = await tx.update(plans).set({ ...patch, updatedAt: now }).where(eq(plans.id, plan.id)).returning();
    await recordAudit(tx, actor, { action: 'plan.update', entityType: 'plan', entityId: plan.id, spaceId: plan.spaceId, before: plan, after }, now);
    return after;
  });
}

export async function deletePlan(db: Db, actor: Actor, plan: Plan, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(plans).where(eq(plans.id, plan.id));
    await recordAudit(tx, actor, { action: 'plan.delete', entityType: 'plan', entityId: plan.id, spaceId: plan.spaceId, before: plan }, now);
  });
}

export async function findObjective(db: Db, plan: Plan, id: string): Promise<Objective> {
  const [o] = await db.select().from(planObjectives).where(and(eq(planObjectives.id, id), eq(planObjectives.planId, plan.id)));
  if (!o) throw AppError.of(404, 'plan.objective_not_found');
  return o;
}

export async function saveObjective(db: Db, actor: Actor, plan: Plan, before: Objective | null, body: Partial<ObjectiveBody>, now: Date): Promise<Objective> {
  return db
    .transaction(async (tx) => {
      let after: Objective;
      if (before) [after] = await tx.update(planObjectives).set(body).where(eq(planObjectives.id, before.id)).returning();
      else {
        const [{ last }] = await tx.select({ last: max(planObjectives.position) }).from(planObjectives).where(eq(planObjectives.planId, plan.id));
        [after] = await tx.insert(planObjectives).values({ ...(body as ObjectiveBody), planId: plan.id, position: (last ?? 0) + 1 }).returning();
      }
      await recordAudit(tx, actor, { action: before ? 'plan.objective.update' : 'plan.objective.create', entityType: 'plan_objective', entityId: after.id, spaceId: plan.spaceId, before, after }, now);
      return after;
    })
    .catch(codeTaken(body.code ?? before?.code ?? ''));
}

export async function deleteObjective(db: Db, actor: Actor, plan: Plan, objective: Objective, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(planObjectives).where(eq(planObjectives.id, objective.id));
    await recordAudit(tx, actor, { action: 'plan.objective.delete', entityType: 'plan_objective', entityId: objective.id, spaceId: plan.spaceId, before: objective }, now);
  });
}

/** Checks an action's references (objective, agencies, recommendations); the first bad one is a 4xx. */
async function checkReferences(tx: Db, plan: Plan, a: ActionBody) {
  const [objective] = await tx.select({ id: planObjectives.id }).from(planObjectives).where(and(eq(planObjectives.id, a.objectiveId), eq(planObjectives.planId, plan.id)));
  if (!objective) throw AppError.of(400, 'plan.objective_not_found');
  const agencyIds = [...new Set([a.leadAgencyId, ...a.coordinatorIds])];
  const known = await organisationNames(tx, agencyIds);
  const missing = agencyIds.find((id) => !known.has(id));
  if (missing) throw AppError.of(400, 'plan.unknown_organisation', { id: missing });
  const options = a.recommendations.length ? await optionKeysInSpace(tx, plan.spaceId) : [];
  for (const r of a.recommendations) {
    const found = options.some((o) => o.consultationId === r.consultationId && o.key === r.optionKey);
    if (!found) throw AppError.of(400, 'plan.unknown_recommendation', { consultation: r.consultationId, option: r.optionKey });
  }
}

/** Creates (before = null) or replaces an action with its coordinators and KPIs, inside `tx`. */
export async function writeAction(tx: Db, actor: Actor, plan: Plan, before: Action | null, a: ActionBody, now: Date): Promise<string> {
  await checkReferences(tx, plan, a);
  const { leadAgencyId, coordinatorIds, kpis, ...fields } = a;
  const row = { ...fields, leadOrganisationId: leadAgencyId };
  let id: string;
  if (before) {
    await tx.update(planActions).set(row).where(eq(planActions.id, before.id));
    await tx.delete(planActionCoordinators).where(eq(planActionCoordinators.actionId, before.id));
    await tx.delete(planKpis).where(eq(planKpis.actionId, before.id));
    id = before.id;
  } else {
    const [{ last }] = await tx.select({ last: max(planActions.position) }).from(planActions).where(eq(planActions.planId, plan.id));
    [{ id }] = await tx.insert(planActions).values({ ...row, planId: plan.id, position: (last ?? 0) + 1 }).returning({ id: planActions.id });
  }
  const coordinators = [...new Set(coordinatorIds)].filter((o) => o !== leadAgencyId);
  if (coordinators.length) await tx.insert(planActionCoordinators).values(coordinators.map((organisationId) => ({ actionId: id, organisationId })));
  if (kpis.length) await tx.insert(planKpis).values(kpis.map((k, i) => ({ ...k, actionId: id, position: i + 1 })));
  await recordAudit(tx, actor, { action: before ? 'plan.action.update' : 'plan.action.create', entityType: 'plan_action', entityId: id, spaceId: plan.spaceId, before, after: { id, ...a } }, now);
  return id;
}

/** An action as its full body, so a patch can be laid over it. */
export function actionAsBody(a: Action): ActionBody {
  return {
    objectiveId: a.objectiveId,
    code: a.code,
    title: a.title,
    leadAgencyId: a.leadOrganisationId,
    coordinatorIds: a.coordinatorIds,
    priorityArea: a.priorityArea as ActionBody['priorityArea'],
    startsOn: a.startsOn,
    dueOn: a.dueOn,
    budgetPlanned: a.budgetPlanned,
    budgetSpent: a.budgetSpent,
    budgetSource: a.budgetSource,
    weight: a.weight,
    recommendations: a.recommendations,
    kpis: a.kpis.map((k) => ({ key: k.key, title: k.title, unit: k.unit, direction: k.direction, baseline: k.baseline, target: k.target, indicator: k.indicator as ActionBody['kpis'][number]['indicator'] })),
  };
}

export async function saveAction(db: Db, actor: Actor, plan: Plan, before: Action | null, body: ActionBody | ActionPatch, now: Date) {
  const full = before ? { ...actionAsBody(before), ...body } : (body as ActionBody);
  if (full.startsOn > full.dueOn) throw AppError.of(400, 'request.invalid', { detail: 'body: the due date must not be before the start date' });
  const id = await db.transaction((tx) => writeAction(tx, actor, plan, before, full, now)).catch(codeTaken(full.code));
  return (await findAction(db, id)).action;
}

export async function deleteAction(db: Db, actor: Actor, plan: Plan, action: Action, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(planActions).where(eq(planActions.id, action.id));
    await recordAudit(tx, actor, { action: 'plan.action.delete', entityType: 'plan_action', entityId: action.id, spaceId: plan.spaceId, before: action }, now);
  });
}
