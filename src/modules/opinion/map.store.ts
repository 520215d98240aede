// One background update of a conversation's map: the stored votes in, the new map stored only if it was
// computed at a newer votes_version than the one stored (a slower, older run never overwrites a newer map;
// a failed run leaves the last good map). Skipped while the map is fresh, or while there is no map yet and
// the conversation is below the first map's threshold (core/opinion/readiness.ts).
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { OpinionState } from '../../core/opinion';
import type { VoteColumns } from '../../core/opinion/types';
import type { Db } from '../../db/connection';
import { computeMap, type MapAnswer, type MapRequest } from './map.compute';
import { mapReadinessOf } from './map.service';
import { opinionConversations, opinionMaps, opinionStatements, opinionVotes } from './opinion.table';

export type RecomputeOutcome = 'stored' | 'fresh' | 'waiting' | 'gone' | 'superseded';

export async function recomputeMap(db: Db, conversationId: string, compute: (r: MapRequest) => Promise<MapAnswer>, now: () => Date): Promise<RecomputeOutcome> {
  const [conversation] = await db.select({ votesVersion: opinionConversations.votesVersion }).from(opinionConversations).where(eq(opinionConversations.id, conversationId));
  if (!conversation) return 'gone';
  const [stored] = await db.select({ votesVersion: opinionMaps.votesVersion, state: opinionMaps.state }).from(opinionMaps).where(eq(opinionMaps.conversationId, conversationId));
  if (stored && stored.votesVersion >= conversation.votesVersion) return 'fresh';
  if (!stored && !(await mapReadinessOf(db, conversationId)).ready) return 'waiting';
  // read after the version: the votes may be newer than it, never older, and a newer version recomputes
  const votes = await voteColumns(db, conversationId);
  const statements = await db
    .select({ tid: opinionStatements.tid, status: opinionStatements.status, isMeta: opinionStatements.isMeta })
    .from(opinionStatements)
    .where(eq(opinionStatements.conversationId, conversationId));
  const counts = (s: (typeof statements)[number]) => s.status === 'approved' && !s.isMeta;
  const zeroed = statements.filter((s) => !counts(s)).map((s) => String(s.tid));
  const counted = statements.filter(counts).map((s) => String(s.tid));
  const answer = await compute({ votes, zeroed, counted, state: (stored?.state as OpinionState | undefined) ?? null });
  const row = { conversationId, result: answer.map, state: answer.state, extremity: answer.extremity, votesVersion: conversation.votesVersion, computedAt: now() };
  const written = await db
    .insert(opinionMaps)
    .values(row)
    .onConflictDoUpdate({ target: opinionMaps.conversationId, set: { result: row.result, state: row.state, extremity: row.extremity, votesVersion: row.votesVersion, computedAt: row.computedAt }, setWhere: lt(opinionMaps.votesVersion, row.votesVersion) })
    .returning({ votesVersion: opinionMaps.votesVersion });
  return written.length > 0 ? 'stored' : 'superseded';
}

/** Every vote of the conversation as core/opinion's columns (participants and statements as their numbers). */
async function voteColumns(db: Db, conversationId: string): Promise<VoteColumns> {
  const rows = await db
    .select({ pid: opinionVotes.pid, tid: opinionVotes.tid, value: opinionVotes.value, votedAt: opinionVotes.votedAt })
    .from(opinionVotes)
    .where(eq(opinionVotes.conversationId, conversationId));
  const voterIndex = new Map<number, number>();
  const statementIndex = new Map<number, number>();
  const indexOf = (m: Map<number, number>, k: number) => m.get(k) ?? m.set(k, m.size).get(k)!;
  const columns = { voter: new Int32Array(rows.length), statement: new Int32Array(rows.length), value: new Int8Array(rows.length), at: new Float64Array(rows.length) };
  rows.forEach((r, k) => {
    columns.voter[k] = indexOf(voterIndex, r.pid);
    columns.statement[k] = indexOf(statementIndex, r.tid);
    columns.value[k] = r.value;
    columns.at[k] = r.votedAt.getTime();
  });
  return { voters: [...voterIndex.keys()].map(String), statements: [...statementIndex.keys()].map(String), ...columns };
}

/** Conversations whose map is older than their votes (or missing): what the server looks at when it starts. */
export async function staleConversations(db: Db): Promise<string[]> {
  const rows = await db
    .select({ id: opinionConversations.id })
    .from(opinionConversations)
    .leftJoin(opinionMaps, eq(opinionMaps.conversationId, opinionConversations.id))
    .where(and(sql`${opinionConversations.votesVersion} > 0`, or(isNull(opinionMaps.votesVersion), lt(opinionMaps.votesVersion, opinionConversations.votesVersion))));
  return rows.map((r) => r.id);
}

/**
 * Open conversations whose map is older than their votes (or missing), with their votes_version: one query,
 * what every process's periodic sweep reads to learn of votes another process took (recompute.hooks.ts).
 */
export async function staleOpenConversations(db: Db): Promise<{ id: string; votesVersion: number }[]> {
  return db
    .select({ id: opinionConversations.id, votesVersion: opinionConversations.votesVersion })
    .from(opinionConversations)
    .leftJoin(opinionMaps, eq(opinionMaps.conversationId, opinionConversations.id))
    .where(
      and(
        eq(opinionConversations.status, 'open'),
        sql`${opinionConversations.votesVersion} > 0`,
        or(isNull(opinionMaps.votesVersion), lt(opinionMaps.votesVersion, opinionConversations.votesVersion)),
      ),
    );
}

/** The map computed here and now, in this thread (a seed's one-off; the server uses the worker). */
export const computeMapNow = (db: Db, conversationId: string, now: Date) => recomputeMap(db, conversationId, async (request) => computeMap(request), () => now);
