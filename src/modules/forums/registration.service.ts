// Registrations: a seat or a place on the waiting list (seats.ts, under the forum's row lock), a
// random code shown once and kept hashed, cancellation that moves the waiting list up in the same
// transaction, cards issued for a point, and check-in by code. Every change audited.
import { randomBytes } from 'node:crypto';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { formatCode, normaliseCode } from '../../core/forums';
import { formatDateTime } from '../../core/format';
import type { Db } from '../../db/connection';
import type { Actor } from '../../http/actor';
import { AppError } from '../../http/errors';
import { sha256 } from '../accounts';
import { recordAudit } from '../audit';
import { findPoint, type Forum, type ForumPoint, type Registration } from './forum.load';
import { forumRegistrations } from './forum.table';
import { pointName } from './point.name';
import { freeSeats, lockForum, moveUp, nextSeat } from './seats';

const newCode = () => formatCode(randomBytes(12));
const hashOf = (code: string) => sha256(normaliseCode(code) ?? code);
const audit = (tx: Db, actor: Actor, forum: Forum, action: string, r: Registration, before: unknown = null) =>
  recordAudit(tx, actor, { action: `forum.registration.${action}`, entityType: 'forum_registration', entityId: r.id, spaceId: forum.spaceId, before, after: { ...r, codeHash: undefined } }, r.createdAt);

type Who = { userId: string | null; name: string | null };

/** Registers `who` (at `pointId`, if given); the code is in the answer only. */
export async function register(db: Db, actor: Actor, forum: Forum, who: Who, pointId: string | null, now: Date): Promise<{ registration: Registration; code: string }> {
  if (forum.status !== 'published') throw AppError.of(409, 'forum.not_published');
  if (pointId) await findPoint(db, forum, pointId, 400);
  const code = newCode();
  return db.transaction(async (tx) => {
    await lockForum(tx, forum.id);
    if (who.userId) {
      const [mine] = await tx.select({ status: forumRegistrations.status }).from(forumRegistrations).where(and(eq(forumRegistrations.forumId, forum.id), eq(forumRegistrations.userId, who.userId)));
      if (mine && mine.status !== 'cancelled') throw AppError.of(409, 'forum.already_registered');
    }
    const seat = await nextSeat(tx, forum, pointId);
    const [registration] = await tx.insert(forumRegistrations).values({ forumId: forum.id, pointId, ...who, ...seat, codeHash: hashOf(code), createdAt: now }).returning();
    await audit(tx, actor, forum, 'create', registration);
    return { registration, code };
  });
}

/** `count` seated registrations at a point, for printed cards; all or none. */
export async function issueCards(db: Db, actor: Actor, forum: Forum, point: ForumPoint, count: number, now: Date): Promise<string[]> {
  if (forum.status !== 'published') throw AppError.of(409, 'forum.not_published');
  const codes = Array.from({ length: count }, newCode);
  await db.transaction(async (tx) => {
    await lockForum(tx, forum.id);
    const free = await freeSeats(tx, forum, point.id);
    if (free < count) throw AppError.of(409, 'forum.cards_over_capacity', { free, count });
    const { seq } = await nextSeat(tx, forum, point.id);
    const rows = codes.map((code, i) => ({ forumId: forum.id, pointId: point.id, userId: null, name: null, seq: seq + i, status: 'registered' as const, codeHash: hashOf(code), createdAt: now }));
    await tx.insert(forumRegistrations).values(rows);
    await recordAudit(tx, actor, { action: 'forum.registration.cards', entityType: 'forum_point', entityId: point.id, spaceId: forum.spaceId, after: { count } }, now);
  });
  return codes;
}

export async function findRegistration(db: Db, forum: Forum, id: string): Promise<Registration> {
  const [r] = await db.select().from(forumRegistrations).where(and(eq(forumRegistrations.id, id), eq(forumRegistrations.forumId, forum.id)));
  if (!r) throw AppError.of(404, 'forum.registration_not_found');
  return r;
}

export async function cancel(db: Db, actor: Actor, forum: Forum, r: Registration, now: Date): Promise<void> {
  if (r.status === 'cancelled') throw AppError.of(404, 'forum.registration_not_found');
  await db.transaction(async (tx) => {
    await lockForum(tx, forum.id);
    const [after] = await tx.update(forumRegistrations).set({ status: 'cancelled' }).where(and(eq(forumRegistrations.id, r.id), eq(forumRegistrations.status, r.status))).returning();
    if (!after) throw AppError.of(404, 'forum.registration_not_found');
    await recordAudit(tx, actor, { action: 'forum.registration.cancel', entityType: 'forum_registration', entityId: r.id, spaceId: forum.spaceId, before: { status: r.status }, after: { status: 'cancelled' } }, now);
    await moveUp(tx, actor, forum, now);
  });
}

/** Checks the holder of `code` in at `point`; `ownOnly` limits a participant to their own code (a card's, if not signed in); the participant cookie's hash is kept. */
export async function checkIn(db: Db, actor: Actor, forum: Forum, point: ForumPoint, code: string, ownOnly: boolean, now: Date, participantTokenHash?: string): Promise<Registration> {
  const [r] = await db.select().from(forumRegistrations).where(eq(forumRegistrations.codeHash, hashOf(code)));
  if (!r) throw AppError.of(404, 'forum.code_unknown');
  if (r.forumId !== forum.id) throw AppError.of(409, 'forum.code_other_forum');
  if (ownOnly && r.userId !== actor.userId) throw AppError.of(403, 'auth.forbidden');
  if (r.checkedInAt) throw AppError.of(409, 'forum.code_used', { at: formatDateTime(r.checkedInAt) });
  if (r.status !== 'registered') throw AppError.of(409, 'forum.code_waiting');
  if (r.pointId && r.pointId !== point.id) throw AppError.of(409, 'forum.code_other_point', { point: pointName(forum, await findPoint(db, forum, r.pointId)).vi });
  return db.transaction(async (tx) => {
    const [after] = await tx
      .update(forumRegistrations)
      .set({ checkedInAt: now, checkedInPointId: point.id, ...(participantTokenHash && { participantTokenHash }) })
      .where(and(eq(forumRegistrations.id, r.id), isNull(forumRegistrations.checkedInAt), eq(forumRegistrations.status, 'registered')))
      .returning();
    // Checked in by someone else a moment ago: the same answer as a used code.
    if (!after) throw AppError.of(409, 'forum.code_used', { at: formatDateTime(now) });
    await recordAudit(tx, actor, { action: 'forum.check_in', entityType: 'forum_registration', entityId: r.id, spaceId: forum.spaceId, after: { pointId: point.id, at: now } }, now);
    return after;
  });
}

/** Every live registration of the forum (or of one point), in order of arrival. */
export async function listRegistrations(db: Db, forum: Pick<Forum, 'id'>, pointId?: string): Promise<Registration[]> {
  const rows = await db.select().from(forumRegistrations).where(eq(forumRegistrations.forumId, forum.id)).orderBy(asc(forumRegistrations.seq));
  return rows.filter((r) => r.status !== 'cancelled' && (pointId === undefined || r.pointId === pointId || r.checkedInPointId === pointId));
}

export async function myRegistration(db: Db, forum: Forum, userId: string | null): Promise<Registration | null> {
  if (!userId) return null;
  const rows = await db.select().from(forumRegistrations).where(and(eq(forumRegistrations.forumId, forum.id), eq(forumRegistrations.userId, userId)));
  return rows.find((r) => r.status !== 'cancelled') ?? null;
}
