// Votes: agree 1, disagree −1, pass 0; a participant's re-vote on a statement replaces their vote. Written
// by the conversation's vote writer (vote.writer.ts: group commit, the statement's running counts and the
// conversation's votes_version moved in the same transaction), so an acknowledged vote is never lost and
// never counted twice; a newcomer's first accepted vote stores them as a participant in the same
// transaction, a refused one stores nothing. The next statement to show comes from those counts and the last map's
// extremities (the order kept by voting.order.ts) and the participant's votes: O(statements).
import { eq, sql, type SQL } from 'drizzle-orm';
import type { VoteValue } from '../../core/opinion';
import type { Db } from '../../db/connection';
import { AppError } from '../../http/errors';
import { opinionConversations, opinionMaps, opinionVotes } from './opinion.table';
import type { Voter } from './participant.service';
import { mapIsStale } from './recompute.signal';
import { voteWriterOf } from './vote.writer';
import { orderOf, type OrderVersions } from './voting.order';

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
 * stored until they act) has voted on none. Two reads: the versions and the participant's votes, then the
 * order (voting.order.ts), read again only when a vote, a moderation or a map has moved it.
 */
export async function nextStatement(db: Db, conversationId: string, pid: number | null): Promise<NextStatement | null> {
  const [state] = await db
    .select({ votesVersion: opinionConversations.votesVersion, mapVersion: mapVersionOf, voted: votedBy(sql`${pid ?? -1}::int`) })
    .from(opinionConversations)
    .where(eq(opinionConversations.id, conversationId));
  if (!state) return null;
  return offerNext(db, conversationId, { votesVersion: state.votesVersion, mapVersion: state.mapVersion ?? -1 }, state.voted ?? []);
}

/** The map's votes_version (null without a map), as a column of a query on the conversation. */
export const mapVersionOf = sql<number | null>`(select m.votes_version from ${opinionMaps} m where m.conversation_id = ${opinionConversations.id})`;
/** The statements the participant `pid` (an SQL expression; pids start at 0, so -1 is nobody) voted on, as a column of a query on the conversation. */
export const votedBy = (pid: SQL) => sql<number[] | null>`(select array_agg(v.tid) from ${opinionVotes} v where v.conversation_id = ${opinionConversations.id} and v.pid = ${pid})`;

/** The next statement for a participant who voted on `voted`, from the order as of `versions` or newer. */
export async function offerNext(db: Db, conversationId: string, versions: OrderVersions, voted: readonly number[]): Promise<NextStatement | null> {
  const order = (await orderOf(db, conversationId, versions)) ?? [];
  const done = new Set(voted);
  const open = order.filter((s) => !done.has(s.tid));
  if (open.length === 0) return null;
  return { tid: open[0].tid, text: open[0].text, voted: done.size, remaining: open.length };
}
