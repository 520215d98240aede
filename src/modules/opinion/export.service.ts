// What the open-data export reads, page by page, so that the memory a download takes does not grow with the
// votes: each file is yielded as it is read (export.csv.ts lays the rows out), in keyset pages of at most
// EXPORT_PAGE_ROWS votes (or statements). What is held for the whole download is per participant: the new
// numbers (the ranks of an HMAC under the server's contact key, scoped to the conversation — ranks need them
// all), and for participants-votes.csv each one's number of votes and group. The bytes are those of the whole
// file built at once: votes.csv hour by hour (the hour's voters read with their counts, sorted by their new
// numbers, then their votes fetched in pages of whole voters); participants-votes.csv in the new numbers'
// order, a page of whole participants at a time. The pages are separate reads: a vote changed while a file
// downloads may be written in its old hour and its new one (as Pol.is's own vote log keeps both).
import { and, asc, count, eq, gt, gte, inArray, lt, min, ne } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import type { ContactKey } from '../accounts';
import { COMMENTS_HEADER, commentRows, HOUR, hourOf, lines, pagesOf, participantRows, participantsHeader, renumber, voteRows, VOTES_HEADER, type ExportStatement } from './export.csv';
import type { MapResult } from './map.result';
import { opinionMaps, opinionParticipants, opinionStatements, opinionVotes } from './opinion.table';

export const EXPORT_PAGE_ROWS = 5000;
export type ExportFile = 'comments.csv' | 'votes.csv' | 'participants-votes.csv';

type Reading = { db: Db; conversationId: string; ids: Map<number, number>; pageRows: number };

/** The file's text, a page at a time. */
export async function* exportCsv(db: Db, conversationId: string, key: ContactKey, file: ExportFile, pageRows = EXPORT_PAGE_ROWS): AsyncGenerator<string> {
  const pids = await db.select({ pid: opinionParticipants.pid }).from(opinionParticipants).where(eq(opinionParticipants.conversationId, conversationId));
  const ids = renumber(
    pids.map((p) => p.pid),
    (pid) => key.hash(`opinion-export:${conversationId}`, String(pid)),
  );
  const reading = { db, conversationId, ids, pageRows };
  if (file === 'comments.csv') yield* comments(reading);
  else if (file === 'votes.csv') yield* votes(reading);
  else yield* participantsVotes(reading);
}

/** The published statements (pending ones left out) in tid order, a page at a time. */
async function* publishedPages({ db, conversationId, pageRows }: Reading): AsyncGenerator<ExportStatement[]> {
  for (let after = -1; ; ) {
    const page = await db
      .select({ tid: opinionStatements.tid, text: opinionStatements.text, authorPid: opinionStatements.authorPid, status: opinionStatements.status, isMeta: opinionStatements.isMeta, agree: opinionStatements.agree, disagree: opinionStatements.disagree, createdAt: opinionStatements.createdAt })
      .from(opinionStatements)
      .where(and(eq(opinionStatements.conversationId, conversationId), ne(opinionStatements.status, 'pending'), gt(opinionStatements.tid, after)))
      .orderBy(asc(opinionStatements.tid))
      .limit(pageRows);
    if (page.length) yield page;
    if (page.length < pageRows) return;
    after = page[page.length - 1].tid;
  }
}

async function* comments(reading: Reading): AsyncGenerator<string> {
  yield lines([COMMENTS_HEADER]);
  for await (const page of publishedPages(reading)) yield lines(commentRows(page, reading.ids));
}

async function* votes(reading: Reading): AsyncGenerator<string> {
  const { db, conversationId, ids, pageRows } = reading;
  const ofConversation = eq(opinionVotes.conversationId, conversationId);
  yield lines([VOTES_HEADER]);
  const firstAt = async (from: Date | null) => (await db.select({ at: min(opinionVotes.votedAt) }).from(opinionVotes).where(from ? and(ofConversation, gte(opinionVotes.votedAt, from)) : ofConversation))[0]?.at ?? null;
  for (let at = await firstAt(null); at; ) {
    const hour = hourOf(new Date(at));
    const end = new Date(hour + HOUR);
    const inHour = and(ofConversation, gte(opinionVotes.votedAt, new Date(hour)), lt(opinionVotes.votedAt, end));
    const voters = await db.select({ pid: opinionVotes.pid, n: count() }).from(opinionVotes).where(inHour).groupBy(opinionVotes.pid);
    voters.sort((a, b) => ids.get(a.pid)! - ids.get(b.pid)!);
    for (const page of pagesOf(voters, (v) => v.n, pageRows)) {
      const rows = await db
        .select({ pid: opinionVotes.pid, tid: opinionVotes.tid, value: opinionVotes.value })
        .from(opinionVotes)
        .where(and(inHour, inArray(opinionVotes.pid, page.map((v) => v.pid))));
      yield lines(voteRows(rows, hour, ids));
    }
    at = await firstAt(end);
  }
}

async function* participantsVotes(reading: Reading): AsyncGenerator<string> {
  const { db, conversationId, ids, pageRows } = reading;
  const column = new Map<number, number>();
  const authored = new Map<number, number>();
  for await (const page of publishedPages(reading)) {
    for (const s of page) {
      column.set(s.tid, column.size);
      if (s.authorPid !== null && ids.has(s.authorPid)) authored.set(s.authorPid, (authored.get(s.authorPid) ?? 0) + 1);
    }
  }
  yield lines([participantsHeader([...column.keys()].map((tid) => ({ tid })))]);
  const [map] = await db.select({ result: opinionMaps.result }).from(opinionMaps).where(eq(opinionMaps.conversationId, conversationId));
  const groupOf = new Map<number, number>();
  for (const g of (map?.result as MapResult | undefined)?.groups ?? []) for (const pid of g.members) groupOf.set(pid, g.id);
  const counts = await db.select({ pid: opinionVotes.pid, n: count() }).from(opinionVotes).where(eq(opinionVotes.conversationId, conversationId)).groupBy(opinionVotes.pid);
  const votesOf = new Map(counts.map((c) => [c.pid, c.n]));
  const order = [...ids.keys()].sort((a, b) => ids.get(a)! - ids.get(b)!);
  for (const page of pagesOf(order, (pid) => Math.max(1, votesOf.get(pid) ?? 0), pageRows)) {
    const pageVotes = await db
      .select({ pid: opinionVotes.pid, tid: opinionVotes.tid, value: opinionVotes.value })
      .from(opinionVotes)
      .where(and(eq(opinionVotes.conversationId, conversationId), inArray(opinionVotes.pid, page)));
    yield lines(participantRows({ pids: page, votes: pageVotes, column, authored, groupOf, ids }));
  }
}
