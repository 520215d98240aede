// A session's speaking queue: a participant asks to speak (from their check-in point), or a moderator
// queues someone from the floor or a point; the facilitator calls the next in order of asking, marks
// the speaker started and done, or removes an entry (a point moderator removes their point's waiting
// ones). Every step is stamped, audited, and wakes the moderators' live queue (NOTIFY forum_queue).
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import type { Actor } from '../../http/actor';
import { AppError } from '../../http/errors';
import { recordAudit } from '../audit';
import type { Forum, ForumSession, Registration } from './forum.load';
import { forumSpeakers, type SpeakerStatus } from './queue.table';

export type Speaker = typeof forumSpeakers.$inferSelect;
export const QUEUE_CHANNEL = 'forum_queue';

const notify = (tx: Db, forumId: string) => tx.execute(sql`select pg_notify(${QUEUE_CHANNEL}, ${forumId})`);
const audit = (tx: Db, actor: Actor, forum: Forum, action: string, s: Speaker, before: unknown, now: Date) =>
  recordAudit(tx, actor, { action: `forum.queue.${action}`, entityType: 'forum_speaker', entityId: s.id, spaceId: forum.spaceId, before, after: s }, now);

export const listSpeakers = (db: Db, forum: Forum, session: ForumSession): Promise<Speaker[]> =>
  db.select().from(forumSpeakers).where(and(eq(forumSpeakers.forumId, forum.id), eq(forumSpeakers.sessionId, session.id))).orderBy(asc(forumSpeakers.requestedAt), asc(forumSpeakers.id));

export async function findSpeaker(db: Db, forum: Forum, session: ForumSession, id: string): Promise<Speaker> {
  const [s] = await db.select().from(forumSpeakers).where(and(eq(forumSpeakers.id, id), eq(forumSpeakers.forumId, forum.id), eq(forumSpeakers.sessionId, session.id)));
  if (!s) throw AppError.of(404, 'forum.speaker_not_found');
  return s;
}

type NewSpeaker = { name: string; pointId: string | null; registrationId: string | null };

async function enqueue(db: Db, actor: Actor, forum: Forum, session: ForumSession, who: NewSpeaker, now: Date): Promise<Speaker> {
  return db.transaction(async (tx) => {
    const [s] = await tx.insert(forumSpeakers).values({ forumId: forum.id, sessionId: session.id, ...who, name: who.name.normalize('NFC'), requestedAt: now }).returning();
    await audit(tx, actor, forum, 'request', s, null, now);
    await notify(tx, forum.id);
    return s;
  });
}

/** A participant asks to speak; while they wait (or are called) a second request is refused. */
export async function requestToSpeak(db: Db, actor: Actor, forum: Forum, session: ForumSession, me: Registration, name: string | undefined, now: Date): Promise<Speaker> {
  const shown = name ?? me.name;
  if (!shown) throw AppError.of(400, 'forum.speaker_name_required');
  const queued = (await listSpeakers(db, forum, session)).some((s) => s.registrationId === me.id && (s.status === 'waiting' || s.status === 'called'));
  if (queued) throw AppError.of(409, 'forum.already_queued');
  return enqueue(db, actor, forum, session, { name: shown, pointId: me.checkedInPointId ?? me.pointId, registrationId: me.id }, now);
}

export const queueOnBehalf = (db: Db, actor: Actor, forum: Forum, session: ForumSession, body: { name: string; pointId: string | null }, now: Date) =>
  enqueue(db, actor, forum, session, { ...body, registrationId: null }, now);

const steps: Record<'call' | 'start' | 'done' | 'remove', { from: SpeakerStatus[]; to: SpeakerStatus; stamp?: 'calledAt' | 'startedAt' | 'finishedAt' }> = {
  call: { from: ['waiting'], to: 'called', stamp: 'calledAt' },
  start: { from: ['called'], to: 'speaking', stamp: 'startedAt' },
  done: { from: ['called', 'speaking'], to: 'done', stamp: 'finishedAt' },
  remove: { from: ['waiting', 'called'], to: 'removed' },
};

/** Moves an entry one step on (only from the statuses the step starts from; someone else's step first → 409). */
export async function stepSpeaker(db: Db, actor: Actor, forum: Forum, s: Speaker, step: keyof typeof steps, now: Date): Promise<Speaker> {
  const { from, to, stamp } = steps[step];
  if (!from.includes(s.status)) throw AppError.of(409, 'forum.speaker_step', { status: s.status });
  return db.transaction(async (tx) => {
    const [after] = await tx
      .update(forumSpeakers)
      .set({ status: to, ...(stamp ? { [stamp]: now } : {}) })
      .where(and(eq(forumSpeakers.id, s.id), eq(forumSpeakers.status, s.status)))
      .returning();
    if (!after) throw AppError.of(409, 'forum.speaker_step', { status: s.status });
    await audit(tx, actor, forum, step, after, { status: s.status }, now);
    await notify(tx, forum.id);
    return after;
  });
}

/** Calls the first one waiting, in order of asking; 409 when nobody waits. */
export async function callNext(db: Db, actor: Actor, forum: Forum, session: ForumSession, now: Date): Promise<Speaker> {
  const next = (await listSpeakers(db, forum, session)).find((s) => s.status === 'waiting');
  if (!next) throw AppError.of(409, 'forum.queue_empty');
  return stepSpeaker(db, actor, forum, next, 'call', now);
}
