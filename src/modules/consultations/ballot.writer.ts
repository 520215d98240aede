// Writes ballots with group commit: ballots for one consultation that arrive while a batch is being
// written wait and go together in the next transaction, so a busy hall costs one commit per batch,
// not per ballot. Each ballot is acknowledged (its promise resolves) only after its batch commits.
// Inside the transaction the consultation row is locked, which orders batches, status changes and
// the receipt chain; tokens are checked against invitations and earlier ballots, and a unique index
// on (consultation_id, token_hash) guards against any path that skips this check.
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import { nextReceipt } from '../../core/consultations/receipt';
import type { StoredChoice } from '../../core/consultations/spec';
import { AppError } from '../../http/errors';
import { ballots, consultations, invitations } from './consultation.table';

export type BallotReceipt = { seq: number; receipt: string };
/** A ballot to write: from an invitation token, or from a committed paper batch (which names its group and cluster). */
type Ballot = { tokenHash: string | null; choice: StoredChoice; paper?: { group: string | null; cluster: string | null } };
type Pending = Ballot & { resolve: (r: BallotReceipt) => void; reject: (e: unknown) => void };
type Outcome = BallotReceipt | AppError;

const MAX_BATCH = 1000;

export class BallotWriter {
  private readonly queues = new Map<string, Pending[]>();
  private readonly busy = new Set<string>();

  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
  ) {}

  submit(consultationId: string, tokenHash: string | null, choice: StoredChoice): Promise<BallotReceipt> {
    return new Promise((resolve, reject) => {
      const queue = this.queues.get(consultationId) ?? [];
      queue.push({ tokenHash, choice, resolve, reject });
      this.queues.set(consultationId, queue);
      if (this.busy.has(consultationId)) return;
      // Start on the next turn of the event loop, so that ballots arriving together (and voters
      // whose previous acknowledgements just resolved) go in one batch rather than one by one.
      this.busy.add(consultationId);
      setImmediate(() => void this.drain(consultationId));
    });
  }

  private async drain(consultationId: string) {
    try {
      for (let queue = this.queues.get(consultationId); queue?.length; queue = this.queues.get(consultationId)) {
        const batch = queue.splice(0, MAX_BATCH);
        try {
          const outcomes = await this.write(consultationId, batch);
          batch.forEach((p, i) => (outcomes[i] instanceof AppError ? p.reject(outcomes[i]) : p.resolve(outcomes[i] as BallotReceipt)));
        } catch (err) {
          for (const p of batch) p.reject(err);
        }
      }
    } finally {
      this.busy.delete(consultationId);
      this.queues.delete(consultationId);
    }
  }

  private write(consultationId: string, batch: Pending[]): Promise<Outcome[]> {
    return this.db.transaction((tx) => this.writeIn(tx, consultationId, batch));
  }

  /** Paper ballots of a batch, written inside the caller's transaction so the batch commits with them. */
  async writePaper(tx: Db, consultationId: string, paper: { group: string | null; cluster: string | null }, choices: StoredChoice[]): Promise<BallotReceipt[]> {
    const outcomes = await this.writeIn(tx, consultationId, choices.map((choice) => ({ tokenHash: null, choice, paper })));
    const failed = outcomes.find((o) => o instanceof AppError);
    if (failed) throw failed;
    return outcomes as BallotReceipt[];
  }

  private async writeIn(tx: Db, consultationId: string, batch: Ballot[]): Promise<Outcome[]> {
    const [c] = await tx
      .select({ status: consultations.status, count: consultations.ballotCount, last: consultations.lastReceipt })
      .from(consultations)
      .where(eq(consultations.id, consultationId))
      .for('update');
    if (!c) return batch.map(() => AppError.of(404, 'consultation.not_found'));
    if (c.status !== 'open') return batch.map(() => AppError.of(409, 'consultation.not_open'));

    const tokens = [...new Set(batch.flatMap((p) => (p.tokenHash ? [p.tokenHash] : [])))];
    const invited = new Map<string, { group: string | null; cluster: string | null }>();
    const used = new Set<string>();
    if (tokens.length) {
      // One array parameter rather than one per token: the statement stays the same size however big the batch.
      const anyToken = sql`any(${sql.param(tokens)}::text[])`;
      const inv = await tx.select().from(invitations).where(and(eq(invitations.consultationId, consultationId), sql`${invitations.tokenHash} = ${anyToken}`));
      for (const i of inv) invited.set(i.tokenHash, { group: i.group, cluster: i.cluster });
      const prior = await tx.select({ t: ballots.tokenHash }).from(ballots).where(and(eq(ballots.consultationId, consultationId), sql`${ballots.tokenHash} = ${anyToken}`));
      for (const p of prior) used.add(p.t!);
    }

    let seq = c.count;
    let previous = c.last;
    const rows: { seq: number; tokenHash: string | null; choice: string; group: string | null; cluster: string | null; receipt: string }[] = [];
    const receivedAt = this.now();
    const outcomes = batch.map((p): Outcome => {
      // Open consultations hand out tokens too, after a one-time code: every online ballot has one.
      if (!p.tokenHash && !p.paper) return AppError.of(401, 'ballot.token_required');
      const invitation = p.tokenHash ? invited.get(p.tokenHash) : (p.paper ?? { group: null, cluster: null });
      if (!invitation) return AppError.of(403, 'ballot.token_invalid');
      if (p.tokenHash && used.has(p.tokenHash)) return AppError.of(409, 'ballot.token_used');
      if (p.tokenHash) used.add(p.tokenHash);
      seq += 1;
      const receipt = nextReceipt(consultationId, previous, { seq, group: invitation.group, cluster: invitation.cluster, choice: p.choice });
      previous = receipt;
      rows.push({ seq, tokenHash: p.tokenHash, choice: JSON.stringify(p.choice), group: invitation.group, cluster: invitation.cluster, receipt });
      return { seq, receipt };
    });
    if (rows.length) {
      await insertBallots(tx, consultationId, receivedAt, rows);
      await tx.update(consultations).set({ ballotCount: seq, lastReceipt: previous }).where(eq(consultations.id, consultationId));
    }
    return outcomes;
  }
}

/** The batch as one INSERT … SELECT FROM unnest(arrays): six parameters whatever the batch size. */
function insertBallots(tx: Db, consultationId: string, receivedAt: Date, rows: { seq: number; tokenHash: string | null; choice: string; group: string | null; cluster: string | null; receipt: string }[]) {
  const column = <K extends keyof (typeof rows)[number]>(key: K) => sql.param(rows.map((r) => r[key]));
  return tx.execute(sql`
    insert into ballots (consultation_id, seq, token_hash, choice, "group", cluster, receipt, received_at)
    select ${consultationId}::uuid, u.seq, u.token, u.choice::jsonb, u.grp, u.cluster, u.receipt, ${receivedAt.toISOString()}::timestamptz
    from unnest(${column('seq')}::bigint[], ${column('tokenHash')}::text[], ${column('choice')}::text[], ${column('group')}::text[], ${column('cluster')}::text[], ${column('receipt')}::text[])
      as u(seq, token, choice, grp, cluster, receipt)`);
}

export const ballotCount = (db: Db, consultationId: string) =>
  db.select({ n: sql<number>`count(*)::int` }).from(ballots).where(eq(ballots.consultationId, consultationId)).then((r) => r[0].n);
