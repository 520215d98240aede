// The order a conversation's approved statements are offered in (core/opinion's votingOrder), kept per
// process and database for the state it was read at: the conversation's votes_version and the last map's.
// Everything the order depends on moves one of them — a vote batch, a statement approved or moderated
// raise votes_version (vote.writer.ts, statement.service.ts) and a new map is stored only at a newer
// votes_version of its own (map.store.ts) — and both are stored, so a page that reads them (one query,
// beside the participant's votes) knows whether the order kept is current, whichever process moved them.
// The order is read in one statement, so it is one snapshot with the versions it is kept under; a request
// takes it when it is at least as new as the versions the request read. Reads of the same conversation
// that miss at once share one read.
import { eq, sql } from 'drizzle-orm';
import { votingOrder } from '../../core/opinion/priority';
import type { Db } from '../../db/connection';
import { opinionConversations, opinionMaps, opinionStatements } from './opinion.table';

export type OrderedStatement = { tid: number; text: string; isMeta: boolean; agree: number; disagree: number; pass: number };
/** The versions a state was read at; a conversation without a map has mapVersion -1. */
export type OrderVersions = { votesVersion: number; mapVersion: number };
type Kept = OrderVersions & { order: OrderedStatement[] };

/** Conversations kept per database; the one read longest ago goes first past this many. */
const KEPT = 200;
const kept = new WeakMap<Db, Map<string, Kept>>();
const reading = new WeakMap<Db, Map<string, Promise<Kept | null>>>();

const of = <T>(m: WeakMap<Db, Map<string, T>>, db: Db) => m.get(db) ?? m.set(db, new Map()).get(db)!;
const covers = (k: OrderVersions, want: OrderVersions) => k.votesVersion >= want.votesVersion && k.mapVersion >= want.mapVersion;

/** The approved statements in the order they are offered, as of `want` or newer; null for an unknown conversation. */
export async function orderOf(db: Db, conversationId: string, want: OrderVersions): Promise<OrderedStatement[] | null> {
  const mine = of(kept, db);
  const hit = mine.get(conversationId);
  if (hit && covers(hit, want)) return hit.order;
  const pending = of(reading, db);
  let read = pending.get(conversationId);
  if (read) {
    const shared = await read;
    if (shared === null || covers(shared, want)) return shared?.order ?? null;
  }
  read = readOrder(db, conversationId).finally(() => {
    if (pending.get(conversationId) === read) pending.delete(conversationId);
  });
  pending.set(conversationId, read);
  const fresh = await read;
  if (fresh === null) return null;
  const current = mine.get(conversationId);
  if (!current || covers(fresh, current)) {
    mine.delete(conversationId);
    mine.set(conversationId, fresh);
    if (mine.size > KEPT) mine.delete(mine.keys().next().value!);
  }
  return fresh.order;
}

/** One statement: the conversation's votes_version, the map's and its extremities, the approved statements with their counts. */
async function readOrder(db: Db, conversationId: string): Promise<Kept | null> {
  const [row] = await db
    .select({
      votesVersion: opinionConversations.votesVersion,
      mapVersion: opinionMaps.votesVersion,
      extremity: opinionMaps.extremity,
      statements: sql<[number, string, boolean, number, number, number][]>`(select coalesce(json_agg(json_build_array(s.tid, s.text, s.is_meta, s.agree, s.disagree, s.pass)), '[]'::json) from ${opinionStatements} s where s.conversation_id = ${opinionConversations.id} and s.status = 'approved')`,
    })
    .from(opinionConversations)
    .leftJoin(opinionMaps, eq(opinionMaps.conversationId, opinionConversations.id))
    .where(eq(opinionConversations.id, conversationId));
  if (!row) return null;
  const statements = (typeof row.statements === 'string' ? JSON.parse(row.statements) : row.statements) as [number, string, boolean, number, number, number][];
  const offered = statements.map(([tid, text, isMeta, agree, disagree, pass]) => ({ tid, text, isMeta, agree, disagree, pass }));
  return { votesVersion: row.votesVersion, mapVersion: row.mapVersion ?? -1, order: votingOrder(offered, row.extremity ?? {}) };
}
