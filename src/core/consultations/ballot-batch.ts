// One batch of ballots for one consultation, decided in memory once the consultation row is locked
// and the batch's tokens looked up: which ballots are accepted, and each one's receipt. The database
// layer only reads and writes. Nothing decided here records the order of casting: a receipt is
// random, and the token only marks its invitation used — it is never stored with the ballot.
import type { StoredChoice } from './spec';

/** Where an accepted ballot counts: its invitation's group and cluster (or a paper batch's). */
export type Invitee = { group: string | null; cluster: string | null };
/** A ballot from an invitation token, or from a committed paper batch (which names group and cluster). */
export type BatchBallot = { tokenHash: string | null; choice: StoredChoice; paper?: Invitee };
/** The consultation row as locked: status and how many ballots it holds. */
export type ChainHead = { status: string; count: number };
/** What the batch found in the database for its tokens: invitations, and which are already used. */
export type TokenLookup = { invited: ReadonlyMap<string, Invitee>; used: ReadonlySet<string> };

export type Refusal = { status: number; code: 'consultation.not_open' | 'ballot.token_required' | 'ballot.token_invalid' | 'ballot.token_used' };
export type Accepted = { receipt: string };
export type BallotRow = Accepted & Invitee & { tokenHash: string | null; choice: StoredChoice };

export type BatchDecision = { outcomes: (Accepted | Refusal)[]; rows: BallotRow[]; head: ChainHead };

export const isRefusal = (o: Accepted | Refusal): o is Refusal => 'code' in o;

/** The distinct tokens a batch must look up. */
export const batchTokens = (batch: readonly BatchBallot[]): string[] => [...new Set(batch.flatMap((b) => (b.tokenHash ? [b.tokenHash] : [])))];

/** The invitations an accepted batch marks used: exactly these must flip from unused, or nothing is written. */
export const tokensToMark = (rows: readonly BallotRow[]): string[] => rows.flatMap((r) => (r.tokenHash ? [r.tokenHash] : []));

export function decideBatch(head: ChainHead, batch: readonly BatchBallot[], tokens: TokenLookup, newReceipt: () => string): BatchDecision {
  if (head.status !== 'open') return { outcomes: batch.map(() => ({ status: 409, code: 'consultation.not_open' })), rows: [], head };
  const used = new Set(tokens.used);
  const rows: BallotRow[] = [];
  const outcomes = batch.map((b): Accepted | Refusal => {
    // Open consultations hand out tokens too, after a one-time code: every online ballot has one.
    if (!b.tokenHash && !b.paper) return { status: 401, code: 'ballot.token_required' };
    const invitee = b.tokenHash ? tokens.invited.get(b.tokenHash) : b.paper;
    if (!invitee) return { status: 403, code: 'ballot.token_invalid' };
    if (b.tokenHash && used.has(b.tokenHash)) return { status: 409, code: 'ballot.token_used' };
    if (b.tokenHash) used.add(b.tokenHash);
    const receipt = newReceipt();
    rows.push({ receipt, group: invitee.group, cluster: invitee.cluster, tokenHash: b.tokenHash, choice: b.choice });
    return { receipt };
  });
  return { outcomes, rows, head: { status: head.status, count: head.count + rows.length } };
}
