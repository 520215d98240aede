import { describe, expect, it } from 'vitest';
import { checkBallotList, listDigest, publishedOrder, receiptMatches, shortReceipt, type BallotList } from './receipt';

const ID = '00000000-0000-4000-8000-000000000001';
const list: BallotList = publishedOrder({
  ballots: [
    { group: 'b', cluster: null, choice: { approve: ['x'] } },
    { group: 'a', cluster: null, choice: { approve: ['y', 'x'] } },
    { group: 'a', cluster: null, choice: { approve: ['x'] } },
  ],
  receipts: ['f'.repeat(64), '0'.repeat(64), 'a'.repeat(64)],
});

describe('the published ballots list', () => {
  it('sorts ballots by content and receipts by value', () => {
    expect(list.ballots.map((b) => `${b.group}${JSON.stringify(b.choice)}`)).toEqual(['a{"approve":["x"]}', 'a{"approve":["y","x"]}', 'b{"approve":["x"]}']);
    expect(list.receipts.map((r) => r[0])).toEqual(['0', 'a', 'f']);
  });

  it('holds with its own digest and fails when a choice, a receipt, the order or the count changes', () => {
    const digest = listDigest(ID, list);
    expect(checkBallotList(ID, list, digest)).toBeNull();
    const altered = { ...list, ballots: list.ballots.map((b, i) => (i === 2 ? { ...b, choice: { approve: ['y'] } } : b)) };
    expect(checkBallotList(ID, altered, digest)).toMatchObject({ code: 'digest' });
    expect(checkBallotList(ID, { ...list, receipts: [...list.receipts].reverse() }, digest)).toMatchObject({ code: 'order' });
    expect(checkBallotList(ID, { ...list, ballots: [...list.ballots].reverse() }, digest)).toMatchObject({ code: 'order' });
    expect(checkBallotList(ID, { ...list, receipts: list.receipts.slice(1) }, digest)).toMatchObject({ code: 'count' });
    expect(checkBallotList(ID, { ...list, receipts: [list.receipts[0], ...list.receipts] }, digest)).toMatchObject({ code: 'duplicate_receipt' });
  });

  it('finds a receipt typed in full or in its short form, in either case', () => {
    const r = 'ab12'.repeat(16);
    expect(shortReceipt(r)).toBe('AB12-AB12-AB12-AB12-AB12');
    expect(receiptMatches('ab12-ab12-ab12-ab12-ab12', r)).toBe(true);
    expect(receiptMatches(r.toUpperCase(), r)).toBe(true);
    expect(receiptMatches('AB12-AB12-AB12-AB12-AB13', r)).toBe(false);
  });
});
