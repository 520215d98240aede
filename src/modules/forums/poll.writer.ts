// Writes poll ballots with group commit, on the pattern of consultations' BallotWriter and
// question.writer.ts: the ballots of one poll that arrive while a batch is being written wait and go
// together in the next transaction, so a hall of dozens of points voting within seconds costs one
// commit per batch, not per ballot. A caller's promise resolves only after its batch commits: an
// acknowledged ballot is a stored ballot.
//
// In the transaction the poll's consultation row is locked first (so that a close either comes before
// the batch, which is then refused whole with forum.poll_not_open, or after it), then the voters are
// marked in forum_poll_voters in registration order with `on conflict do nothing`: a voter already
// marked — by an earlier batch, or by an earlier ballot of the same batch — is refused alone with
// forum.poll_already_voted; the rest are written by consultations' writeBallotsWithin, anonymous, in
// the group of their check-in point.
import { eq } from 'drizzle-orm';
import type { StoredChoice } from '../../core/consultations/spec';
import type { Db } from '../../db/connection';
import { AppError } from '../../http/errors';
import { consultations, writeBallotsWithin } from '../consultations';
import { forumPollVoters } from './poll.table';

/** One checked-in participant's ballot in a poll, already checked against the poll's ballot rules. */
export type PollBallot = { pollId: string; consultationId: string; registrationId: string; choice: StoredChoice; group: string | null };
export type PollReceipt = { receipt: string };
/** Where ballots go: the process's writer. */
export type PollSink = { submit(ballot: PollBallot): Promise<PollReceipt> };
type Pending = PollBallot & { resolve: (r: PollReceipt) => void; reject: (e: unknown) => void };
type Outcome = PollReceipt | AppError;

const MAX_BATCH = 1000;

export class PollWriter implements PollSink {
  private readonly queues = new Map<string, Pending[]>();
  private readonly running = new Map<string, Promise<void>>();

  constructor(private readonly db: Db) {}

  submit(ballot: PollBallot): Promise<PollReceipt> {
    return new Promise((resolve, reject) => {
      const queue = this.queues.get(ballot.pollId) ?? [];
      queue.push({ ...ballot, resolve, reject });
      this.queues.set(ballot.pollId, queue);
      if (!this.running.has(ballot.pollId)) this.running.set(ballot.pollId, this.drain(ballot.pollId));
    });
  }

  /** Resolves once every ballot handed in so far is written or refused: the server waits for it before closing the database. */
  async idle(): Promise<void> {
    while (this.running.size) await Promise.all(this.running.values());
  }

  private async drain(pollId: string) {
    // Start on the next turn of the event loop, so that ballots arriving together go in one batch.
    await new Promise((resolve) => setImmediate(resolve));
    for (;;) {
      const queue = this.queues.get(pollId);
      // Checked and let go in one step, with no await between: a ballot handed in now starts a new drain.
      if (!queue?.length) {
        this.queues.delete(pollId);
        this.running.delete(pollId);
        return;
      }
      const batch = queue.splice(0, MAX_BATCH);
      try {
        const outcomes = await this.db.transaction((tx) => writeBatch(tx, batch));
        batch.forEach((p, i) => (outcomes[i] instanceof AppError ? p.reject(outcomes[i]) : p.resolve(outcomes[i] as PollReceipt)));
      } catch (err) {
        for (const p of batch) p.reject(err);
      }
    }
  }
}

/** One transaction: the consultation locked and its status read, the voters marked, the marked ones' ballots written. */
async function writeBatch(tx: Db, batch: PollBallot[]): Promise<Outcome[]> {
  const { pollId, consultationId } = batch[0];
  const [head] = await tx.select({ status: consultations.status }).from(consultations).where(eq(consultations.id, consultationId)).for('update');
  if (head?.status !== 'open') return batch.map(() => AppError.of(409, 'forum.poll_not_open'));
  // The first ballot of each registration in the batch is the one tried; a later one is a second ballot.
  const first = new Map<string, number>();
  batch.forEach((b, i) => first.has(b.registrationId) || first.set(b.registrationId, i));
  const ids = [...first.keys()].sort();
  const marked = new Set(
    (await tx.insert(forumPollVoters).values(ids.map((registrationId) => ({ pollId, registrationId }))).onConflictDoNothing().returning({ id: forumPollVoters.registrationId })).map((r) => r.id),
  );
  const accepted = batch.flatMap((b, i) => (first.get(b.registrationId) === i && marked.has(b.registrationId) ? [i] : []));
  const receipts = accepted.length ? await writeBallotsWithin(tx, consultationId, accepted.map((i) => ({ tokenHash: null, choice: batch[i].choice, paper: { group: batch[i].group, cluster: null } }))) : [];
  const byIndex = new Map(accepted.map((i, k) => [i, receipts[k]]));
  return batch.map((_, i) => {
    const r = byIndex.get(i);
    return r ? { receipt: r.receipt } : AppError.of(409, 'forum.poll_already_voted');
  });
}
