// Questions: asked by a participant (waiting until moderated), listed per caller (moderators see their
// points' waiting ones, the author their own), upvoted once per participant with the count kept in the
// same transaction (asks and upvotes go through question.writer.ts, batched), approved or rejected,
// merged into another (upvotes move, each participant once) and answered. Every moderation and answer
// is audited; every change wakes the live screens (NOTIFY).
import { and, asc, desc, eq, isNotNull, sql } from 'drizzle-orm';
import { checkQuestionText, rankQuestions } from '../../core/forums';
import type { Db } from '../../db/connection';
import type { Actor } from '../../http/actor';
import { AppError } from '../../http/errors';
import { recordAudit } from '../audit';
import { findPoint, type Forum, type Registration } from './forum.load';
import { forumPolicy, type ForumAccess } from './forum.policy';
import type { Participant, QuestionSink, Written } from './question.writer';
import { forumPoints } from './forum.table';
import { forumQuestions, forumQuestionUpvotes } from './question.table';

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

export async function listQuestions(db: Db, forum: Forum, access: ForumAccess, me: Registration | null, pointId?: string): Promise<Question[]> {
  if (pointId) await findPoint(db, forum, pointId, 400);
  const where = pointId ? and(eq(forumQuestions.forumId, forum.id), eq(forumQuestions.pointId, pointId)) : eq(forumQuestions.forumId, forum.id);
  const rows = await db.select().from(forumQuestions).where(where);
  return rankQuestions(rows.filter((q) => visible(q, access, me)));
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
