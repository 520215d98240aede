// Recommendations: captured (text, a source of this forum, proposing point, owner agency, review date),
// accepted or declined by a facilitator with a note, and turned into a plan action in one transaction
// (the action written through plans' index, the recommendation keeping its id). Every change audited.
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/connection';
import type { Actor } from '../../http/actor';
import { AppError } from '../../http/errors';
import { recordAudit } from '../audit';
import { vietnamDay } from '../../core/plans';
import { actionFollowUps, addActionInSpace, spaceAgencies, type NewAction } from '../plans';
import { findPoint, type Forum } from './forum.load';
import { findSource } from './recommendation.source';
import type { recommendationBody } from './recommendation.schema';
import { forumRecommendations } from './recommendation.table';

export type Recommendation = typeof forumRecommendations.$inferSelect;
type Body = z.infer<typeof recommendationBody>;

const audit = (tx: Db, actor: Actor, forum: Forum, action: string, r: Recommendation, before: unknown, now: Date) =>
  recordAudit(tx, actor, { action: `forum.recommendation.${action}`, entityType: 'forum_recommendation', entityId: r.id, spaceId: forum.spaceId, before, after: r }, now);

export async function captureRecommendation(db: Db, actor: Actor, forum: Forum, body: Body, now: Date): Promise<Recommendation> {
  if (body.pointId) await findPoint(db, forum, body.pointId, 400);
  if (body.source) await findSource(db, forum, body.source);
  if (body.ownerOrganisationId && !(await spaceAgencies(db, forum.spaceId)).has(body.ownerOrganisationId)) {
    throw AppError.of(400, 'forum.recommendation_unknown_agency', { id: body.ownerOrganisationId });
  }
  const row = {
    forumId: forum.id,
    text: body.text.normalize('NFC'),
    sourceKind: body.source?.kind ?? null,
    sourceId: body.source?.id ?? null,
    pointId: body.pointId,
    owner: body.owner.normalize('NFC'),
    ownerOrganisationId: body.ownerOrganisationId,
    reviewOn: body.reviewOn,
    createdByUserId: actor.userId,
    createdAt: now,
  };
  return db.transaction(async (tx) => {
    const [r] = await tx.insert(forumRecommendations).values(row).returning();
    await audit(tx, actor, forum, 'create', r, null, now);
    return r;
  });
}

export async function listRecommendations(db: Db, forum: Forum): Promise<Recommendation[]> {
  return db.select().from(forumRecommendations).where(eq(forumRecommendations.forumId, forum.id)).orderBy(asc(forumRecommendations.createdAt), asc(forumRecommendations.id));
}

/** A recommendation of this forum, or 404 (another forum's does not exist here). */
export async function findRecommendation(db: Db, forum: Forum, id: string): Promise<Recommendation> {
  const [r] = await db.select().from(forumRecommendations).where(and(eq(forumRecommendations.id, id), eq(forumRecommendations.forumId, forum.id)));
  if (!r) throw AppError.of(404, 'forum.recommendation_not_found');
  return r;
}

export async function decideRecommendation(db: Db, actor: Actor, forum: Forum, r: Recommendation, decision: 'accepted' | 'declined', note: string, now: Date) {
  if (r.actionId) throw AppError.of(409, 'forum.recommendation_in_plan');
  return db.transaction(async (tx) => {
    const [after] = await tx
      .update(forumRecommendations)
      .set({ status: decision, decisionNote: note.normalize('NFC') || null, decidedAt: now })
      .where(and(eq(forumRecommendations.id, r.id), eq(forumRecommendations.status, r.status)))
      .returning();
    if (!after) throw AppError.of(409, 'forum.recommendation_changed');
    await audit(tx, actor, forum, decision === 'accepted' ? 'accept' : 'decline', after, { status: r.status, decisionNote: r.decisionNote }, now);
    return after;
  });
}

/** One transaction: the plan action is created and the recommendation keeps its id (only an accepted one, once). */
export async function recommendationIntoPlan(db: Db, actor: Actor, forum: Forum, r: Recommendation, planId: string, action: NewAction, now: Date) {
  if (r.status !== 'accepted') throw AppError.of(409, 'forum.recommendation_not_accepted');
  if (r.actionId) throw AppError.of(409, 'forum.recommendation_in_plan');
  return db.transaction(async (tx) => {
    const actionId = await addActionInSpace(tx, actor, forum.spaceId, planId, action, now);
    const [after] = await tx
      .update(forumRecommendations)
      .set({ actionId })
      .where(and(eq(forumRecommendations.id, r.id), eq(forumRecommendations.status, 'accepted'), isNull(forumRecommendations.actionId)))
      .returning();
    if (!after) throw AppError.of(409, 'forum.recommendation_changed');
    await audit(tx, actor, forum, 'into_plan', after, { actionId: r.actionId }, now);
    return after;
  });
}

/** Where the plan actions of these recommendations stand today (Viet Nam), read from the plans. */
export const followUpsOf = (db: Db, recs: readonly Recommendation[], now: Date) =>
  actionFollowUps(db, recs.flatMap((r) => (r.actionId ? [r.actionId] : [])), vietnamDay(now));

/** The plan action's fields a facilitator left out, taken from the recommendation. */
export function actionFor(r: Recommendation, body: { code: string; objectiveId: string; title?: { vi: string; en: string | null }; leadAgencyId?: string; startsOn?: string; dueOn?: string }, now: Date): NewAction {
  const leadAgencyId = body.leadAgencyId ?? r.ownerOrganisationId;
  if (!leadAgencyId) throw AppError.of(400, 'forum.recommendation_no_lead');
  const dueOn = body.dueOn ?? r.reviewOn;
  if (!dueOn) throw AppError.of(400, 'forum.recommendation_no_due');
  const vi = (body.title?.vi ?? r.text).normalize('NFC').slice(0, 500);
  return { objectiveId: body.objectiveId, code: body.code, title: { vi, en: body.title?.en?.normalize('NFC') ?? vi }, leadAgencyId, startsOn: body.startsOn ?? vietnamDay(now), dueOn };
}

/** The accepted recommendations with their follow-up, for the public page. */
export async function publicRecommendations(db: Db, forum: Forum, now: Date) {
  const accepted = (await listRecommendations(db, forum)).filter((r) => r.status === 'accepted');
  const followUps = await followUpsOf(db, accepted, now);
  return accepted.map((r) => ({ id: r.id, text: r.text, owner: r.owner, reviewOn: r.reviewOn, status: r.status, followUp: (r.actionId && followUps.get(r.actionId)) || null }));
}
