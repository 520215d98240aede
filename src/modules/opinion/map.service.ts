// Reading a conversation's map; never computes in the request. The last good map is
// served with its time and the votes_version it was computed at (a newer one comes from the background
// recomputation, recompute.ts). With no map yet, the answer says how many more votes, from how many more
// participants, the first one needs (core/opinion/readiness.ts).
import { and, count, desc, eq } from 'drizzle-orm';
import { mapReadiness } from '../../core/opinion/readiness';
import type { Db } from '../../db/connection';
import type { MapResult } from './map.result';
import { opinionMaps, opinionStatements, opinionVotes } from './opinion.table';

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
