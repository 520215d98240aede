// A fixed vector for the published ballots list: inputs and the digest they must give, worked out by
// hand from the format's definition (open-data README.txt), not by the code under test. A change of
// the format — prefix, line shapes, order, key sorting in the choice — fails here.
import { describe, expect, it } from 'vitest';
import { checkBallotList, listDigest, publishedOrder, shortReceipt } from './receipt';

const ID = '11111111-2222-4333-8444-555555555555';
const receipt = (pair: string) => pair.repeat(32);

// As stored: choices with their keys in any order, one ballot whose cluster is withheld (blank).
const stored = {
  ballots: [
    { group: null, cluster: 'dong-bac', choice: { scores: { r2: 3, r1: 5 } } },
    { group: null, cluster: null, choice: { scores: { r2: 2, r1: 2 } } },
    { group: null, cluster: 'dong-bac', choice: { scores: { r2: 4, r1: 0 } } },
  ],
  receipts: [receipt('c3'), receipt('0a'), receipt('5f')],
};

// Published order: ballots by the line "group<TAB>cluster<TAB>choice" in code units (a blank cluster's
// tab, 0x09, before "d"; then "r1":0 before "r1":5), choices as JSON with sorted keys; receipts by value.
// The digest is SHA-256 over these lines, each ending in "\n":
//   printf 'doithoai-ballots-v2\n11111111-2222-4333-8444-555555555555\n
//   ballot\t\t\t{"scores":{"r1":2,"r2":2}}\nballot\t\tdong-bac\t{"scores":{"r1":0,"r2":4}}\n
//   ballot\t\tdong-bac\t{"scores":{"r1":5,"r2":3}}\nreceipt\t0a0a…\nreceipt\t5f5f…\nreceipt\tc3c3…\n' | sha256sum
// (one printf argument, without the line breaks shown here; each receipt its two digits 32 times).
const DIGEST = '67f3a12747eb4a27c8504425d98fa8e553adc494eb69d65bfb95dae8c0ce5063';

describe('the published ballots list, against a vector worked out by hand', () => {
  const list = publishedOrder(stored);

  it('puts ballots and receipts in the published order', () => {
    expect(list.ballots.map((b) => [b.cluster, b.choice])).toEqual([
      [null, { scores: { r1: 2, r2: 2 } }],
      ['dong-bac', { scores: { r1: 0, r2: 4 } }],
      ['dong-bac', { scores: { r1: 5, r2: 3 } }],
    ]);
    expect(list.receipts).toEqual([receipt('0a'), receipt('5f'), receipt('c3')]);
  });

  it('gives the digest computed by hand, and the list holds against it', () => {
    expect(listDigest(ID, list)).toBe(DIGEST);
    expect(checkBallotList(ID, list, DIGEST)).toBeNull();
  });

  it('shows a voter the first 20 hex digits, upper case, in groups of four', () => {
    expect(shortReceipt(receipt('c3'))).toBe('C3C3-C3C3-C3C3-C3C3-C3C3');
  });
});
