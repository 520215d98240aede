// Writes ballots with group commit: ballots for one consultation that arrive while a batch is being
// written wait and go together in the next transaction, so a busy hall costs one commit per batch,
// not per ballot. Each ballot is acknowledged (its promise resolves) only after its batch commits.
// Inside the transaction the consultation row is locked, which orders batches, status changes and
// the receipt chain; tokens are checked against invitations and earlier ballots (core/ballot-batch),
// and a unique index on (consultation_id, token_hash) guards against any path that skips this check.
//
// Online ballots take two round trips per batch (ballot.sql.ts); paper batches and the demo write
// inside their caller's transaction with the same decisions through drizzle.
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import type { TwoStep } from '../../db/two-step';
import { batchTokens, decideBatch, isRefusal, type Accepted, type BallotRow, type BatchBallot, type BatchDecision, type Invitee } from '../../core/consultations/ballot-batch';
import type { StoredChoice } from '../../core/consultations/spec';
import { AppError } from '../../http/errors';
import { readBatchScript, readLookup, writeBatchScript } from './ballot.sql';
import { ballots, consultations, invitations } from './consultation.table';

export type BallotReceipt = Accepted;
type Pending = BatchBallot & { resolve: (r: BallotReceipt) => void; reject: (e: unknown) => void };

const MAX_BATCH = 1000;
// Two batches of a consultation may be under way at once: while one waits for its commit (the disk),
// the next has already sent its lock and lookup and waits for the row, and the process meanwhile
// answers the voters of the first. The row lock still orders them. Measured (npm run bench, 64
// clients, PostgreSQL): about 14 % more ballots per second than one at a time; three lanes did worse.
const LANES = 2;

const toOutcome = (o: BatchDecision['outcomes'][number]) => (isRefusal(o) ? AppError.of(o.status, o.code) : o);

