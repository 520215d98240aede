// Votes with group commit: the votes on one conversation that arrive while a batch is being written wait
// and go together in the next transaction, so a busy hall costs one commit per batch, not per vote. Each
// vote is acknowledged (its promise resolves) only after its batch commits; one refused (an unknown,
// pending or rejected statement, an unknown participant, a closed conversation) is refused alone.
// A vote comes from a stored participant (pid) or from a token (its hash): a token not stored yet is a
// newcomer, made a participant in this same transaction if and only if their vote is accepted.
// In the transaction the conversation's row is locked first — the one lock every vote on it takes, so
// batches of a conversation are written one after another — then, in one statement after the lock (so it
// sees every batch committed before), the batch's statements' status, its participants and their earlier
// votes are read; the statements checked, its accepted newcomers stored (createParticipants, in arrival
// order, pids from the conversation's counter), the votes applied in arrival order (a participant's second
// vote on a statement in the same batch replaces the first), and in one more statement the latest of each
// written, the statements' counts moved by the batch's net change, the votes added to their day and
// votes_version raised once. A batch is three statements (six with newcomers): on the embedded database
// every statement is paid on the server's one thread.
import { eq, sql, type SQL } from 'drizzle-orm';
import type { VoteValue } from '../../core/opinion';
import type { Db } from '../../db/connection';
import { AppError } from '../../http/errors';
import { opinionConversations, opinionParticipants, opinionStatements, opinionVotes } from './opinion.table';
import { participationUpsert } from './participation.store';
import { queryRows } from '../../db/rows';
import { createParticipants, type Voter } from './participant.service';

export type VoteIn = { by: Voter; tid: number; value: VoteValue; at: Date };
type Stored = Omit<VoteIn, 'by'> & { pid: number };
type Pending = VoteIn & { resolve: (votesVersion: number) => void; reject: (err: unknown) => void };
type Counts = { agree: number; disagree: number; pass: number };

const MAX_BATCH = 1000;
const COUNT = { 1: 'agree', [-1]: 'disagree', 0: 'pass' } as const;

const writers = new WeakMap<Db, VoteWriter>();

/** The writer of this database's votes (one per process and database, made on first use). */
export const voteWriterOf = (db: Db) => writers.get(db) ?? writers.set(db, new VoteWriter(db)).get(db)!;

export class VoteWriter {
  private readonly queues = new Map<string, Pending[]>();

  constructor(private readonly db: Db) {}

  /** Resolves once every vote handed in so far is written or refused: the server waits for it before closing the database. */
  async idle(): Promise<void> {
    while (this.queues.size) await new Promise((resolve) => setTimeout(resolve, 5));
  }

  /** Resolves with the conversation's votes_version once the vote is stored; rejects with the refusal. */
  submit(conversationId: string, vote: VoteIn): Promise<number> {
    return new Promise((resolve, reject) => {
      const queue = this.queues.get(conversationId);
      if (queue) return void queue.push({ ...vote, resolve, reject });
      this.queues.set(conversationId, [{ ...vote, resolve, reject }]);
      // on the next turn of the event loop, so that votes arriving together go in one batch
      setImmediate(() => void this.drain(conversationId));
    });
  }

  private async drain(conversationId: string) {
    const queue = this.queues.get(conversationId)!;
    while (queue.length) {
      const batch = queue.splice(0, MAX_BATCH);
      try {
        const outcomes = await this.db.transaction((tx) => writeBatch(tx, conversationId, batch));
        batch.forEach((p, i) => {
          const o = outcomes[i];
          if (o instanceof AppError) p.reject(o);
          else p.resolve(o);
        });
      } catch (err) {
        for (const p of batch) p.reject(err);
      }
    }
    this.queues.delete(conversationId);
  }
}

