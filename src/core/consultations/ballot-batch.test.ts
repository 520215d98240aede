import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideBatch, isRefusal, tokensToMark, type BatchBallot, type ChainHead, type Invitee } from './ballot-batch';

const open: ChainHead = { status: 'open', count: 0 };
const invited = new Map<string, Invitee>([
  ['t1', { group: 'citizens', cluster: null }],
  ['t2', { group: 'business', cluster: null }],
  ['t3', { group: null, cluster: 'north' }],
]);
const ballot = (tokenHash: string | null, pick = 'a'): BatchBallot => ({ tokenHash, choice: { approve: [pick] } });
const counter = () => {
  let n = 0;
  return () => `r${++n}`;
};

describe('decideBatch', () => {
  it('accepts each invited token once, in arrival order, and refuses the rest with the reason a voter sees', () => {
    const batch = [ballot('t1'), ballot('forged'), ballot('t1', 'b'), ballot(null), ballot('t2'), ballot('t3')];
    const d = decideBatch(open, batch, { invited, used: new Set(['t3']) }, counter());
    expect(d.outcomes.map((o) => (isRefusal(o) ? o.code : o.receipt))).toEqual(['r1', 'ballot.token_invalid', 'ballot.token_used', 'ballot.token_required', 'r2', 'ballot.token_used']);
    expect(d.rows.map((r) => [r.tokenHash, r.group])).toEqual([['t1', 'citizens'], ['t2', 'business']]);
    expect(tokensToMark(d.rows)).toEqual(['t1', 't2']);
    expect(d.head).toEqual({ status: 'open', count: 2 });
  });

  it('refuses the whole batch when the consultation is not open, and leaves the count alone', () => {
    const head = { status: 'closed', count: 7 };
    const d = decideBatch(head, [ballot('t1'), ballot('t2')], { invited, used: new Set() }, counter());
    expect(d.outcomes.every((o) => isRefusal(o) && o.code === 'consultation.not_open')).toBe(true);
    expect(d.rows).toEqual([]);
    expect(d.head).toEqual(head);
  });

  it('takes a paper ballot without a token, counted in the paper batch’s group and cluster, marking no invitation', () => {
    const d = decideBatch(open, [{ tokenHash: null, choice: { approve: ['a'] }, paper: { group: 'g', cluster: 'c' } }], { invited, used: new Set() }, counter());
    expect(d.rows[0]).toMatchObject({ receipt: 'r1', group: 'g', cluster: 'c', tokenHash: null });
    expect(tokensToMark(d.rows)).toEqual([]);
  });

  it('stores one ballot per distinct invited token and counts them, however the ballots are split into batches', () => {
    const tokens = Array.from({ length: 30 }, (_, i) => `tok${i}`);
    const all = new Map(tokens.map((t, i) => [t, { group: i % 2 ? 'a' : 'b', cluster: null }]));
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 40 }), { minLength: 1, maxLength: 60 }), fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 1, maxLength: 20 }), (picks, sizes) => {
        const arrivals = picks.map((p) => ballot(p < 30 ? tokens[p] : `forged${p}`, `o${p % 3}`));
        let head = open;
        const used = new Set<string>();
        const receipts: string[] = [];
        const next = counter();
        for (let start = 0, k = 0; start < arrivals.length; start += sizes[k % sizes.length], k++) {
          const d = decideBatch(head, arrivals.slice(start, start + sizes[k % sizes.length]), { invited: all, used }, next);
          for (const t of tokensToMark(d.rows)) used.add(t);
          receipts.push(...d.rows.map((r) => r.receipt));
          head = d.head;
        }
        const distinct = new Set(picks.filter((p) => p < 30)).size;
        expect(receipts.length).toBe(distinct);
        expect(new Set(receipts).size).toBe(distinct);
        expect(head.count).toBe(distinct);
      }),
    );
  });
});
