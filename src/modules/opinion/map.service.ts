// Reading a conversation's map and participation; never computes in the request. The last good map is
// served with its time and the votes_version it was computed at (a newer one comes from the background
// recomputation, recompute.ts). With no map yet, the answer says how many more votes, from how many more
// participants, the first one needs (core/opinion/readiness.ts).
// Participation per day (Vietnam's day, UTC+7): a GROUP BY on the votes' (conversation_id, voted_at) index
// and the participants' (conversation_id, created_at) index — no running table. A re-vote replaces the
// vote, so it is counted on the day of the latest vote.
import { and, count, desc, eq, sql } from 'drizzle-orm';
import { mapReadiness } from '../../core/opinion/readiness';
import type { Db } from '../../db/connection';
import type { MapResult } from './map.result';
import { opinionMaps, opinionParticipants, opinionStatements, opinionVotes } from './opinion.table';

export type LatestMap =
  | { status: 'ready'; computedAt: Date; votesVersion: number; map: MapResult }
  | { status: 'waiting'; votesNeeded: number; participantsNeeded: number; computedAt: null };

export async function latestMap(db: Db, conversationId: string): Promise<LatestMap> {
  const [stored] = await db
    .select({ result: opinionMaps.result, votesVersion: opinionMaps.votesVersion, computedAt: opinionMaps.computedAt })
    .from(opinionMaps)
    .where(eq(opinionMaps.conversationId, conversationId));
  if (stored) return { status: 'ready', computedAt: stored.computedAt, votesVersion: stored.votesVersion, map: stored.result as MapResult };
  const readiness = await mapReadinessOf(db, conversationId);
  return { status: 'waiting', votesNeeded: readiness.votesNeeded, participantsNeeded: readiness.participantsNeeded, computedAt: null };
}

/** The statements a map reads (approved, not meta) and the two most active voters' votes on them. */
export async function mapReadinessOf(db: Db, conversationId: string) {
  const counted = and(eq(opinionStatements.conversationId, conversationId), eq(opinionStatements.status, 'approved'), eq(opinionStatements.isMeta, false));
  const [statements] = await db.select({ n: count() }).from(opinionStatements).where(counted);
  const top = await db
    .select({ n: count() })
    .from(opinionVotes)
    .innerJoin(opinionStatements, and(eq(opinionStatements.conversationId, opinionVotes.conversationId), eq(opinionStatements.tid, opinionVotes.tid)))
    .where(and(eq(opinionVotes.conversationId, conversationId), counted))
    .groupBy(opinionVotes.pid)
    .orderBy(desc(count()))
    .limit(2);
  return mapReadiness(top.map((r) => r.n), statements.n);
}

export type ParticipationDay = { day: string; votes: number; participants: number };

const vnDay = (column: typeof opinionVotes.votedAt | typeof opinionParticipants.createdAt) =>
  sql<string>`to_char((${column} at time zone 'UTC') + interval '7 hours', 'YYYY-MM-DD')`;

/** Votes (latest per participant and statement) and new participants per day, in day order. */
export async function participation(db: Db, conversationId: string): Promise<ParticipationDay[]> {
  const voteDay = vnDay(opinionVotes.votedAt);
  const joinDay = vnDay(opinionParticipants.createdAt);
  const votes = await db.select({ day: voteDay, n: count() }).from(opinionVotes).where(eq(opinionVotes.conversationId, conversationId)).groupBy(voteDay);
  const joins = await db.select({ day: joinDay, n: count() }).from(opinionParticipants).where(eq(opinionParticipants.conversationId, conversationId)).groupBy(joinDay);
  const days = new Map<string, ParticipationDay>();
  const at = (day: string) => days.get(day) ?? days.set(day, { day, votes: 0, participants: 0 }).get(day)!;
  for (const v of votes) at(v.day).votes = v.n;
  for (const j of joins) at(j.day).participants = j.n;
  return [...days.values()].sort((a, b) => a.day.localeCompare(b.day));
}
