// Connection points: a province of the map in force on the forum's first day, or an organisation;
// one may be the main hall. Moderators are accounts. Each change audited; a point with
// registrations or check-ins is kept (deleting it would lose who came).
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import { pointLocality } from '../../core/forums';
import { SET_34_FROM } from '../../core/localities';
import type { z } from 'zod';
import type { Db } from '../../db/connection';
import type { Actor } from '../../http/actor';
import { AppError } from '../../http/errors';
import { users } from '../accounts';
import { recordAudit } from '../audit';
import type { Forum, ForumPoint } from './forum.load';
import type { PointBody, pointPatch } from './forum.schema';
import { forumPointModerators, forumPoints, forumRegistrations } from './forum.table';
import { lockForum, moveUp } from './seats';
import { formatDate } from '../../core/format';

function refusedLocality(forum: Forum, localityId: string): AppError {
  const set = forum.startsOn >= SET_34_FROM ? 34 : 63;
  return AppError.of(400, 'forum.point_locality', { set, day: formatDate(forum.startsOn), locality: localityId });
}

/** A second main hall, or a second point for one province, is refused in words (the unique indexes stay the guard). */
async function checkUnique(tx: Db, forum: Forum, body: { localityId?: string | null; mainHall?: boolean }, except: string | null) {
  const others = (await tx.select().from(forumPoints).where(eq(forumPoints.forumId, forum.id))).filter((p) => p.id !== except);
  if (body.mainHall && others.some((p) => p.mainHall)) throw AppError.of(409, 'forum.main_hall_taken');
  if (body.localityId && others.some((p) => p.localityId === body.localityId)) throw AppError.of(409, 'forum.point_taken', { name: pointLocality(body.localityId, forum.startsOn)?.fullName ?? body.localityId });
}

export async function addPoint(db: Db, actor: Actor, forum: Forum, body: PointBody, now: Date): Promise<ForumPoint> {
  if (body.localityId !== null && !pointLocality(body.localityId, forum.startsOn)) throw refusedLocality(forum, body.localityId);
  return db.transaction(async (tx) => {
      await lockForum(tx, forum.id);
      await checkUnique(tx, forum, body, null);
      const [point] = await tx.insert(forumPoints).values({ ...body, forumId: forum.id }).returning();
      await recordAudit(tx, actor, { action: 'forum.point.create', entityType: 'forum_point', entityId: point.id, spaceId: forum.spaceId, after: point }, now);
      return point;
  });
}

export async function updatePoint(db: Db, actor: Actor, forum: Forum, before: ForumPoint, patch: z.infer<typeof pointPatch>, now: Date): Promise<ForumPoint> {
  return db.transaction(async (tx) => {
      await lockForum(tx, forum.id);
      await checkUnique(tx, forum, patch, before.id);
      const [after] = await tx.update(forumPoints).set(patch).where(eq(forumPoints.id, before.id)).returning();
      await recordAudit(tx, actor, { action: 'forum.point.update', entityType: 'forum_point', entityId: before.id, spaceId: forum.spaceId, before, after }, now);
      if (patch.capacity !== undefined) await moveUp(tx, actor, forum, now);
      return after;
  });
}

export async function deletePoint(db: Db, actor: Actor, forum: Forum, point: ForumPoint, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const [used] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(forumRegistrations)
      .where(and(eq(forumRegistrations.forumId, forum.id), or(eq(forumRegistrations.pointId, point.id), eq(forumRegistrations.checkedInPointId, point.id))));
    if (used.n > 0) throw AppError.of(409, 'forum.point_in_use');
    await tx.delete(forumPoints).where(eq(forumPoints.id, point.id));
    await recordAudit(tx, actor, { action: 'forum.point.delete', entityType: 'forum_point', entityId: point.id, spaceId: forum.spaceId, before: point }, now);
  });
}

/** Replaces a point's moderators. */
export async function setModerators(db: Db, actor: Actor, forum: Forum, point: ForumPoint, userIds: string[], now: Date): Promise<string[]> {
  const ids = [...new Set(userIds)];
  const known = ids.length ? new Set((await db.select({ id: users.id }).from(users).where(inArray(users.id, ids))).map((u) => u.id)) : new Set<string>();
  const missing = ids.find((id) => !known.has(id));
  if (missing) throw AppError.of(400, 'forum.unknown_user', { id: missing });
  await db.transaction(async (tx) => {
    const before = (await tx.select({ userId: forumPointModerators.userId }).from(forumPointModerators).where(eq(forumPointModerators.pointId, point.id))).map((m) => m.userId);
    await tx.delete(forumPointModerators).where(eq(forumPointModerators.pointId, point.id));
    if (ids.length) await tx.insert(forumPointModerators).values(ids.map((userId) => ({ forumId: forum.id, pointId: point.id, userId })));
    await recordAudit(tx, actor, { action: 'forum.point.moderators', entityType: 'forum_point', entityId: point.id, spaceId: forum.spaceId, before, after: ids }, now);
  });
  return ids;
}
