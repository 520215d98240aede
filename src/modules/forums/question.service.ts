// Questions: asked by a participant (waiting until moderated), listed per caller (moderators see their
// points' waiting ones, the author their own), upvoted once per participant with the count kept in the
// same transaction (asks and upvotes go through question.writer.ts, batched), approved or rejected,
// merged into another (upvotes move, each participant once) and answered. Every moderation and answer
// is audited; every change wakes the live screens (NOTIFY).
import { and, asc, desc, eq, gt, inArray, isNotNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { checkQuestionText } from '../../core/forums';
import type { Db } from '../../db/connection';
import type { Actor } from '../../http/actor';
import { AppError } from '../../http/errors';
import { recordAudit } from '../audit';
import { findPoint, type Forum, type Registration } from './forum.load';
import { forumPolicy, type ForumAccess } from './forum.policy';
import type { Participant, QuestionSink, Written } from './question.writer';
import { forumPoints } from './forum.table';
import { forumQuestions, forumQuestionUpvotes, type QuestionStatus } from './question.table';

export type Question = typeof forumQuestions.$inferSelect;
export const QUESTIONS_CHANNEL = 'forum_questions';
/** What a forum's public page shows of an answered question (never the name of an anonymous one: none is kept). */
export type AnsweredQuestion = { id: string; text: string; author: string | null; pointId: string; upvotes: number; answer: string; answeredBy: string | null; answeredAt: Date };

/** In the changing transaction: moves the changed points' question versions (in id order, so that two merges never wait on each other) and wakes the screens. */
async function changed(tx: Db, forumId: string, ...pointIds: string[]) {
  for (const id of [...new Set(pointIds)].sort()) await tx.update(forumPoints).set({ questionsVersion: sql`${forumPoints.questionsVersion} + 1` }).where(eq(forumPoints.id, id));
  await tx.execute(sql`select pg_notify(${QUESTIONS_CHANNEL}, ${forumId})`);
}
const audit = (tx: Db, actor: Actor, forum: Forum, action: string, q: Question, before: unknown, now: Date) =>
  recordAudit(tx, actor, { action: `forum.question.${action}`, entityType: 'forum_question', entityId: q.id, spaceId: forum.spaceId, before, after: q }, now);

/** A question from a checked-in participant's point, waiting for moderation; the item (this forum's) and the participant are checked where it is written (question.writer.ts). */
export async function ask(sink: QuestionSink, forumId: string, by: Participant, body: { itemId: string; text: string; anonymous: boolean }, now: Date): Promise<Written> {
  const checked = checkQuestionText(body.text);
  if (!checked.ok) throw AppError.of(400, checked.code, checked.params);
  return sink.submit(forumId, { kind: 'ask', by, itemId: body.itemId, text: checked.text, anonymous: body.anonymous, now });
}

/** A question of this forum, or 404 (another forum's question does not exist here). */
export async function findQuestion(db: Db, forum: Forum, id: string): Promise<Question> {
  const [q] = await db.select().from(forumQuestions).where(and(eq(forumQuestions.id, id), eq(forumQuestions.forumId, forum.id)));
  if (!q) throw AppError.of(404, 'forum.question_not_found');
  return q;
}

/** Whether the caller may see `q`: approved ones all, others their point's moderators and the author. */
export const visible = (q: Question, access: ForumAccess, me: Registration | null) => q.status === 'approved' || forumPolicy.moderateQuestions(access, q.pointId) || q.registrationId === me?.id;

/** One page of the questions list: at most `limit`, and the cursor of the next page (null at the end). */
export type QuestionPage = { questions: Question[]; next: string | null };
export const QUESTION_PAGE = { default: 50, max: 200 } as const;

/** Where a page ended, opaque to callers: the last question's rank key (upvotes, creation, id). */
type Key = { upvotes: number; createdAt: Date; id: string };
const encodeKey = (q: Key) => Buffer.from(JSON.stringify([q.upvotes, q.createdAt.toISOString(), q.id])).toString('base64url');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function decodeKey(after: string): Key {
  let v: unknown;
  try {
    v = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    v = null;
  }
  if (Array.isArray(v) && v.length === 3 && Number.isSafeInteger(v[0]) && typeof v[1] === 'string' && typeof v[2] === 'string' && UUID.test(v[2])) {
    const createdAt = new Date(v[1]);
    if (!Number.isNaN(createdAt.getTime())) return { upvotes: v[0], createdAt, id: v[2] };
  }
  throw AppError.of(400, 'forum.question_bad_cursor');
}

/** `visible` as a WHERE clause: approved ones, every one for facilitators, their points' for moderators, the caller's own. */
function visibleWhere(access: ForumAccess, me: Registration | null) {
  const q = forumQuestions;
  if (access.facilitator) return undefined;
  const moderated = [...access.moderates];
  return or(eq(q.status, 'approved'), moderated.length ? inArray(q.pointId, moderated) : undefined, me ? eq(q.registrationId, me.id) : undefined);
}

/** The rank order of core/forums rankQuestions in SQL: most upvoted first, then the earlier question, then the id. */
const RANK = [desc(forumQuestions.upvotes), asc(forumQuestions.createdAt), asc(forumQuestions.id)];
/** The questions ranked after `k`. */
const rankedAfter = (k: Key) => {
  const q = forumQuestions;
  return or(lt(q.upvotes, k.upvotes), and(eq(q.upvotes, k.upvotes), or(gt(q.createdAt, k.createdAt), and(eq(q.createdAt, k.createdAt), gt(q.id, k.id)))));
};

/** One page of the questions the caller may see (of one point, or the whole forum; of one status, or all), in rank order, read as one bounded query. */
export async function listQuestions(db: Db, forum: Forum, access: ForumAccess, me: Registration | null, opts: { pointId?: string; status?: QuestionStatus; after?: string; limit?: number } = {}): Promise<QuestionPage> {
  const limit = opts.limit ?? QUESTION_PAGE.default;
  if (!Number.isInteger(limit) || limit < 1 || limit > QUESTION_PAGE.max) throw AppError.of(400, 'forum.question_bad_limit', { max: QUESTION_PAGE.max });
  const after = opts.after === undefined ? null : decodeKey(opts.after);
  if (opts.pointId) await findPoint(db, forum, opts.pointId, 400);
  const q = forumQuestions;
  const where = and(eq(q.forumId, forum.id), opts.pointId ? eq(q.pointId, opts.pointId) : undefined, opts.status ? eq(q.status, opts.status) : undefined, visibleWhere(access, me), after ? rankedAfter(after) : undefined);
  const rows = await db.select().from(q).where(where).orderBy(...RANK).limit(limit + 1);
  const questions = rows.slice(0, limit);
  return { questions, next: rows.length > limit ? encodeKey(questions[questions.length - 1]) : null };
}

/** For a phone page: the forum's questions that `where` keeps, in rank order, at most `limit`. */
export function rankedQuestions(db: Db, forum: Pick<Forum, 'id'>, where: SQL | undefined, limit: number): Promise<Question[]> {
  return db.select().from(forumQuestions).where(and(eq(forumQuestions.forumId, forum.id), where)).orderBy(...RANK).limit(limit);
}

/** A published forum's answered questions for its public page, most upvoted first, at most `limit`. */
export async function answeredQuestions(db: Db, forum: Pick<Forum, 'id'>, limit: number): Promise<AnsweredQuestion[]> {
  const q = forumQuestions;
  const rows = await db
    .select({ id: q.id, text: q.text, author: q.authorName, pointId: q.pointId, upvotes: q.upvotes, answer: q.answer, answeredBy: q.answeredBy, answeredAt: q.answeredAt })
    .from(q)
    .where(and(eq(q.forumId, forum.id), eq(q.status, 'approved'), isNotNull(q.answeredAt)))
    .orderBy(desc(q.upvotes), asc(q.createdAt))
    .limit(limit);
  return rows.map((r) => ({ ...r, answer: r.answer ?? '', answeredAt: r.answeredAt! }));
}

/** One upvote per participant on an approved question; one not approved is 404 to whoever may not see it (visible above), else 409. */
export function upvote(sink: QuestionSink, forumId: string, by: Participant, questionId: string, access: ForumAccess, now: Date): Promise<Written> {
  return sink.submit(forumId, { kind: 'upvote', by, questionId, moderates: (pointId) => forumPolicy.moderateQuestions(access, pointId), now });
}

export async function moderate(db: Db, actor: Actor, forum: Forum, q: Question, decision: 'approved' | 'rejected', now: Date): Promise<Question> {
  if (q.status === 'merged') throw AppError.of(409, 'forum.question_not_open');
  return db.transaction(async (tx) => {
    const [after] = await tx.update(forumQuestions).set({ status: decision }).where(and(eq(forumQuestions.id, q.id), eq(forumQuestions.status, q.status))).returning();
    if (!after) throw AppError.of(409, 'forum.question_changed');
    await audit(tx, actor, forum, decision === 'approved' ? 'approve' : 'reject', after, { status: q.status }, now);
    await changed(tx, forum.id, after.pointId);
    return after;
  });
}

/** Merges `from` into `into`: `from` becomes `merged`, its upvoters upvote `into` unless they already had. */
export async function merge(db: Db, actor: Actor, forum: Forum, from: Question, into: Question, now: Date): Promise<Question> {
  if (from.id === into.id) throw AppError.of(400, 'forum.question_merge_self');
  if (from.status === 'merged' || into.status === 'merged' || into.status === 'rejected') throw AppError.of(409, 'forum.question_not_open');
  return db.transaction(async (tx) => {
    const [gone] = await tx.update(forumQuestions).set({ status: 'merged', mergedInto: into.id, upvotes: 0 }).where(and(eq(forumQuestions.id, from.id), eq(forumQuestions.status, from.status))).returning();
    if (!gone) throw AppError.of(409, 'forum.question_changed');
    await tx.execute(sql`insert into forum_question_upvotes (question_id, registration_id, forum_id, created_at)
      select ${into.id}, registration_id, forum_id, created_at from forum_question_upvotes where question_id = ${from.id}
      on conflict do nothing`);
    await tx.delete(forumQuestionUpvotes).where(eq(forumQuestionUpvotes.questionId, from.id));
    const counted = sql`(select count(*)::int from forum_question_upvotes where question_id = ${into.id})`;
    const [after] = await tx.update(forumQuestions).set({ upvotes: counted }).where(eq(forumQuestions.id, into.id)).returning();
    await audit(tx, actor, forum, 'merge', gone, { status: from.status, upvotes: from.upvotes, into: into.id }, now);
    await changed(tx, forum.id, from.pointId, into.pointId);
    return after;
  });
}

export async function answer(db: Db, actor: Actor, forum: Forum, q: Question, body: { text: string; answeredBy?: string }, now: Date): Promise<Question> {
  if (q.status !== 'approved') throw AppError.of(409, 'forum.question_not_open');
  const by = body.answeredBy ? { answeredBy: body.answeredBy.normalize('NFC'), answeredByUserId: null } : { answeredBy: actor.label, answeredByUserId: actor.userId };
  return db.transaction(async (tx) => {
    const [after] = await tx.update(forumQuestions).set({ answer: body.text.normalize('NFC'), ...by, answeredAt: now }).where(eq(forumQuestions.id, q.id)).returning();
    await audit(tx, actor, forum, 'answer', after, { answer: q.answer, answeredBy: q.answeredBy }, now);
    await changed(tx, forum.id, after.pointId);
    return after;
  });
}