export class BallotWriter {
  private readonly queues = new Map<string, Pending[]>();
  /** Batches under way per consultation (at most LANES). */
  private readonly busy = new Map<string, number>();
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly db: Db,
    private readonly twoStep: TwoStep,
    private readonly now: () => Date,
  ) {}

  submit(consultationId: string, tokenHash: string | null, choice: StoredChoice): Promise<BallotReceipt> {
    return new Promise((resolve, reject) => {
      const queue = this.queues.get(consultationId) ?? [];
      queue.push({ tokenHash, choice, resolve, reject });
      this.queues.set(consultationId, queue);
      const lanes = this.busy.get(consultationId) ?? 0;
      if (lanes >= LANES) return;
      // Start on the next turn of the event loop, so that ballots arriving together (and voters
      // whose previous acknowledgements just resolved) go in one batch rather than one by one.
      this.busy.set(consultationId, lanes + 1);
      setImmediate(() => {
        const drained = this.drain(consultationId).finally(() => this.running.delete(drained));
        this.running.add(drained);
      });
    });
  }

  /** Resolves once every ballot handed in so far is written or refused: the server waits for it before closing the database. */
  async idle(): Promise<void> {
    while (this.busy.size || this.running.size) {
      await Promise.all(this.running);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  private async drain(consultationId: string) {
    try {
      for (let queue = this.queues.get(consultationId); queue?.length; queue = this.queues.get(consultationId)) {
        const batch = queue.splice(0, MAX_BATCH);
        try {
          const outcomes = await this.writeOnline(consultationId, batch);
          batch.forEach((p, i) => (outcomes[i] instanceof AppError ? p.reject(outcomes[i]) : p.resolve(outcomes[i] as BallotReceipt)));
        } catch (err) {
          for (const p of batch) p.reject(err);
        }
      }
    } finally {
      const lanes = (this.busy.get(consultationId) ?? 1) - 1;
      if (lanes > 0) this.busy.set(consultationId, lanes);
      else {
        this.busy.delete(consultationId);
        this.queues.delete(consultationId);
      }
    }
  }

  private async writeOnline(consultationId: string, batch: BatchBallot[]): Promise<(BallotReceipt | AppError)[]> {
    let decision: BatchDecision | null = null;
    const receivedAt = this.now();
    await this.twoStep(readBatchScript(consultationId, batchTokens(batch)), (results) => {
      const found = readLookup(results);
      if (!found) return null;
      decision = decideBatch(consultationId, found.head, batch, found.tokens);
      return decision.rows.length ? writeBatchScript(consultationId, receivedAt, decision.rows, decision.head) : null;
    });
    const decided = decision as BatchDecision | null;
    return decided ? decided.outcomes.map(toOutcome) : batch.map(() => AppError.of(404, 'consultation.not_found'));
  }

  /** Paper ballots of a batch, in the caller's transaction so the batch commits with them. */
  writePaper(tx: Db, consultationId: string, paper: Invitee, choices: StoredChoice[]): Promise<BallotReceipt[]> {
    return writeBallotsWithin(tx, consultationId, choices.map((choice) => ({ tokenHash: null, choice, paper })), this.now());
  }
}

/** Ballots written inside the caller's transaction (a paper batch, the demo): all accepted, or an error thrown. */
export async function writeBallotsWithin(tx: Db, consultationId: string, batch: BatchBallot[], receivedAt: Date): Promise<BallotReceipt[]> {
  const [head] = await tx
    .select({ status: consultations.status, count: consultations.ballotCount, last: consultations.lastReceipt })
    .from(consultations)
    .where(eq(consultations.id, consultationId))
    .for('update');
  if (!head) throw AppError.of(404, 'consultation.not_found');
  const decision = decideBatch(consultationId, head, batch, await lookUpTokens(tx, consultationId, batchTokens(batch)));
  const refused = decision.outcomes.find(isRefusal);
  if (refused) throw toOutcome(refused);
  if (decision.rows.length) {
    await insertRows(tx, consultationId, receivedAt, decision.rows);
    await tx.update(consultations).set({ ballotCount: decision.head.count, lastReceipt: decision.head.last }).where(eq(consultations.id, consultationId));
  }
  return decision.outcomes as BallotReceipt[];
}

async function lookUpTokens(tx: Db, consultationId: string, tokens: string[]) {
  const invited = new Map<string, Invitee>();
  const used = new Set<string>();
  if (tokens.length) {
    const anyToken = sql`any(${sql.param(tokens)}::text[])`;
    for (const i of await tx.select().from(invitations).where(and(eq(invitations.consultationId, consultationId), sql`${invitations.tokenHash} = ${anyToken}`)))
      invited.set(i.tokenHash, { group: i.group, cluster: i.cluster });
    for (const p of await tx.select({ t: ballots.tokenHash }).from(ballots).where(and(eq(ballots.consultationId, consultationId), sql`${ballots.tokenHash} = ${anyToken}`)))
      used.add(p.t!);
  }
  return { invited, used };
}

/** The rows as one INSERT … SELECT FROM unnest(arrays): six parameters whatever the batch size. */
function insertRows(tx: Db, consultationId: string, receivedAt: Date, rows: BallotRow[]) {
  const column = (pick: (r: BallotRow) => string | number | null) => sql.param(rows.map(pick));
  return tx.execute(sql`
    insert into ballots (consultation_id, seq, token_hash, choice, "group", cluster, receipt, received_at)
    select ${consultationId}::uuid, u.seq, u.token, u.choice::jsonb, u.grp, u.cluster, u.receipt, ${receivedAt.toISOString()}::timestamptz
    from unnest(${column((r) => r.seq)}::bigint[], ${column((r) => r.tokenHash)}::text[], ${column((r) => JSON.stringify(r.choice))}::text[],
                ${column((r) => r.group)}::text[], ${column((r) => r.cluster)}::text[], ${column((r) => r.receipt)}::text[])
      as u(seq, token, choice, grp, cluster, receipt)`);
}

export const ballotCount = (db: Db, consultationId: string) =>
  db.select({ n: sql<number>`count(*)::int` }).from(ballots).where(eq(ballots.consultationId, consultationId)).then((r) => r[0].n);
