// Votes: agree 1, disagree −1, pass 0; a participant's re-vote on a statement replaces their vote. In one
// transaction the vote is written, the statement's running counts move from the old value to the new and
// the conversation's votes_version goes up — so an acknowledged vote is never lost and never counted twice
// (the participant's row is locked first: two votes of one participant at once are taken one after the
// other; two people's votes only meet on the statement's and the conversation's rows, changed by increments).
// The next statement to show comes from those counts and the last map's extremities: O(statements).
import { and, count, eq, isNull, sql } from 'drizzle-orm';
import { statementPriority } from '../../core/opinion/priority';
import type { VoteValue } from '../../core/opinion';
import type { Db } from '../../db/connection';
import { AppError } from '../../http/errors';
import { conversationOr404 } from './conversation.service';
import { opinionConversations, opinionMaps, opinionParticipants, opinionStatements, opinionVotes } from './opinion.table';
import { mapIsStale } from './recompute.signal';
import { findStatement } from './statement.service';

const VALUES: readonly number[] = [-1, 0, 1];
const column = { 1: 'agree', [-1]: 'disagree', 0: 'pass' } as const;

export async function castVote(db: Db, conversationId: string, pid: number, tid: number, value: number, now: Date = new Date()): Promise<{ votesVersion: number }> {
  if (!VALUES.includes(value)) throw AppError.of(400, 'opinion.bad_vote', { value: String(value) });
  const conversation = await conversationOr404(db, conversationId);
  if (conversation.status === 'closed') throw AppError.of(409, 'opinion.closed');
  const statement = await findStatement(db, conversationId, tid);
  if (statement.status === 'pending') throw AppError.of(409, 'opinion.statement_pending', { tid: String(tid) });
  if (statement.status === 'rejected') throw AppError.of(409, 'opinion.statement_rejected', { tid: String(tid) });
  const votesVersion = await db.transaction(async (tx) => {
    const [participant] = await tx
      .select({ pid: opinionParticipants.pid })
      .from(opinionParticipants)
      .where(and(eq(opinionParticipants.conversationId, conversationId), eq(opinionParticipants.pid, pid)))
      .for('update');
    if (!participant) throw AppError.of(404, 'opinion.unknown_participant', { pid: String(pid) });
    const key = and(eq(opinionVotes.conversationId, conversationId), eq(opinionVotes.pid, pid), eq(opinionVotes.tid, tid));
    const [before] = await tx.select({ value: opinionVotes.value }).from(opinionVotes).where(key);
    await tx
      .insert(opinionVotes)
      .values({ conversationId, pid, tid, value, votedAt: now })
      .onConflictDoUpdate({ target: [opinionVotes.conversationId, opinionVotes.pid, opinionVotes.tid], set: { value, votedAt: now } });
    if (before?.value === value) return null;
    await tx.update(opinionStatements).set(countsMove(before?.value, value)).where(and(eq(opinionStatements.conversationId, conversationId), eq(opinionStatements.tid, tid)));
    const [bumped] = await tx
      .update(opinionConversations)
      .set({ votesVersion: sql`${opinionConversations.votesVersion} + 1` })
      .where(eq(opinionConversations.id, conversationId))
      .returning({ votesVersion: opinionConversations.votesVersion });
    return bumped.votesVersion;
  });
  if (votesVersion === null) return { votesVersion: (await conversationOr404(db, conversationId)).votesVersion };
  mapIsStale(db, conversationId);
  return { votesVersion };
}

/** The statement's counts moved from the old vote (if any) to the new one, as increments. */
function countsMove(from: number | undefined, to: number) {
  const set: Partial<Record<'agree' | 'disagree' | 'pass', ReturnType<typeof sql>>> = {};
  const add = (v: number, by: number) => {
    const name = column[v as VoteValue];
    const col = opinionStatements[name];
    set[name] = sql`${col} + ${by}`;
  };
  if (from !== undefined) add(from, -1);
  add(to, 1);
  return set;
}

export type NextStatement = { tid: number; text: string; voted: number; remaining: number };

/**
 * The approved statement the participant has not voted on with the highest priority (core/opinion's
 * statementPriority on the running counts, the extremity from the last map or 0; a meta statement 7²);
 * ties go to the earlier statement. Null when they have voted on every one.
 */
export async function nextStatement(db: Db, conversationId: string, pid: number): Promise<NextStatement | null> {
  const mine = and(eq(opinionVotes.conversationId, conversationId), eq(opinionVotes.pid, pid), eq(opinionVotes.tid, opinionStatements.tid));
  const open = await db
    .select({ tid: opinionStatements.tid, text: opinionStatements.text, isMeta: opinionStatements.isMeta, agree: opinionStatements.agree, disagree: opinionStatements.disagree, pass: opinionStatements.pass })
    .from(opinionStatements)
    .leftJoin(opinionVotes, mine)
    .where(and(eq(opinionStatements.conversationId, conversationId), eq(opinionStatements.status, 'approved'), isNull(opinionVotes.pid)));
  if (open.length === 0) return null;
  const [map] = await db.select({ extremity: opinionMaps.extremity }).from(opinionMaps).where(eq(opinionMaps.conversationId, conversationId));
  const extremity = map?.extremity ?? {};
  let best = open[0];
  let bestPriority = -Infinity;
  for (const s of [...open].sort((a, b) => a.tid - b.tid)) {
    const counts = { agree: s.agree, disagree: s.disagree, seen: s.agree + s.disagree + s.pass };
    const priority = statementPriority(counts, extremity[String(s.tid)] ?? 0, s.isMeta);
    if (priority > bestPriority) [best, bestPriority] = [s, priority];
  }
  const [voted] = await db.select({ n: count() }).from(opinionVotes).where(and(eq(opinionVotes.conversationId, conversationId), eq(opinionVotes.pid, pid)));
  return { tid: best.tid, text: best.text, voted: voted.n, remaining: open.length };
}
