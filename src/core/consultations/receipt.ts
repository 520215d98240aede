// Receipts chain the ballots of one consultation: each receipt hashes the previous receipt with the
// ballot's sequence number, group, cluster and choice. Anyone holding the anonymised ballots file
// can recompute the chain, find their own receipt in it, and see that nothing was removed,
// altered or inserted afterwards.
import { createHash } from 'node:crypto';
import type { StoredChoice } from './spec';

export type ChainedBallot = { seq: number; group: string | null; cluster: string | null; choice: StoredChoice; receipt: string };

/** JSON with object keys sorted, so equal choices always hash alike. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function nextReceipt(consultationId: string, previous: string, ballot: Omit<ChainedBallot, 'receipt'>): string {
  return createHash('sha256')
    .update([previous, consultationId, ballot.seq, ballot.group ?? '', ballot.cluster ?? '', canonicalJson(ballot.choice)].join('\n'))
    .digest('hex');
}

/** The first ballot whose receipt does not follow from those before it, or null when the chain holds. */
export function findBrokenLink(consultationId: string, ballots: readonly ChainedBallot[]): { seq: number; reason: string } | null {
  let previous = '';
  let expectedSeq = 1;
  for (const b of ballots) {
    if (b.seq !== expectedSeq) return { seq: b.seq, reason: `expected ballot number ${expectedSeq}` };
    if (nextReceipt(consultationId, previous, b) !== b.receipt) return { seq: b.seq, reason: 'receipt does not match its ballot and the one before' };
    previous = b.receipt;
    expectedSeq++;
  }
  return null;
}

/** How a receipt is shown to a voter: the first 20 hex digits in groups of four. */
export const shortReceipt = (receipt: string) => receipt.slice(0, 20).toUpperCase().match(/.{4}/g)!.join('-');
