import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partSizes, withheldParts } from './withhold';

describe('withheldParts', () => {
  it('withholds a group of 1 and a group of 4 and shows a group of 5 (minimum 5)', () => {
    const w = withheldParts({ head: 1, small: 4, five: 5, many: 30 }, 40, 5);
    expect([...w].sort()).toEqual(['head', 'small']);
  });

  it('withholds the smallest shown group too when the rest would give away a lone ballot by subtraction', () => {
    // total 36: shown groups sum to 35, so the one village head could be read as 36 − 35.
    expect([...withheldParts({ head: 1, five: 5, many: 30 }, 36, 5)].sort()).toEqual(['five', 'head']);
    // Two ballots in no group are protected the same way.
    expect([...withheldParts({ five: 5, many: 30 }, 37, 5)].sort()).toEqual(['five']);
  });

  it('honours another minimum', () => {
    expect([...withheldParts({ a: 2, b: 9, c: 10 }, 21, 10)].sort()).toEqual(['a', 'b']);
    expect([...withheldParts({ a: 2, b: 9, c: 10 }, 21, 2)]).toEqual([]);
  });

  it('never leaves between 1 and min − 1 ballots to be read off by subtraction, nor shows a group under min', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 12 }), { maxLength: 8 }), fc.nat({ max: 6 }), fc.integer({ min: 2, max: 8 }), (counts, unassigned, min) => {
        const sizes = Object.fromEntries(counts.map((n, i) => [`g${i}`, n]));
        const total = counts.reduce((s, n) => s + n, unassigned);
        const withheld = withheldParts(sizes, total, min);
        const shown = Object.keys(sizes).filter((k) => !withheld.has(k));
        for (const k of shown) expect(sizes[k]).toBeGreaterThanOrEqual(min);
        const remainder = total - shown.reduce((s, k) => s + sizes[k], 0);
        expect(remainder === 0 || remainder >= min || shown.length === 0).toBe(true);
      }),
    );
  });
});

describe('partSizes', () => {
  it('counts ballots per declared key, zero for an empty one, ignoring undeclared and missing keys', () => {
    expect(partSizes(['a', 'b'], [{ g: 'a' }, { g: 'a' }, { g: null }, { g: 'x' }], (r) => r.g)).toEqual({ a: 2, b: 0 });
  });
});
