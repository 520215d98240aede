import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kendallTau, meanKendallTau } from './agreement';

const order = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), { minLength: 2, maxLength: 9 });

describe("Kendall's τ between two rankings", () => {
  it('is 1 for the same order, −1 for the reverse, and symmetric', () => {
    fc.assert(
      fc.property(order, fc.integer(), (keys, seed) => {
        const shuffled = [...keys].sort((x, y) => ((x.charCodeAt(0) * 31 + seed) % 7) - ((y.charCodeAt(0) * 31 + seed) % 7) || x.localeCompare(y));
        expect(kendallTau(keys, keys)).toBe(1);
        expect(kendallTau(keys, [...keys].reverse())).toBe(-1);
        expect(kendallTau(keys, shuffled)).toBeCloseTo(kendallTau(shuffled, keys), 12);
        expect(Math.abs(kendallTau(keys, shuffled))).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('counts one swapped neighbour pair out of three as τ = 1/3', () => {
    expect(kendallTau(['a', 'b', 'c'], ['b', 'a', 'c'])).toBeCloseTo(1 / 3, 12);
    expect(meanKendallTau([['a', 'b', 'c']])).toBeUndefined();
    expect(meanKendallTau([['a', 'b', 'c'], ['a', 'b', 'c'], ['c', 'b', 'a']])).toBeCloseTo((1 - 1 - 1) / 3, 12);
  });
});