/** One batch in the caller's transaction: per vote, the votes_version it is stored under or its refusal. */
async function writeBatch(tx: Db, conversationId: string, batch: VoteIn[]): Promise<(number | AppError)[]> {
  const [head] = await tx
    .select({ status: opinionConversations.status, votesVersion: opinionConversations.votesVersion })
    .from(opinionConversations)
    .where(eq(opinionConversations.id, conversationId))
    .for('update');
  if (!head) return batch.map(() => AppError.of(404, 'opinion.not_found'));
  if (head.status === 'closed') return batch.map(() => AppError.of(409, 'opinion.closed'));
  // read after the lock, in its own statement, so it sees every batch committed before this one
  const known = await readBatch(tx, conversationId, batch);
  const refusals = batch.map((v) => statementRefusal(v, known.status.get(v.tid)));
  const voters = await resolveVoters(tx, conversationId, batch, refusals, known);
  const current = known.current;
  const latest = new Map<string, Stored>();
  const moved = new Map<number, Counts>();
  const cast: Date[] = [];
  const outcomes = batch.map((v, i): AppError | null => {
    const pid = voters[i];
    if (refusals[i]) return refusals[i];
    if (pid === null) return AppError.of(404, 'opinion.unknown_participant', { pid: 'pid' in v.by ? String(v.by.pid) : '?' });
    const key = `${pid}:${v.tid}`;
    const before = current.get(key);
    latest.set(key, { ...v, pid });
    if (before === v.value) return null;
    const counts = moved.get(v.tid) ?? moved.set(v.tid, { agree: 0, disagree: 0, pass: 0 }).get(v.tid)!;
    if (before !== undefined) counts[COUNT[before as VoteValue]]--;
    counts[COUNT[v.value]]++;
    current.set(key, v.value);
    cast.push(v.at);
    return null;
  });
  const changed = [...moved].filter(([, c]) => c.agree || c.disagree || c.pass);
  // the votes, the statements' counts, the votes cast on their day (a vote changed back within the batch
  // is cast twice and moves no count) and votes_version — raised only when a count moved — in one statement
  const days = participationUpsert(conversationId, { votesAt: cast });
  const writes = [
    ...(latest.size ? [sql`votes as (${upsertVotes(conversationId, [...latest.values()])})`] : []),
    ...(changed.length ? [sql`counts as (${moveCounts(conversationId, changed)})`] : []),
    ...(days ? [sql`days as (${days})`] : []),
  ];
  let version = head.votesVersion;
  if (writes.length) {
    const last = changed.length ? sql`update ${opinionConversations} set votes_version = votes_version + 1 where id = ${conversationId}::uuid returning votes_version` : sql`select ${version}::int as votes_version`;
    const [written] = await queryRows<{ votes_version: number }>(tx, sql`with ${sql.join(writes, sql`, `)} ${last}`);
    version = written.votes_version;
  }
  return outcomes.map((o) => o ?? version);
}

type BatchRead = { status: Map<number, string>; ofToken: Map<string, number>; knownPids: Set<number>; current: Map<string, number> };

/**
 * In one statement: the batch's statements' status, the pids of its tokens already stored, which of its
 * pids exist, and those participants' current votes on its statements (a newcomer has none).
 */
