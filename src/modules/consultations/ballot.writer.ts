// Writes ballots with group commit: ballots for one consultation that arrive while a batch is being
// written wait and go together in the next transaction, so a busy hall costs one commit per batch,
// not per ballot. Each ballot is acknowledged (its promise resolves) only after its batch commits.
// Inside the transaction the consultation row is locked, which orders batches and status changes;
// tokens are checked against their invitations (core/ballot-batch), and each accepted token's
// invitation is marked used by a conditional update that must flip it, which guards against any path
// that skips this check. The ballot row keeps nothing of the token, nor when it was cast; its receipt
// is stored in another table, so neither an export nor a copy of the database pairs the two.
//
// Online ballots take two round trips per batch (ballot.sql.ts); paper batches and the demo write
// inside their caller's transaction with the same decisions through drizzle. Either way the batch's
// running tallies move in the same transaction (tally.store.ts).
import { randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import type { TwoStep } from '../../db/two-step';
import { batchTokens, decideBatch, isRefusal, tokensToMark, type Accepted, type BallotRow, type BatchBallot, type BatchDecision, type Invitee } from '../../core/consultations/ballot-batch';
import { canonicalJson, publishedOrder, receiptFrom } from '../../core/consultations/receipt';
import type { BallotType, StoredChoice } from '../../core/consultations/spec';
import { AppError } from '../../http/errors';
import { readBatchScript, readLookup, writeBatchScript } from './ballot.sql';
import { ballotReceipts, ballots, consultations, invitations } from './consultation.table';
import { keepTallies } from './tally.store';

export type BallotReceipt = Accepted;
type Pending = BatchBallot & { resolve: (r: BallotReceipt) => void; reject: (e: unknown) => void };

const MAX_BATCH = 1000;
// Two batches of a consultation may be under way at once: while one waits for its commit (the disk),
// the next has already sent its lock and lookup and waits for the row, and the process meanwhile
// answers the voters of the first. The row lock still orders them. Measured (npm run bench, 64
// clients, PostgreSQL): about 14 % more ballots per second than one at a time; three lanes did worse.
const LANES = 2;

const newReceipt = () => receiptFrom(randomBytes(32));

const toOutcome = (o: BatchDecision['outcomes'][number]) => (isRefusal(o) ? AppError.of(o.status, o.code) : o);

export class BallotWriter {
  private readonly queues = new Map<string, Pending[]>();
  /** Batches under way per consultation (at most LANES). */
  private readonly busy = new Map<string, number>();
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly db: Db,
    private readonly twoStep: TwoStep,
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
    await this.twoStep(readBatchScript(consultationId, batchTokens(batch)), (results) => {
      const found = readLookup(results);
      if (!found) return null;
      decision = decideBatch(found.head, batch, found.tokens, newReceipt);
      return decision.rows.length ? writeBatchScript(consultationId, decision.rows, decision.head, found.kept) : null;
    });
    const decided = decision as BatchDecision | null;
    return decided ? decided.outcomes.map(toOutcome) : batch.map(() => AppError.of(404, 'consultation.not_found'));
  }

  /** Paper ballots of a batch, in the caller's transaction so the batch commits with them. */
  writePaper(tx: Db, consultationId: string, paper: Invitee, choices: StoredChoice[]): Promise<BallotReceipt[]> {
    return writeBallotsWithin(tx, consultationId, choices.map((choice) => ({ tokenHash: null, choice, paper })));
  }
}

/** Ballots written inside the caller's transaction (a paper batch, the demo): all accepted, or an error thrown. */
export async function writeBallotsWithin(tx: Db, consultationId: string, batch: BatchBallot[]): Promise<BallotReceipt[]> {
  const [head] = await tx
    .select({ status: consultations.status, count: consultations.ballotCount, type: sql<BallotType>`${consultations.ballot}->>'type'`, tallyVersion: consultations.tallyVersion })
    .from(consultations)
    .where(eq(consultations.id, consultationId))
    .for('update');
  if (!head) throw AppError.of(404, 'consultation.not_found');
  const decision = decideBatch(head, batch, await lookUpTokens(tx, consultationId, batchTokens(batch)), newReceipt);
  const refused = decision.outcomes.find(isRefusal);
  if (refused) throw toOutcome(refused);
  if (decision.rows.length) {
    await markUsed(tx, consultationId, tokensToMark(decision.rows));
    await insertRows(tx, consultationId, decision.rows);
    await tx.update(consultations).set({ ballotCount: decision.head.count }).where(eq(consultations.id, consultationId));
    await keepTallies(tx, consultationId, head, decision.rows);
    await tx.execute(sql`select pg_notify('ballots', ${consultationId})`);
  }
  return decision.outcomes as BallotReceipt[];
}

async function lookUpTokens(tx: Db, consultationId: string, tokens: string[]) {
  const invited = new Map<string, Invitee>();
  const used = new Set<string>();
  if (tokens.length) {
    const anyToken = sql`${invitations.tokenHash} = any(${sql.param(tokens)}::text[])`;
    for (const i of await tx.select().from(invitations).where(and(eq(invitations.consultationId, consultationId), anyToken))) {
      invited.set(i.tokenHash, { group: i.group, cluster: i.cluster });
      if (i.used) used.add(i.tokenHash);
    }
  }
  return { invited, used };
}

/** Each token's invitation flips from unused to used, or the transaction fails: one ballot per token. */
async function markUsed(tx: Db, consultationId: string, tokens: string[]) {
  if (!tokens.length) return;
  const marked = await tx
    .update(invitations)
    .set({ used: true })
    .where(and(eq(invitations.consultationId, consultationId), sql`${invitations.tokenHash} = any(${sql.param(tokens)}::text[])`, eq(invitations.used, false)))
    .returning({ t: invitations.tokenHash });
  if (marked.length !== tokens.length) throw AppError.of(409, 'ballot.token_used');
}

/** Ballots sorted by content and receipts by value, so that neither records arrival or the pairing (see ballot.sql.ts). */
async function insertRows(tx: Db, consultationId: string, rows: BallotRow[]) {
  const sorted = publishedOrder({ ballots: rows, receipts: rows.map((r) => r.receipt) });
  const column = (pick: (r: BallotRow) => string | null) => sql.param(sorted.ballots.map((r) => pick(r as BallotRow)));
  await tx.execute(sql`
    insert into ballots (consultation_id, choice, "group", cluster)
    select ${consultationId}::uuid, u.choice::jsonb, u.grp, u.cluster
    from unnest(${column((r) => canonicalJson(r.choice))}::text[], ${column((r) => r.group)}::text[], ${column((r) => r.cluster)}::text[]) as u(choice, grp, cluster)`);
  await tx.insert(ballotReceipts).values(sorted.receipts.map((receipt) => ({ consultationId, receipt })));
}

export const ballotCount = (db: Db, consultationId: string) =>
  db.select({ n: sql<number>`count(*)::int` }).from(ballots).where(eq(ballots.consultationId, consultationId)).then((r) => r[0].n);
