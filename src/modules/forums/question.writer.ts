// Writes questions and upvotes with group commit: those for one forum that arrive while a batch is
// being written wait and go together in the next transaction. A hall of 59 points then costs one
// commit per batch — each touched question and point locked once, one NOTIFY — instead of one per
// click, which is what lets 550 writes a second through (issue 14's load). A caller's promise resolves
// only after its batch commits: an acknowledged question or upvote is stored.
//
// In the transaction the batch's questions are locked in id order, so that a moderator's approval or a
// merge either happens before the batch (and the batch sees it) or after; the upvotes are inserted with
// `on conflict do nothing`, and each question's count moves by what was added.
import { randomUUID } from 'node:crypto';
import { and, eq, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import { isUpvoteRefusal, planUpvotes, settleUpvotes, type QuestionHead, type UpvotePair, type UpvoteRefusal } from '../../core/forums';
import type { Db } from '../../db/connection';
import { pgErrorCode } from '../../db/errors';
import { AppError } from '../../http/errors';
import type { Registration } from './forum.load';
import { forumItems, forumPoints, forumRegistrations, forums } from './forum.table';
import { forumQuestions, forumQuestionUpvotes } from './question.table';
import { QUESTIONS_CHANNEL, type Question } from './question.service';

/**
 * Who asks or upvotes: a registration already read (a signed-in account's, a phone page's), or a card
 * holder's participant token, hashed — read inside the batch with the others, so that a card holder's
 * request makes no query of its own before it is written.
 */
export type Participant = { registration: Registration } | { tokenHash: string };
export type AskJob = { kind: 'ask'; by: Participant; itemId: string; text: string; anonymous: boolean; now: Date };
export type UpvoteJob = { kind: 'upvote'; by: Participant; questionId: string; moderates: (pointId: string) => boolean; now: Date };
export type QuestionJob = AskJob | UpvoteJob;
/** A question as written, and the participant who wrote it (for "mine"). */
export type Written = { question: Question; by: Registration };
/** Where asks and upvotes go: the process's writer (batched), or the caller's transaction (`writeWithin`). */
export type QuestionSink = { submit(forumId: string, job: QuestionJob): Promise<Written> };
type Pending = QuestionJob & { resolve: (w: Written) => void; reject: (e: unknown) => void };
type Outcome = Written | AppError;

const MAX_BATCH = 500;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A batch that meets a deadlock (a merge locking the same questions the other way) is tried again, whole. */
const TRIES = 3;
const retriable = (err: unknown) => ['40P01', '40001'].includes(pgErrorCode(err) ?? '');

export class QuestionWriter implements QuestionSink {
  private readonly queues = new Map<string, Pending[]>();
  private readonly running = new Map<string, Promise<void>>();

  constructor(private readonly db: Db) {}

  submit(forumId: string, job: QuestionJob): Promise<Written> {
    return new Promise((resolve, reject) => {
      const queue = this.queues.get(forumId) ?? [];
      queue.push({ ...job, resolve, reject });
      this.queues.set(forumId, queue);
      if (!this.running.has(forumId)) this.running.set(forumId, this.drain(forumId));
    });
  }

  /** Resolves once every job handed in so far is written or refused: the server waits for it before closing the database. */
  async idle(): Promise<void> {
    while (this.running.size) await Promise.all(this.running.values());
  }

  private async drain(forumId: string) {
    // Start on the next turn of the event loop, so that requests arriving together go in one batch.
    await new Promise((resolve) => setImmediate(resolve));
    for (;;) {
      const queue = this.queues.get(forumId);
      // Checked and let go in one step, with no await between: a job handed in now starts a new drain.
      if (!queue?.length) {
        this.queues.delete(forumId);
        this.running.delete(forumId);
        return;
      }
      const batch = queue.splice(0, MAX_BATCH);
      try {
        const outcomes = await this.write(forumId, batch);
        batch.forEach((p, i) => (outcomes[i] instanceof AppError ? p.reject(outcomes[i]) : p.resolve(outcomes[i] as Written)));
      } catch (err) {
        for (const p of batch) p.reject(err);
      }
    }
  }

  private async write(forumId: string, batch: QuestionJob[]): Promise<Outcome[]> {
    for (let tries = 1; ; tries++) {
      try {
        return await this.db.transaction((tx) => writeBatch(tx, forumId, batch));
      } catch (err) {
        if (tries >= TRIES || !retriable(err)) throw err;
      }
    }
  }
}

/** One transaction: the card holders read, the batch's questions asked, its upvotes counted, the touched points' versions moved, one NOTIFY. */
async function writeBatch(tx: Db, forumId: string, batch: QuestionJob[]): Promise<Outcome[]> {
  // every job gets its outcome below: refused before the write, or what the write answered
  const outcomes = new Array<Outcome>(batch.length);
  const who = await participants(tx, forumId, batch);
  const asks: Resolved<AskJob>[] = [];
  const upvotes: Resolved<UpvoteJob>[] = [];
  batch.forEach((j, i) => {
    const by = who[i];
    const refused = by instanceof AppError ? by : malformed(j);
    if (refused) outcomes[i] = refused;
    else if (j.kind === 'ask') asks.push({ j, i, by: by as Registration });
    else upvotes.push({ j, i, by: by as Registration });
  });
  const written = [...(asks.length ? await insertAsks(tx, forumId, asks) : []), ...(upvotes.length ? await insertUpvotes(tx, forumId, upvotes) : [])];
  const touched = new Set<string>();
  for (const [i, o] of written) {
    outcomes[i] = o;
    if (!(o instanceof AppError)) touched.add(o.question.pointId);
  }
  if (touched.size) {
    await tx.update(forumPoints).set({ questionsVersion: sql`${forumPoints.questionsVersion} + 1` }).where(inArray(forumPoints.id, [...touched].sort()));
    await tx.execute(sql`select pg_notify(${QUESTIONS_CHANNEL}, ${forumId})`);
  }
  return outcomes;
}

type Resolved<J> = { j: J; i: number; by: Registration };

/** Each job's participant: the registration it came with, or the card holder's checked-in registration of this (published) forum — else 404 (no forum) or 401, as when read one at a time. */
async function participants(tx: Db, forumId: string, batch: QuestionJob[]): Promise<(Registration | AppError)[]> {
  const hashes = [...new Set(batch.flatMap((j) => ('tokenHash' in j.by ? [j.by.tokenHash] : [])))];
  if (!hashes.length) return batch.map((j) => (j.by as { registration: Registration }).registration);
  const [forum] = await tx.select({ status: forums.status }).from(forums).where(eq(forums.id, forumId));
  const r = forumRegistrations;
  const found = forum?.status === 'published' ? await tx.select().from(r).where(and(eq(r.forumId, forumId), inArray(r.participantTokenHash, hashes), isNotNull(r.checkedInAt), ne(r.status, 'cancelled'))) : [];
  const byHash = new Map(found.map((reg) => [reg.participantTokenHash!, reg]));
  return batch.map((j) => {
    if ('registration' in j.by) return j.by.registration;
    if (!forum) return AppError.of(404, 'forum.not_found');
    return byHash.get(j.by.tokenHash) ?? AppError.of(401, 'auth.required');
  });
}

/** An id that is not a uuid would fail the whole batch's statement, so it is refused on its own (the routes check them too). */
function malformed(j: QuestionJob): AppError | null {
  if (j.kind === 'ask') return UUID.test(j.itemId) ? null : AppError.of(400, 'forum.item_not_found');
  return UUID.test(j.questionId) ? null : AppError.of(404, 'forum.question_not_found');
}

async function insertAsks(tx: Db, forumId: string, asks: Resolved<AskJob>[]): Promise<[number, Outcome][]> {
  const itemIds = [...new Set(asks.map(({ j }) => j.itemId))];
  const items = new Set((await tx.select({ id: forumItems.id }).from(forumItems).where(and(eq(forumItems.forumId, forumId), inArray(forumItems.id, itemIds)))).map((r) => r.id));
  const rows = asks.flatMap(({ j, i, by }) => {
    const pointId = by.checkedInPointId ?? by.pointId;
    if (!items.has(j.itemId) || !pointId) return [];
    const authorName = j.anonymous ? null : by.name;
    return [{ i, row: { id: randomUUID(), forumId, itemId: j.itemId, pointId, registrationId: by.id, anonymous: j.anonymous, authorName, text: j.text, createdAt: j.now } }];
  });
  const stored = new Map(rows.length ? (await tx.insert(forumQuestions).values(rows.map((r) => r.row)).returning()).map((q) => [q.id, q]) : []);
  const byJob = new Map(rows.map((r) => [r.i, stored.get(r.row.id)!]));
  return asks.map(({ j, i, by }): [number, Outcome] => {
    const question = byJob.get(i);
    if (question) return [i, { question, by }];
    return [i, items.has(j.itemId) ? AppError.of(403, 'forum.not_checked_in') : AppError.of(400, 'forum.item_not_found')];
  });
}

async function insertUpvotes(tx: Db, forumId: string, upvotes: Resolved<UpvoteJob>[]): Promise<[number, Outcome][]> {
  const ids = [...new Set(upvotes.map(({ j }) => j.questionId))].sort();
  const q = forumQuestions;
  const locked: QuestionHead[] = await tx.select({ id: q.id, status: q.status, pointId: q.pointId, registrationId: q.registrationId }).from(q).where(and(eq(q.forumId, forumId), inArray(q.id, ids))).orderBy(q.id).for('update');
  const plan = planUpvotes(upvotes.map(({ j, by }) => ({ questionId: j.questionId, registrationId: by.id, moderates: j.moderates })), new Map(locked.map((h) => [h.id, h])));
  const when = new Map(upvotes.map(({ j, by }) => [`${j.questionId} ${by.id}`, j.now]));
  const added: UpvotePair[] = plan.pairs.length
    ? await tx.insert(forumQuestionUpvotes).values(plan.pairs.map((p) => ({ ...p, forumId, createdAt: when.get(`${p.questionId} ${p.registrationId}`)! }))).onConflictDoNothing().returning({ questionId: forumQuestionUpvotes.questionId, registrationId: forumQuestionUpvotes.registrationId })
    : [];
  const { outcomes, counts } = settleUpvotes(plan, added);
  const after = new Map((await addUpvotes(tx, counts)).map((row) => [row.id, row]));
  return upvotes.map(({ i, by }, k): [number, Outcome] => {
    const o = outcomes[k];
    return [i, isUpvoteRefusal(o) ? refusalError(o) : { question: after.get(o.questionId)!, by }];
  });
}

/** Each question's count moved by what this batch added, in one statement (the rows are already locked). */
async function addUpvotes(tx: Db, counts: Map<string, number>): Promise<Question[]> {
  if (!counts.size) return [];
  const q = forumQuestions;
  const ids = [...counts.keys()];
  const added = sql`(select c.n from unnest(${sql.param(ids)}::uuid[], ${sql.param(ids.map((id) => counts.get(id)!))}::int[]) as c(id, n) where c.id = ${q.id})`;
  return tx.update(q).set({ upvotes: sql`${q.upvotes} + ${added}` }).where(inArray(q.id, ids)).returning();
}

/** One job written in the caller's transaction, with the batch's own decisions: the demo, and wherever a transaction is already open. */
export const writeWithin = (db: Db): QuestionSink => ({
  submit: async (forumId, job) => {
    const [outcome] = await db.transaction((tx) => writeBatch(tx, forumId, [job]));
    if (outcome instanceof AppError) throw outcome;
    return outcome;
  },
});

const refusalError = (r: UpvoteRefusal) => AppError.of(r.status, r.code);
