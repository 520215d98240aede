// Votes: agree 1, disagree −1, pass 0; a participant's re-vote on a statement replaces their vote. Written
// by the conversation's vote writer (vote.writer.ts: group commit, the statement's running counts and the
// conversation's votes_version moved in the same transaction), so an acknowledged vote is never lost and
// never counted twice; a newcomer's first accepted vote stores them as a participant in the same
// transaction, a refused one stores nothing. The next statement to show comes from those counts and the last map's
// extremities: O(statements).
import { and, count, eq, isNull } from 'drizzle-orm';
import { statementPriority } from '../../core/opinion/priority';
import type { VoteValue } from '../../core/opinion';
import type { Db } from '../../db/connection';
import { AppError } from '../../http/errors';
import { opinionMaps, opinionStatements, opinionVotes } from './opinion.table';
import type { Voter } from './participant.service';
import { mapIsStale } from './recompute.signal';
import { voteWriterOf } from './vote.writer';

const VALUES: readonly number[] = [-1, 0, 1];

/**
 * A vote by a stored participant (a pid) or by a token's holder (`{ tokenHash }`: made a participant in the
 * vote's transaction if the token is new and the vote accepted; a refused vote makes no one).
 */
export async function castVote(db: Db, conversationId: string, voter: number | Voter, tid: number, value: number, now: Date = new Date()): Promise<{ votesVersion: number }> {
  if (!VALUES.includes(value)) throw AppError.of(400, 'opinion.bad_vote', { value: String(value) });
  const by = typeof voter === 'number' ? { pid: voter } : voter;
  const votesVersion = await voteWriterOf(db).submit(conversationId, { by, tid, value: value as VoteValue, at: now });
  mapIsStale(db, conversationId);
  return { votesVersion };
}

export type NextStatement = { tid: number; text: string; voted: number; remaining: number };

/**
 * The approved statement the participant has not voted on with the highest priority (core/opinion's
 * statementPriority on the running counts, the extremity from the last map or 0; a meta statement 7²);
 * ties go to the earlier statement. Null when they have voted on every one. A newcomer (pid null: not
 * stored until they act) has voted on none.
 */
export async function nextStatement(db: Db, conversationId: string, pid: number | null): Promise<NextStatement | null> {
  // pids start at 0: -1 is nobody's, so a newcomer's join finds no vote
  const mine = and(eq(opinionVotes.conversationId, conversationId), eq(opinionVotes.pid, pid ?? -1), eq(opinionVotes.tid, opinionStatements.tid));
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
  const [voted] = pid === null ? [{ n: 0 }] : await db.select({ n: count() }).from(opinionVotes).where(and(eq(opinionVotes.conversationId, conversationId), eq(opinionVotes.pid, pid)));
  return { tid: best.tid, text: best.text, voted: voted.n, remaining: open.length };
}
