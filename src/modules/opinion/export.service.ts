// What the open-data export reads: every published statement, every vote, every participant and the last
// map, in a handful of queries (export.csv.ts lays them out). The participants' new numbers come from the
// server's secret key (accounts' contact key), scoped to the conversation.
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import type { ContactKey } from '../accounts';
import type { ExportInput } from './export.csv';
import type { MapResult } from './map.result';
import { opinionMaps, opinionParticipants, opinionStatements, opinionVotes } from './opinion.table';

export async function exportInput(db: Db, conversationId: string, key: ContactKey): Promise<ExportInput> {
  const statements = await db
    .select({ tid: opinionStatements.tid, text: opinionStatements.text, authorPid: opinionStatements.authorPid, status: opinionStatements.status, isMeta: opinionStatements.isMeta, agree: opinionStatements.agree, disagree: opinionStatements.disagree, createdAt: opinionStatements.createdAt })
    .from(opinionStatements)
    .where(eq(opinionStatements.conversationId, conversationId))
    .orderBy(asc(opinionStatements.tid));
  const votes = await db.select({ pid: opinionVotes.pid, tid: opinionVotes.tid, value: opinionVotes.value, votedAt: opinionVotes.votedAt }).from(opinionVotes).where(eq(opinionVotes.conversationId, conversationId));
  const pids = (await db.select({ pid: opinionParticipants.pid }).from(opinionParticipants).where(eq(opinionParticipants.conversationId, conversationId))).map((p) => p.pid);
  const [map] = await db.select({ result: opinionMaps.result }).from(opinionMaps).where(eq(opinionMaps.conversationId, conversationId));
  return { statements, votes, pids, map: (map?.result as MapResult | undefined) ?? null, publicId: (pid) => key.hash(`opinion-export:${conversationId}`, String(pid)) };
}
