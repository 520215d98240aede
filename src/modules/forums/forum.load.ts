// Reading forums: a forum with its space, the caller's standing in it, and a forum's whole contents
// (agenda, points with moderators, registration and check-in counts) for the API and the pages.
import { and, asc, count, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import type { Actor } from '../../http/actor';
import { AppError } from '../../http/errors';
import { spaces, type Space } from '../spaces';
import { baseAccess, type ForumAccess } from './forum.policy';
import { forumItems, forumPointModerators, forumPoints, forumRegistrations, forums, forumSessions } from './forum.table';

export type Forum = typeof forums.$inferSelect;
export type ForumSession = typeof forumSessions.$inferSelect;
export type ForumItem = typeof forumItems.$inferSelect;
export type ForumPoint = typeof forumPoints.$inferSelect;
export type Registration = typeof forumRegistrations.$inferSelect;
export type PointCounts = Map<string, { registered: number; checkedIn: number }>;
export type ForumContents = { sessions: ForumSession[]; items: ForumItem[]; points: ForumPoint[]; moderators: Map<string, string[]>; counts: PointCounts };

/** The forum and its space in one query (every forum call starts here: a participant's upvote too). */
export async function findForum(db: Db, id: string): Promise<{ forum: Forum; space: Space }> {
  const [found] = await db.select({ forum: forums, space: spaces }).from(forums).innerJoin(spaces, eq(spaces.id, forums.spaceId)).where(eq(forums.id, id));
  if (!found) throw AppError.of(404, 'forum.not_found');
  return found;
}

export async function findForumBySlug(db: Db, slug: string): Promise<Forum | null> {
  const [forum] = await db.select().from(forums).where(eq(forums.slug, slug));
  return forum ?? null;
}

export async function listForums(db: Db, spaceId: string): Promise<Forum[]> {
  return db.select().from(forums).where(eq(forums.spaceId, spaceId)).orderBy(asc(forums.startsOn), asc(forums.slug));
}

export async function accessOf(db: Db, actor: Actor, forum: Forum, space: Space): Promise<ForumAccess> {
  const base = baseAccess(actor, space);
  if (!actor.userId) return { ...base, moderates: new Set(), registered: false };
  const moderated = await db.select({ pointId: forumPointModerators.pointId }).from(forumPointModerators).where(and(eq(forumPointModerators.forumId, forum.id), eq(forumPointModerators.userId, actor.userId)));
  const [mine] = await db.select({ id: forumRegistrations.id }).from(forumRegistrations).where(and(eq(forumRegistrations.forumId, forum.id), eq(forumRegistrations.userId, actor.userId), ne(forumRegistrations.status, 'cancelled')));
  return { ...base, moderates: new Set(moderated.map((m) => m.pointId)), registered: mine !== undefined };
}

/** Registered (seated) and checked-in people per point. */
export async function pointCounts(db: Db, forumId: string): Promise<PointCounts> {
  const counts: PointCounts = new Map();
  const at = (id: string) => counts.get(id) ?? counts.set(id, { registered: 0, checkedIn: 0 }).get(id)!;
  const seated = await db.select({ pointId: forumRegistrations.pointId, n: count() }).from(forumRegistrations).where(and(eq(forumRegistrations.forumId, forumId), eq(forumRegistrations.status, 'registered'))).groupBy(forumRegistrations.pointId);
  for (const r of seated) if (r.pointId) at(r.pointId).registered = r.n;
  const present = await db
    .select({ pointId: forumRegistrations.checkedInPointId, n: count() })
    .from(forumRegistrations)
    .where(and(eq(forumRegistrations.forumId, forumId), sql`${forumRegistrations.checkedInAt} is not null`))
    .groupBy(forumRegistrations.checkedInPointId);
  for (const r of present) if (r.pointId) at(r.pointId).checkedIn = r.n;
  return counts;
}

export async function forumContents(db: Db, forum: Forum): Promise<ForumContents> {
  const sessions = await db.select().from(forumSessions).where(eq(forumSessions.forumId, forum.id)).orderBy(asc(forumSessions.startsAt), asc(forumSessions.id));
  const items = await db.select().from(forumItems).where(eq(forumItems.forumId, forum.id)).orderBy(asc(forumItems.startsAt), asc(forumItems.id));
  const points = await db.select().from(forumPoints).where(eq(forumPoints.forumId, forum.id));
  const mods = points.length ? await db.select().from(forumPointModerators).where(inArray(forumPointModerators.pointId, points.map((p) => p.id))) : [];
  const moderators = new Map<string, string[]>();
  for (const m of mods) moderators.set(m.pointId, [...(moderators.get(m.pointId) ?? []), m.userId]);
  return { sessions, items, points, moderators, counts: await pointCounts(db, forum.id) };
}

export async function findPoint(db: Db, forum: Forum, pointId: string, status = 404): Promise<ForumPoint> {
  const [point] = await db.select().from(forumPoints).where(and(eq(forumPoints.id, pointId), eq(forumPoints.forumId, forum.id)));
  if (!point) throw AppError.of(status, 'forum.point_not_found');
  return point;
}
