// One batch of ballots for one consultation, decided in memory once the consultation row is locked
// and the batch's tokens looked up: which ballots are accepted, their sequence numbers, and the
// receipt chain continued from the stored head. The database layer only reads and writes.
import { nextReceipt } from './receipt';
import type { StoredChoice } from './spec';

/** Where an accepted ballot counts: its invitation's group and cluster (or a paper batch's). */
export type Invitee = { group: string | null; cluster: string | null };
/** A ballot from an invitation token, or from a committed paper batch (which names group and cluster). */
export type BatchBallot = { tokenHash: string | null; choice: StoredChoice; paper?: Invitee };
/** The consultation row as locked: status and the head of the receipt chain. */
export type ChainHead = { status: string; count: number; last: string };
/** What the batch found in the database for its tokens. */
export type TokenLookup = { invited: ReadonlyMap<string, Invitee>; used: ReadonlySet<string> };

export type Refusal = { status: number; code: 'consultation.not_open' | 'ballot.token_required' | 'ballot.token_invalid' | 'ballot.token_used' };
export type Accepted = { seq: number; receipt: string };
export type BallotRow = Accepted & Invitee & { tokenHash: string | null; choice: StoredChoice };

export type BatchDecision = { outcomes: (Accepted | Refusal)[]; rows: BallotRow[]; head: ChainHead };

export const isRefusal = (o: Accepted | Refusal): o is Refusal => 'code' in o;

/** The distinct tokens a batch must look up. */
export const batchTokens = (batch: readonly BatchBallot[]): string[] => [...new Set(batch.flatMap((b) => (b.tokenHash ? [b.tokenHash] : [])))];

export function decideBatch(consultationId: string, head: ChainHead, batch: readonly BatchBallot[], tokens: TokenLookup): BatchDecision {
  if (head.status !== 'open') return { outcomes: batch.map(() => ({ status: 409, code: 'consultation.not_open' })), rows: [], head };
  const used = new Set(tokens.used);
  let { count, last } = head;
  const rows: BallotRow[] = [];
  const outcomes = batch.map((b): Accepted | Refusal => {
    // Open consultations hand out tokens too, after a one-time code: every online ballot has one.
    if (!b.tokenHash && !b.paper) return { status: 401, code: 'ballot.token_required' };
    const invitee = b.tokenHash ? tokens.invited.get(b.tokenHash) : b.paper;
    if (!invitee) return { status: 403, code: 'ballot.token_invalid' };
    if (b.tokenHash && used.has(b.tokenHash)) return { status: 409, code: 'ballot.token_used' };
    if (b.tokenHash) used.add(b.tokenHash);
    count += 1;
    last = nextReceipt(consultationId, last, { seq: count, group: invitee.group, cluster: invitee.cluster, choice: b.choice });
    rows.push({ seq: count, receipt: last, group: invitee.group, cluster: invitee.cluster, tokenHash: b.tokenHash, choice: b.choice });
    return { seq: count, receipt: last };
  });
  return { outcomes, rows, head: { status: head.status, count, last } };
}
