// Receipts and the published ballots list. A receipt is a random code handed to the voter when their
// ballot is stored; it is kept apart from the ballot, so it says that a ballot was counted, not which.
// The list publishes the ballots (sorted by their content) and the receipts (sorted) separately, with
// a digest over both in that order: anyone can recompute it, compare it with the one on the results
// page, and look their receipt up — and neither order says anything about the order of casting.
import { createHash } from 'node:crypto';
import type { StoredChoice } from './spec';

export type ListedBallot = { group: string | null; cluster: string | null; choice: StoredChoice };
export type BallotList = { ballots: ListedBallot[]; receipts: string[] };

/** JSON with object keys sorted, so equal choices always hash alike. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A receipt from 32 random bytes: 64 hex digits, like the chained receipts of earlier releases. */
export const receiptFrom = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

const lineOf = (b: ListedBallot) => `${b.group ?? ''}\t${b.cluster ?? ''}\t${canonicalJson(b.choice)}`;
// Code-unit order, not a locale's: the same on every machine, in every language.
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The list in its published order: ballots by content, receipts by value. */
export function publishedOrder(list: BallotList): BallotList {
  const keyed = list.ballots.map((b) => ({ b, line: lineOf(b) })).sort((x, y) => byCodeUnits(x.line, y.line));
  return { ballots: keyed.map((k) => k.b), receipts: [...list.receipts].sort(byCodeUnits) };
}

/** SHA-256 over the consultation id, then every ballot, then every receipt, one line each, in the order given. */
export function listDigest(consultationId: string, list: BallotList): string {
  const hash = createHash('sha256').update(`doithoai-ballots-v2\n${consultationId}\n`);
  for (const b of list.ballots) hash.update(`ballot\t${lineOf(b)}\n`);
  for (const r of list.receipts) hash.update(`receipt\t${r}\n`);
  return hash.digest('hex');
}

export type ListProblem = { code: 'order' | 'duplicate_receipt' | 'count' | 'digest'; detail: string };

/** What is wrong with a published list, or null when it holds together and matches its stated digest. */
export function checkBallotList(consultationId: string, list: BallotList, statedDigest: string): ListProblem | null {
  const lines = list.ballots.map(lineOf);
  const badBallot = lines.findIndex((l, i) => i > 0 && byCodeUnits(lines[i - 1], l) > 0);
  if (badBallot > 0) return { code: 'order', detail: `ballot ${badBallot + 1} is out of the published order` };
  const badReceipt = list.receipts.findIndex((r, i) => i > 0 && byCodeUnits(list.receipts[i - 1], r) >= 0);
  if (badReceipt > 0) {
    const duplicate = list.receipts[badReceipt - 1] === list.receipts[badReceipt];
    return duplicate ? { code: 'duplicate_receipt', detail: `receipt ${list.receipts[badReceipt]} appears twice` } : { code: 'order', detail: `receipt ${badReceipt + 1} is out of order` };
  }
  if (list.ballots.length !== list.receipts.length) return { code: 'count', detail: `${list.ballots.length} ballots but ${list.receipts.length} receipts` };
  const digest = listDigest(consultationId, list);
  if (digest !== statedDigest) return { code: 'digest', detail: `the list's digest is ${digest}, the file states ${statedDigest}` };
  return null;
}

/** How a receipt is shown to a voter: the first 20 hex digits in groups of four. */
export const shortReceipt = (receipt: string) => receipt.slice(0, 20).toUpperCase().match(/.{4}/g)!.join('-');

/** A receipt as typed by a voter (full or short form) matched against a full receipt. */
export const receiptMatches = (typed: string, receipt: string) => {
  const t = typed.trim().toUpperCase();
  return receipt.toUpperCase() === t || shortReceipt(receipt) === t;
};
