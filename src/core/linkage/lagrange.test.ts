// The reduction before the 3-cycle search: its bound is never below the best packing, and it never leaves
// out an exchange that a better packing than the one in hand needs. Expected values by hand and by a
// brute force written here.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Candidate } from './candidate';
import { reduceCandidates } from './lagrange';

const exchange = (members: number[], score: number): Candidate => ({ members, score, share: score / members.length });

/** The best total of disjoint exchanges, by trying each exchange in or out. */
function best(candidates: Candidate[], used = new Set<number>(), from = 0): number {
  let top = 0;
  for (let k = from; k < candidates.length; k++) {
    const c = candidates[k];
    if (c.members.some((m) => used.has(m))) continue;
    const next = new Set([...used, ...c.members]);
    top = Math.max(top, c.score + best(candidates, next, k + 1));
  }
  return top;
}

describe('reduceCandidates', () => {
  it('bounds three pairs in a triangle by the half-integral 3, not the 2 a packing reaches', () => {
    // each of a–b, b–c, a–c scores 2: any packing takes one pair (2); taking each pair half gives 3,
    // and prices of 1 each (Σλ = 3, every reduced score 0) show no fractional packing does better
    const triangle = [exchange([0, 1], 2), exchange([1, 2], 2), exchange([0, 2], 2)];
    const { bound, kept } = reduceCandidates(3, triangle, [2, 2, 2], 2);
    expect(bound).toBeGreaterThanOrEqual(3 - 1e-9);
    expect(bound).toBeLessThan(3.05);
    // prices near 1 leave every reduced score near 0, above 2 − 3 = −1: the bound cannot rule any pair out
    expect(kept).toHaveLength(3);
  });

  it('leaves out an exchange no better packing can hold', () => {
    // the pair 0–1 scores 10 and is in hand; the 3-cycle 0–1–2 scores 3, the pair 2–3 scores 1:
    // with prices 5, 5, 0.5, 0.5 (Σ = 11 = 10 + 1) the 3-cycle's reduced score is 3 − 10.5 = −7.5 and
    // 11 − 7.5 ≤ 10, so it goes; the pairs stay
    const cycle = exchange([0, 1, 2], 3);
    const { kept, bound } = reduceCandidates(4, [exchange([0, 1], 10), cycle, exchange([2, 3], 1)], [5, 5, 0.5, 0.5], 10);
    expect(bound).toBeCloseTo(11, 9);
    expect(kept).not.toContain(cycle);
    expect(kept).toHaveLength(2);
  });

  it('never bounds below the best packing, nor drops what a better one needs (random regions)', () => {
    const region = fc.integer({ min: 2, max: 7 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        list: fc.array(
          fc.record({ members: fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { minLength: 2, maxLength: 3 }), score: fc.integer({ min: 1, max: 40 }).map((v) => v / 4) }),
          { maxLength: 14 },
        ),
        start: fc.array(fc.integer({ min: 0, max: 20 }).map((v) => v / 2), { minLength: n, maxLength: n }),
        fraction: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
    );
    fc.assert(
      fc.property(region, ({ n, list, start, fraction }) => {
        const candidates = list.map((c) => exchange(c.members, c.score));
        const optimum = best(candidates);
        const inHand = optimum * fraction;
        const { kept, bound } = reduceCandidates(n, candidates, start, inHand);
        expect(bound).toBeGreaterThanOrEqual(optimum - 1e-9);
        if (optimum > inHand + 1e-9) expect(best(kept)).toBeCloseTo(optimum, 9);
      }),
      { numRuns: 400 },
    );
  });
});
