// The waiting list in the database: every change of seats runs under the forum's row lock, so two
// registrations for the last seat are ordered (one registered, one waiting) and a cancellation's
// promotions happen in the cancelling transaction. The rule itself is core/forums/waiting-list.ts.
import { and, eq, inArray, max, ne } from 'drizzle-orm';
import { placeFor, promotions, type Capacity, type Seat, type SeatStatus } from '../../core/forums';
import type { Db } from '../../db/connection';
import type { Actor } from '../../http/actor';
import { recordAudit } from '../audit';
import type { Forum } from './forum.load';
import { forumPoints, forumRegistrations, forums } from './forum.table';

export async function lockForum(tx: Db, forumId: string): Promise<void> {
  await tx.select({ id: forums.id }).from(forums).where(eq(forums.id, forumId)).for('update');
}

/** Live seats and capacities of a locked forum. */
async function seatsOf(tx: Db, forum: Forum): Promise<{ seats: Seat[]; capacity: Capacity }> {
  const rows = await tx
    .select({ id: forumRegistrations.id, pointId: forumRegistrations.pointId, status: forumRegistrations.status, seq: forumRegistrations.seq })
    .from(forumRegistrations)
    .where(and(eq(forumRegistrations.forumId, forum.id), ne(forumRegistrations.status, 'cancelled')));
  const points = await tx.select({ id: forumPoints.id, capacity: forumPoints.capacity }).from(forumPoints).where(eq(forumPoints.forumId, forum.id));
  const [{ capacity }] = await tx.select({ capacity: forums.capacity }).from(forums).where(eq(forums.id, forum.id));
  return { seats: rows as Seat[], capacity: { forum: capacity, points: new Map(points.map((p) => [p.id, p.capacity])) } };
}

/** Where a newcomer at `pointId` goes and the arrival number they get; the forum must be locked. */
export async function nextSeat(tx: Db, forum: Forum, pointId: string | null): Promise<{ status: SeatStatus; seq: number }> {
  const [{ last }] = await tx.select({ last: max(forumRegistrations.seq) }).from(forumRegistrations).where(eq(forumRegistrations.forumId, forum.id));
  // Without a limit on the forum or the point there is always a seat: no need to read the others.
  if (!(await limited(tx, forum, pointId))) return { status: 'registered', seq: (last ?? 0) + 1 };
  const { seats, capacity } = await seatsOf(tx, forum);
  return { status: placeFor(seats, capacity, pointId), seq: (last ?? 0) + 1 };
}

async function limited(tx: Db, forum: Forum, pointId: string | null): Promise<boolean> {
  const [{ capacity }] = await tx.select({ capacity: forums.capacity }).from(forums).where(eq(forums.id, forum.id));
  if (capacity !== null || pointId === null) return capacity !== null;
  const [point] = await tx.select({ capacity: forumPoints.capacity }).from(forumPoints).where(eq(forumPoints.id, pointId));
  return point?.capacity != null;
}

/** Seats still free at `pointId` (forum and point limits both), Infinity without limits; the forum must be locked. */
export async function freeSeats(tx: Db, forum: Forum, pointId: string): Promise<number> {
  const { seats, capacity } = await seatsOf(tx, forum);
  const seated = seats.filter((s) => s.status === 'registered');
  const inForum = capacity.forum === null ? Infinity : capacity.forum - seated.length;
  const limit = capacity.points.get(pointId) ?? null;
  const atPoint = limit === null ? Infinity : limit - seated.filter((s) => s.pointId === pointId).length;
  return Math.max(0, Math.min(inForum, atPoint));
}

/** Moves up everyone on the waiting list who now fits, each move audited; the forum must be locked. */
export async function moveUp(tx: Db, actor: Actor, forum: Forum, now: Date): Promise<void> {
  const { seats, capacity } = await seatsOf(tx, forum);
  const moved = promotions(seats, capacity);
  if (!moved.length) return;
  await tx.update(forumRegistrations).set({ status: 'registered' }).where(inArray(forumRegistrations.id, moved));
  for (const id of moved) {
    await recordAudit(tx, actor, { action: 'forum.registration.move_up', entityType: 'forum_registration', entityId: id, spaceId: forum.spaceId, before: { status: 'waiting' }, after: { status: 'registered' } }, now);
  }
}

