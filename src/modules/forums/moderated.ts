// The connection points someone moderates, in published forums: what a point moderator without a
// role in the forum's space starts from (their sign-in's home page, the space's forum list).
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import type { Forum, ForumPoint } from './forum.load';
import { forumPointModerators, forumPoints, forums } from './forum.table';

export type ModeratedPoint = { forum: Forum; point: ForumPoint };

export async function moderatedPoints(db: Db, userId: string | null, spaceId?: string): Promise<ModeratedPoint[]> {
  if (!userId) return [];
  const inSpace = spaceId ? eq(forums.spaceId, spaceId) : undefined;
  return db
    .select({ forum: forums, point: forumPoints })
    .from(forumPointModerators)
    .innerJoin(forums, eq(forums.id, forumPointModerators.forumId))
    .innerJoin(forumPoints, eq(forumPoints.id, forumPointModerators.pointId))
    .where(and(eq(forumPointModerators.userId, userId), eq(forums.status, 'published'), inSpace))
    .orderBy(asc(forums.startsOn), asc(forums.slug));
}

/** Each forum of `points` once, in their order. */
export const forumsOf = (points: readonly ModeratedPoint[]): Forum[] => [...new Map(points.map(({ forum }) => [forum.id, forum])).values()];
