import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideBatch, isRefusal, type BatchBallot, type ChainHead, type Invitee } from './ballot-batch';
import { findBrokenLink, type ChainedBallot } from './receipt';

const ID = '00000000-0000-4000-8000-000000000001';
const open: ChainHead = { status: 'open', count: 0, last: '' };
const invited = new Map<string, Invitee>([
  ['t1', { group: 'citizens', cluster: null }],
  ['t2', { group: 'business', cluster: null }],
  ['t3', { group: null, cluster: 'north' }],
]);
const ballot = (tokenHash: string | null, pick = 'a'): BatchBallot => ({ tokenHash, choice: { approve: [pick] } });

describe('decideBatch', () => {
  it('accepts each invited token once, in arrival order, and refuses the rest with the reason a voter sees', () => {
    const batch = [ballot('t1'), ballot('forged'), ballot('t1', 'b'), ballot(null), ballot('t2'), ballot('t3')];
    const d = decideBatch(ID, open, batch, { invited, used: new Set(['t3']) });
    expect(d.outcomes.map((o) => (isRefusal(o) ? o.code : o.seq))).toEqual([1, 'ballot.token_invalid', 'ballot.token_used', 'ballot.token_required', 2, 'ballot.token_used']);
    expect(d.rows.map((r) => [r.tokenHash, r.group])).toEqual([['t1', 'citizens'], ['t2', 'business']]);
    expect(d.head).toMatchObject({ count: 2, last: d.rows[1].receipt });
  });

  it('refuses the whole batch when the consultation is not open, and leaves the chain head alone', () => {
    const head = { status: 'closed', count: 7, last: 'abc' };
    const d = decideBatch(ID, head, [ballot('t1'), ballot('t2')], { invited, used: new Set() });
    expect(d.outcomes.every((o) => isRefusal(o) && o.code === 'consultation.not_open')).toBe(true);
    expect(d.rows).toEqual([]);
    expect(d.head).toEqual(head);
  });

  it('takes a paper ballot without a token, counted in the paper batch’s group and cluster', () => {
    const d = decideBatch(ID, open, [{ tokenHash: null, choice: { approve: ['a'] }, paper: { group: 'g', cluster: 'c' } }], { invited, used: new Set() });
    expect(d.rows[0]).toMatchObject({ seq: 1, group: 'g', cluster: 'c', tokenHash: null });
  });

  it('continues one verifiable receipt chain across batches, however the ballots are split', () => {
    const tokens = Array.from({ length: 30 }, (_, i) => `tok${i}`);
    const all = new Map(tokens.map((t, i) => [t, { group: i % 2 ? 'a' : 'b', cluster: null }]));
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 40 }), { minLength: 1, maxLength: 60 }), fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 1, maxLength: 20 }), (picks, sizes) => {
        const arrivals = picks.map((p) => ballot(p < 30 ? tokens[p] : `forged${p}`, `o${p % 3}`));
        let head = open;
        const used = new Set<string>();
        const stored: ChainedBallot[] = [];
        for (let start = 0, k = 0; start < arrivals.length; start += sizes[k % sizes.length], k++) {
          const d = decideBatch(ID, head, arrivals.slice(start, start + sizes[k % sizes.length]), { invited: all, used });
          for (const r of d.rows) {
            used.add(r.tokenHash!);
            stored.push({ seq: r.seq, group: r.group, cluster: r.cluster, choice: r.choice, receipt: r.receipt });
          }
          head = d.head;
        }
        expect(findBrokenLink(ID, stored)).toBeNull();
        // One ballot per distinct invited token, whatever the batching.
        expect(stored.length).toBe(new Set(picks.filter((p) => p < 30)).size);
      }),
    );
  });
});
