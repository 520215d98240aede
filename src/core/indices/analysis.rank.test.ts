// Rank and percentile, checked against their definitions computed here from the raw values: competition
// rank = 1 + how many are strictly better; percentile = share of the others below, ties counting half.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALITIES_63 } from '../localities/units';
import { rankValues, standings } from './analysis.rank';

const values = fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 40 });
const items = (vs: number[]) => vs.map((value, i) => ({ code: `c${i}`, value }));

describe('rankValues', () => {
  it('ranks a small field with a tie as the PCI tables do', () => {
    const out = rankValues([{ code: 'a', value: 5 }, { code: 'b', value: 7 }, { code: 'c', value: 7 }, { code: 'd', value: 3 }]);
    expect(out.map((s) => [s.code, s.rank])).toEqual([['a', 3], ['b', 1], ['c', 1], ['d', 4]]);
    // n = 4: d has none below → 0; a has one below → 100/3; b and c have two below and one tie → 100 × 2.5/3.
    expect(out.map((s) => s.percentile)).toEqual([100 / 3, 250 / 3, 250 / 3, 0]);
  });

  it('leaves out missing values and gives a lone value rank 1, percentile 100', () => {
    const out = rankValues([{ code: 'a', value: null }, { code: 'b', value: 4 }, { code: 'c', value: undefined }]);
    expect(out).toEqual([{ code: 'b', value: 4, rank: 1, percentile: 100, of: 1 }]);
  });

  it('matches the definitions on any field', () => {
    fc.assert(
      fc.property(values, (vs) => {
        const out = rankValues(items(vs));
        const n = vs.length;
        out.forEach((s, i) => {
          const greater = vs.filter((v) => v > vs[i]).length;
          const less = vs.filter((v) => v < vs[i]).length;
          const ties = vs.filter((v) => v === vs[i]).length - 1;
          expect(s.rank).toBe(1 + greater);
          expect(s.percentile).toBeCloseTo(n === 1 ? 100 : (100 * (less + ties / 2)) / (n - 1), 9);
          expect(s.percentile).toBeGreaterThanOrEqual(0);
          expect(s.percentile).toBeLessThanOrEqual(100);
        });
      }),
    );
  });

  it('is monotone: a better value never ranks lower, and equal values stand together', () => {
    fc.assert(
      fc.property(values, (vs) => {
        const out = rankValues(items(vs));
        for (let i = 0; i < vs.length; i++) {
          for (let j = 0; j < vs.length; j++) {
            if (vs[i] > vs[j]) {
              expect(out[i].rank).toBeLessThan(out[j].rank);
              expect(out[i].percentile).toBeGreaterThan(out[j].percentile);
            } else if (vs[i] === vs[j]) {
              expect(out[i].rank).toBe(out[j].rank);
              expect(out[i].percentile).toBe(out[j].percentile);
            }
          }
        }
      }),
    );
  });

  it('averages 50 over the field and ignores any increasing rescaling of the values', () => {
    fc.assert(
      fc.property(values.filter((vs) => vs.length > 1), fc.double({ min: 0.1, max: 100, noNaN: true }), fc.double({ min: -50, max: 50, noNaN: true }), (vs, scale, shift) => {
        const out = rankValues(items(vs));
        expect(out.reduce((s, x) => s + x.percentile, 0) / out.length).toBeCloseTo(50, 9);
        const rescaled = rankValues(items(vs.map((v) => v * scale + shift)));
        expect(rescaled.map((s) => [s.rank, s.percentile])).toEqual(out.map((s) => [s.rank, s.percentile]));
      }),
    );
  });
});

describe('standings', () => {
  it('ranks within each region as if the region were the whole field', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 63, maxLength: 63 }), (vs) => {
        const rows = LOCALITIES_63.map((u, i) => ({ localityCode: u.code, dimensions: { d: vs[i] }, score: null }));
        for (const s of standings(rows, 'd')) {
          const peers = LOCALITIES_63.map((u, i) => ({ u, v: vs[i] })).filter(({ u }) => u.region === s.region);
          expect(s.regional.rank).toBe(1 + peers.filter(({ v }) => v > s.value).length);
          expect(s.regional.of).toBe(peers.length);
          expect(s.national.of).toBe(63);
        }
      }),
      { numRuns: 30 },
    );
  });
});
