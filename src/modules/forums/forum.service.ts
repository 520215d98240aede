// Building forums: create, change, publish and delete, each audited in its own transaction. A change
// of capacity moves the waiting list up in the same transaction (seats.ts).
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import { isUniqueViolation } from '../../db/errors';
import type { Actor } from '../../http/actor';
import { AppError } from '../../http/errors';
import { recordAudit } from '../audit';
import type { Forum } from './forum.load';
import type { ForumBody } from './forum.schema';
import { forums } from './forum.table';
import { lockForum, moveUp } from './seats';

const slugTaken = (slug: string) => (err: unknown) => {
  if (isUniqueViolation(err)) throw AppError.of(409, 'forum.slug_taken', { slug });
  throw err;
};

function checkDates(f: { startsOn: string; endsOn: string }) {
  if (f.endsOn < f.startsOn) throw AppError.of(400, 'forum.dates');
}

export async function createForum(db: Db, actor: Actor, spaceId: string, body: ForumBody, now: Date, illustrative = false): Promise<Forum> {
  checkDates(body);
  return db
    .transaction(async (tx) => {
      const [forum] = await tx.insert(forums).values({ ...body, spaceId, illustrative, createdAt: now, updatedAt: now }).returning();
      await recordAudit(tx, actor, { action: 'forum.create', entityType: 'forum', entityId: forum.id, spaceId, after: forum }, now);
      return forum;
    })
    .catch(slugTaken(body.slug));
}

export async function updateForum(db: Db, actor: Actor, before: Forum, patch: Partial<ForumBody>, now: Date): Promise<Forum> {
  checkDates({ ...before, ...patch });
  return db
    .transaction(async (tx) => {
      await lockForum(tx, before.id);
      const [after] = await tx.update(forums).set({ ...patch, updatedAt: now }).where(eq(forums.id, before.id)).returning();
      await recordAudit(tx, actor, { action: 'forum.update', entityType: 'forum', entityId: before.id, spaceId: before.spaceId, before, after }, now);
      if (patch.capacity !== undefined) await moveUp(tx, actor, after, now);
      return after;
    })
    .catch(slugTaken(patch.slug ?? before.slug));
}

export async function publishForum(db: Db, actor: Actor, before: Forum, now: Date): Promise<Forum> {
  return db.transaction(async (tx) => {
    const [after] = await tx.update(forums).set({ status: 'published', updatedAt: now }).where(eq(forums.id, before.id)).returning();
    await recordAudit(tx, actor, { action: 'forum.publish', entityType: 'forum', entityId: before.id, spaceId: before.spaceId, before: { status: before.status }, after: { status: after.status } }, now);
    return after;
  });
}

export async function deleteForum(db: Db, actor: Actor, forum: Forum, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(forums).where(eq(forums.id, forum.id));
    await recordAudit(tx, actor, { action: 'forum.delete', entityType: 'forum', entityId: forum.id, spaceId: forum.spaceId, before: forum }, now);
  });
}