async function readBatch(tx: Db, conversationId: string, batch: VoteIn[]): Promise<BatchRead> {
  const tids = sql.param([...new Set(batch.map((v) => v.tid))]);
  const pids = sql.param([...new Set(batch.flatMap((v) => ('pid' in v.by ? [v.by.pid] : [])))]);
  const hashes = sql.param([...new Set(batch.flatMap((v) => ('tokenHash' in v.by ? [v.by.tokenHash] : [])))]);
  const c = sql`${conversationId}::uuid`;
  const ofTokens = sql`select p.pid, p.token_hash from ${opinionParticipants} p where p.conversation_id = ${c} and p.token_hash = any(${hashes}::text[])`;
  const [row] = await queryRows<{ statuses: [number, string][]; tokens: [string, number][]; pids: number[]; votes: [number, number, number][] }>(tx, sql`select
    (select coalesce(json_agg(json_build_array(s.tid, s.status)), '[]'::json) from ${opinionStatements} s where s.conversation_id = ${c} and s.tid = any(${tids}::int[])) as statuses,
    (select coalesce(json_agg(json_build_array(t.token_hash, t.pid)), '[]'::json) from (${ofTokens}) t) as tokens,
    (select coalesce(json_agg(p.pid), '[]'::json) from ${opinionParticipants} p where p.conversation_id = ${c} and p.pid = any(${pids}::int[])) as pids,
    (select coalesce(json_agg(json_build_array(v.pid, v.tid, v.value)), '[]'::json) from ${opinionVotes} v
      where v.conversation_id = ${c} and v.tid = any(${tids}::int[]) and (v.pid = any(${pids}::int[]) or v.pid in (select t.pid from (${ofTokens}) t))) as votes`);
  return {
    status: new Map(row.statuses),
    ofToken: new Map(row.tokens),
    knownPids: new Set(row.pids),
    current: new Map(row.votes.map(([pid, tid, value]) => [`${pid}:${tid}`, value])),
  };
}

function statementRefusal(v: VoteIn, status: string | undefined): AppError | null {
  if (status === undefined) return AppError.of(404, 'opinion.unknown_statement', { tid: String(v.tid) });
  if (status === 'pending') return AppError.of(409, 'opinion.statement_pending', { tid: String(v.tid) });
  if (status === 'rejected') return AppError.of(409, 'opinion.statement_rejected', { tid: String(v.tid) });
  return null;
}

/**
 * Per vote, its participant's pid (null: a pid the conversation does not know). Tokens not stored yet whose
 * vote is not refused become participants first, in the order of their first such vote; a token whose
 * every vote is refused makes no one.
 */
async function resolveVoters(tx: Db, conversationId: string, batch: VoteIn[], refusals: (AppError | null)[], known: BatchRead): Promise<(number | null)[]> {
  const ofToken = new Map(known.ofToken);
  const newcomers = new Map<string, Date>();
  batch.forEach((v, i) => {
    if ('tokenHash' in v.by && !refusals[i] && !ofToken.has(v.by.tokenHash) && !newcomers.has(v.by.tokenHash)) newcomers.set(v.by.tokenHash, v.at);
  });
  const made = await createParticipants(tx, conversationId, [...newcomers].map(([tokenHash, at]) => ({ tokenHash, at })));
  [...newcomers.keys()].forEach((hash, i) => ofToken.set(hash, made[i]));
  return batch.map((v) => ('pid' in v.by ? (known.knownPids.has(v.by.pid) ? v.by.pid : null) : (ofToken.get(v.by.tokenHash) ?? null)));
}

function upsertVotes(conversationId: string, votes: Stored[]): SQL {
  const column = <T>(pick: (v: Stored) => T) => sql.param(votes.map(pick));
  return sql`
    insert into ${opinionVotes} (conversation_id, pid, tid, value, voted_at)
    select ${conversationId}::uuid, u.pid, u.tid, u.value, u.at
    from unnest(${column((v) => v.pid)}::int[], ${column((v) => v.tid)}::int[], ${column((v) => v.value)}::smallint[], ${column((v) => v.at.toISOString())}::timestamptz[]) as u(pid, tid, value, at)
    on conflict (conversation_id, pid, tid) do update set value = excluded.value, voted_at = excluded.voted_at`;
}

function moveCounts(conversationId: string, changed: [number, Counts][]): SQL {
  const column = (pick: (c: Counts) => number) => sql.param(changed.map(([, c]) => pick(c)));
  return sql`
    update ${opinionStatements} s set agree = s.agree + d.agree, disagree = s.disagree + d.disagree, pass = s.pass + d.pass
    from unnest(${sql.param(changed.map(([tid]) => tid))}::int[], ${column((c) => c.agree)}::int[], ${column((c) => c.disagree)}::int[], ${column((c) => c.pass)}::int[]) as d(tid, agree, disagree, pass)
    where s.conversation_id = ${conversationId}::uuid and s.tid = d.tid`;
}
