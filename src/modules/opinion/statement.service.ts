// Statements: a participant's go through moderation (pending → approved, rejected or approved as meta);
// the facilitator's seed statements are approved at once. Each is NFC, at most the conversation's length
// limit, not a duplicate of another in the conversation ignoring case, diacritics and punctuation
// (core/opinion/statement.ts, and a unique index on the normalised text for two submitted at once), and a
// participant submits at most the conversation's limit. Every refusal stores nothing: a newcomer's first
// statement makes them a participant in its own transaction, so a refused one takes no pid.
import { and, asc, count, eq, sql } from 'drizzle-orm';
import { cleanStatement, normaliseStatement, statementLength } from '../../core/opinion/statement';
import type { Db } from '../../db/connection';
import { isUniqueViolation } from '../../db/errors';
import type { Actor } from '../../http/actor';
import { AppError } from '../../http/errors';
import { recordAudit } from '../audit';
import type { Conversation } from './conversation.service';
import { conversationOr404 } from './conversation.service';
import { pidForAction, type Voter } from './participant.service';
import { mapIsStale } from './recompute.signal';
import { opinionConversations, opinionStatements, statementStatuses } from './opinion.table';

export type Statement = typeof opinionStatements.$inferSelect;
export type StatementStatus = (typeof statementStatuses)[number];
export type ModerationDecision = 'approve' | 'reject' | 'meta';

export const listStatements = (db: Db, conversationId: string, status?: StatementStatus) =>
  db
    .select()
    .from(opinionStatements)
    .where(and(eq(opinionStatements.conversationId, conversationId), status ? eq(opinionStatements.status, status) : undefined))
    .orderBy(asc(opinionStatements.tid));

export async function findStatement(db: Db, conversationId: string, tid: number): Promise<Statement> {
  const [row] = Number.isInteger(tid) ? await db.select().from(opinionStatements).where(and(eq(opinionStatements.conversationId, conversationId), eq(opinionStatements.tid, tid))) : [];
  if (!row) throw AppError.of(404, 'opinion.unknown_statement', { tid: String(tid) });
  return row;
}

/** The checks that need no database: refused before anything is read. */
function checkText(conversation: Conversation, text: string): { clean: string; normalised: string } {
  const clean = cleanStatement(text);
  const normalised = normaliseStatement(clean);
  if (normalised === '') throw AppError.of(400, 'opinion.statement_empty');
  const length = statementLength(clean);
  if (length > conversation.statementMaxLength) throw AppError.of(400, 'opinion.statement_too_long', { length, max: conversation.statementMaxLength });
  return { clean, normalised };
}

async function refuseDuplicate(db: Db, conversationId: string, normalised: string) {
  const [same] = await db
    .select({ tid: opinionStatements.tid, text: opinionStatements.text })
    .from(opinionStatements)
    .where(and(eq(opinionStatements.conversationId, conversationId), eq(opinionStatements.normalised, normalised)));
  if (same) throw AppError.of(409, 'opinion.statement_duplicate', { tid: String(same.tid), text: same.text });
}

/**
 * A participant's statement (pending) — by a stored participant (a pid) or a token's holder (`{ tokenHash }`,
 * made a participant in the statement's transaction if new; a refused statement makes no one) — or, with
 * `author` null, the facilitator's seed statement (approved).
 */
export async function submitStatement(
  db: Db,
  conversationId: string,
  author: number | Voter | null,
  text: string,
  options: { actor?: Actor; now?: Date } = {},
): Promise<{ tid: number; status: StatementStatus }> {
  const conversation = await conversationOr404(db, conversationId);
  if (conversation.status === 'closed' && author !== null) throw AppError.of(409, 'opinion.closed');
  const { clean, normalised } = checkText(conversation, text);
  await refuseDuplicate(db, conversationId, normalised);
  const now = options.now ?? new Date();
  const status: StatementStatus = author === null ? 'approved' : 'pending';
  try {
    const made = await db.transaction(async (tx) => {
      const [counter] = await tx
        .update(opinionConversations)
        .set({ nextTid: sql`${opinionConversations.nextTid} + 1`, votesVersion: sql`${opinionConversations.votesVersion} + ${status === 'approved' ? 1 : 0}` })
        .where(eq(opinionConversations.id, conversationId))
        .returning({ tid: sql<number>`${opinionConversations.nextTid} - 1`, open: sql<boolean>`${opinionConversations.status} = 'open'` });
      let pid: number | null = null;
      if (author !== null) {
        if (!counter.open) throw AppError.of(409, 'opinion.closed'); // closed since it was read: rolled back
        // after the counter's row lock (the lock a vote takes too): a newcomer is made once, and two
        // statements sent at once cannot both pass the limit
        pid = await pidForAction(tx, conversationId, typeof author === 'number' ? { pid: author } : author, now);
        const [mine] = await tx.select({ n: count() }).from(opinionStatements).where(and(eq(opinionStatements.conversationId, conversationId), eq(opinionStatements.authorPid, pid)));
        if (mine.n >= conversation.statementsPerParticipant) throw AppError.of(409, 'opinion.statement_limit', { max: conversation.statementsPerParticipant });
      }
      await tx.insert(opinionStatements).values({ conversationId, tid: counter.tid, text: clean, normalised, authorPid: pid, status, createdAt: now });
      if (options.actor) {
        await recordAudit(tx, options.actor, { action: 'opinion.statement.seeded', entityType: 'opinion_statement', entityId: `${conversationId}/${counter.tid}`, spaceId: conversation.spaceId, before: null, after: { tid: counter.tid, text: clean, status } }, now);
      }
      return { tid: counter.tid, status };
    });
    if (status === 'approved') mapIsStale(db, conversationId);
    return made;
  } catch (err) {
    if (isUniqueViolation(err)) await refuseDuplicate(db, conversationId, normalised);
    throw err;
  }
}

const decided: Record<ModerationDecision, { status: StatementStatus; isMeta: boolean }> = {
  approve: { status: 'approved', isMeta: false },
  reject: { status: 'rejected', isMeta: false },
  meta: { status: 'approved', isMeta: true },
};

/** Approve, reject or mark meta (shown for votes, left out of the map); audited. The map is recomputed. */
export async function moderateStatement(db: Db, actor: Actor, conversationId: string, tid: number, decision: ModerationDecision, now: Date = new Date()): Promise<Statement> {
  const conversation = await conversationOr404(db, conversationId);
  const before = await findStatement(db, conversationId, tid);
  const next = decided[decision];
  if (before.status === next.status && before.isMeta === next.isMeta) return before;
  const row = await db.transaction(async (tx) => {
    // the statement's row before the conversation's, in the order a vote takes them
    const [changed] = await tx.update(opinionStatements).set(next).where(and(eq(opinionStatements.conversationId, conversationId), eq(opinionStatements.tid, tid))).returning();
    await tx.update(opinionConversations).set({ votesVersion: sql`${opinionConversations.votesVersion} + 1` }).where(eq(opinionConversations.id, conversationId));
    await recordAudit(tx, actor, { action: `opinion.statement.${decision}`, entityType: 'opinion_statement', entityId: `${conversationId}/${tid}`, spaceId: conversation.spaceId, before: { status: before.status, isMeta: before.isMeta }, after: next }, now);
    return changed;
  });
  mapIsStale(db, conversationId);
  return row;
}
