// The seeded bootstrap (and the seeded generator under it): reproducible, and right in the cases
// whose answer is known without resampling: a unanimous vote never changes, shares add up.
import { describe, expect, it } from 'vitest';
import { parseBallotJson } from '../ballots/json.parser';
import { createRandom } from '../random';
import { bootstrapStability } from './stability';

const json = (doc: object) => parseBallotJson(JSON.stringify(doc), 'test.json');

describe('createRandom', () => {
  it('repeats its sequence for the same seed and differs between seeds', () => {
    const take = (seed: number) => Array.from({ length: 5 }, createRandom(seed).next);
    expect(take(42)).toEqual(take(42));
    expect(take(42)).not.toEqual(take(43));
  });

  it('spreads draws evenly over [0, 1)', () => {
    // 100 000 draws into 10 bins: each bin expects 10 000, standard deviation about 95
    const random = createRandom(7);
    const bins = new Array<number>(10).fill(0);
    let outside = 0;
    for (let k = 0; k < 100_000; k++) {
      const x = random.next();
      if (x >= 0 && x < 1) bins[Math.floor(x * 10)]++;
      else outside++;
    }
    expect(outside).toBe(0);
    for (const count of bins) expect(Math.abs(count - 10_000)).toBeLessThan(600);
  });
});

describe('bootstrapStability', () => {
  it('finds a unanimous ranking perfectly stable', () => {
    const profile = json({ candidates: ['A', 'B', 'C'], ballots: [{ ranking: ['B', 'A', 'C'], weight: 30 }] });
    const stability = bootstrapStability(profile, { method: 'borda' }, { resamples: 50, seed: 1 });
    expect(stability.rankShares).toEqual({ A: [0, 1, 0], B: [1, 0, 0], C: [0, 0, 1] });
    expect(stability.rankInterval90).toEqual({ A: [2, 2], B: [1, 1], C: [3, 3] });
    expect(stability.topSame).toEqual([{ k: 1, share: 1 }, { k: 2, share: 1 }, { k: 3, share: 1 }]);
  });

  it('gives the same figures for the same seed, with rank shares adding up to 1', () => {
    const profile = json({
      candidates: ['A', 'B', 'C'],
      ballots: [{ ranking: ['A', 'B', 'C'], weight: 11 }, { ranking: ['B', 'C', 'A'], weight: 10 }, { ranking: ['C', 'A', 'B'], weight: 9 }],
    });
    const run = () => bootstrapStability(profile, { method: 'irv' }, { resamples: 200, seed: 5 });
    const first = run();
    expect(run()).toEqual(first);
    for (const shares of Object.values(first.rankShares)) expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    // a near three-way tie cannot be stable
    expect(first.topSame[0].share).toBeLessThan(0.9);
  });

  it('leaves out, and counts, the draws a method cannot count', () => {
    // Bradley–Terry with A and B each winning once: a draw that takes only one of the two
    // comparisons has no estimate
    const profile = json({ candidates: ['A', 'B'], ballots: [{ pair: ['A', 'B'] }, { pair: ['B', 'A'] }] });
    const stability = bootstrapStability(profile, { method: 'bradley-terry' }, { resamples: 100, seed: 3 });
    expect(stability.failed).toBeGreaterThan(0);
    expect(stability.failed).toBeLessThan(100);
  });
});
