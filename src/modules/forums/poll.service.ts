// Live polls: a facilitator creates one on an agenda item (a consultation whose groups are the forum's
// points), opens and closes it; a checked-in participant casts one ballot, counted in the group of
// their check-in point. The ballot is the consultation's anonymous ballot (random key, no token, no
// time), written with group commit by poll.writer.ts; that this registration has voted is a row of
// forum_poll_voters written in the batch's transaction, so a second ballot finds it and nothing is stored. Closing rewrites the ballots in key
// order (consultations' changeStatus), as for any consultation.
import { and, asc, eq, sql } from 'drizzle-orm';
import { checkBallot } from '../../core/consultations/ballot-rules';
import type { BallotInput, BallotSpec } from '../../core/consultations/spec';
import type { Db } from '../../db/connection';
import type { Actor } from '../../http/actor';
import { AppError } from '../../http/errors';
import { recordAudit } from '../audit';
import { changeStatus, createConsultation, findConsultation, type ConsultationSpec } from '../consultations';
import type { Forum, Registration } from './forum.load';
import { forumItems, forumPoints } from './forum.table';
import { pointName, sortedPoints } from './forum.presenter';
import type { PollBody, PollMethod } from './poll.schema';
import { forumPolls, forumPollVoters } from './poll.table';
import type { PollReceipt, PollSink } from './poll.writer';

export type Poll = typeof forumPolls.$inferSelect;
export type PollConsultation = Awaited<ReturnType<typeof findConsultation>>;
export const POLLS_CHANNEL = 'forum_polls';

const notify = (tx: Db, forumId: string) => tx.execute(sql`select pg_notify(${POLLS_CHANNEL}, ${forumId})`);
const both = (t: { vi: string; en: string | null }) => ({ vi: t.vi.normalize('NFC'), en: (t.en ?? t.vi).normalize('NFC') });

function ballotSpec(body: PollBody): BallotSpec {
  if (body.method === 'score') return { type: 'score', scale: body.scale ?? 5 };
  return { type: body.method, min: 1, max: Math.min(body.max ?? body.options.length, body.options.length) };
}

export async function createPoll(db: Db, actor: Actor, forum: Forum, body: PollBody, now: Date, illustrative = false): Promise<Poll> {
  const [item] = await db.select({ id: forumItems.id }).from(forumItems).where(and(eq(forumItems.id, body.itemId), eq(forumItems.forumId, forum.id)));
  if (!item) throw AppError.of(400, 'forum.item_not_found');
  const points = sortedPoints(forum, await db.select().from(forumPoints).where(eq(forumPoints.forumId, forum.id)));
  const spec: ConsultationSpec = {
    title: both(body.title),
    spaceId: forum.spaceId,
    options: body.options.map((o, i) => ({ key: `o${i + 1}`, title: both(o) })),
    ballot: ballotSpec(body),
    groups: points.map((p) => ({ key: p.id, title: pointName(forum, p) })),
    clusters: [],
    access: 'invite',
    illustrative: illustrative || forum.illustrative,
  };
  return db.transaction(async (tx) => {
    const c = await createConsultation(tx, actor, spec, now);
    const [poll] = await tx.insert(forumPolls).values({ forumId: forum.id, itemId: item.id, consultationId: c.id, createdAt: now }).returning();
    await recordAudit(tx, actor, { action: 'forum.poll.create', entityType: 'forum_poll', entityId: poll.id, spaceId: forum.spaceId, after: { ...poll, method: body.method } }, now);
    await notify(tx, forum.id);
    return poll;
  });
}

/** A poll of this forum, or 404: another forum's poll does not exist here. */
export async function findPoll(db: Db, forum: Forum, pollId: string): Promise<Poll> {
  const [poll] = await db.select().from(forumPolls).where(and(eq(forumPolls.id, pollId), eq(forumPolls.forumId, forum.id)));
  if (!poll) throw AppError.of(404, 'forum.poll_not_found');
  return poll;
}

export const findConsultationOf = (db: Db, poll: Poll): Promise<PollConsultation> => findConsultation(db, poll.consultationId);

export const listPolls = (db: Db, forum: Forum): Promise<Poll[]> => db.select().from(forumPolls).where(eq(forumPolls.forumId, forum.id)).orderBy(asc(forumPolls.createdAt), asc(forumPolls.id));

export const pollMethod = (c: PollConsultation['consultation']): PollMethod => c.ballot.type as PollMethod;

/** Opens or closes a poll (the consultation's own transition, audited there and here). */
export async function stepPoll(db: Db, actor: Actor, forum: Forum, poll: Poll, step: 'open' | 'close', now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    await changeStatus(tx, actor, poll.consultationId, step, now);
    await recordAudit(tx, actor, { action: `forum.poll.${step}`, entityType: 'forum_poll', entityId: poll.id, spaceId: forum.spaceId }, now);
    await notify(tx, forum.id);
  });
}

/**
 * One ballot of a checked-in participant, in the group of their check-in point, handed to the poll
 * writer (group commit, poll.writer.ts): resolved with its receipt once stored; a second ballot, or one
 * meeting the poll closed, is refused with nothing stored.
 */
export async function castPollBallot(polls: PollSink, db: Db, voter: Registration, poll: Poll, input: BallotInput): Promise<PollReceipt> {
  const { consultation: c, options } = await findConsultation(db, poll.consultationId);
  if (c.status !== 'open') throw AppError.of(409, 'forum.poll_not_open');
  const check = checkBallot(c.ballot, new Set(options.map((o) => o.key)), input);
  if (!check.ok) throw AppError.of(400, check.problem.code, check.problem.params);
  const point = voter.checkedInPointId ?? voter.pointId;
  // A point added after the poll was made is not one of its groups: its ballots count overall only.
  const group = point && c.groups.some((g) => g.key === point) ? point : null;
  return polls.submit({ pollId: poll.id, consultationId: c.id, registrationId: voter.id, choice: check.choice, group });
}

/** The polls this registration has voted in. */
export async function votedPolls(db: Db, voter: Registration): Promise<Set<string>> {
  const rows = await db.select({ pollId: forumPollVoters.pollId }).from(forumPollVoters).where(eq(forumPollVoters.registrationId, voter.id));
  return new Set(rows.map((r) => r.pollId));
}

/** The forum's open polls, each with its options and whether this participant has voted in it (for the phone page). */
export async function openPollsFor(db: Db, forum: Forum, voter: Registration): Promise<{ poll: Poll; found: PollConsultation; voted: boolean }[]> {
  const voted = await votedPolls(db, voter);
  const out = [];
  for (const poll of await listPolls(db, forum)) {
    const found = await findConsultation(db, poll.consultationId);
    if (found.consultation.status === 'open') out.push({ poll, found, voted: voted.has(poll.id) });
  }
  return out;
}
