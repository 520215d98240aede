// Carrying statistics onto the 34: a count's figure is the sum of its parts, a rate's the mean of its parts
// weighted by its denominator, so it lies between their smallest and largest (fast-check); worked by hand on
// GSO's 2015 population density of Cần Thơ, Hậu Giang and Sóc Trăng (merged into Cần Thơ, 2025).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALITIES_34, LOCALITIES_63, predecessorsOf } from '../localities/units';
import { GSO_DATASETS } from './catalogue';
import { rateOnto34, sumOnto34 } from './reaggregate';

const codes = LOCALITIES_63.map((u) => u.code);
const figures = (min: number, max: number) => fc.array(fc.double({ min, max, noNaN: true }), { minLength: codes.length, maxLength: codes.length });

describe('onto the 34', () => {
  it('sums a count: each figure is the sum of its predecessors’ figures', () => {
    fc.assert(
      fc.property(figures(0, 1e6), (values) => {
        const byCode = new Map(codes.map((c, i) => [c, values[i]]));
        for (const row of sumOnto34(byCode)) {
          const parts = row.constituents.map((c) => byCode.get(c)!);
          expect(row.value).toBeCloseTo(parts.reduce((a, b) => a + b, 0), 6);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('weights a rate by its denominator: each figure lies between its parts’ minimum and maximum', () => {
    fc.assert(
      fc.property(figures(0, 100), figures(0.001, 1e5), (rates, weights) => {
        const r = new Map(codes.map((c, i) => [c, rates[i]]));
        const w = new Map(codes.map((c, i) => [c, weights[i]]));
        for (const row of rateOnto34(r, w)) {
          const parts = row.constituents.map((c) => r.get(c)!);
          expect(row.value).not.toBeNull();
          expect(row.value!).toBeGreaterThanOrEqual(Math.min(...parts) - 1e-9);
          expect(row.value!).toBeLessThanOrEqual(Math.max(...parts) + 1e-9);
          expect(row.weight).toBeCloseTo(row.constituents.reduce((s, c) => s + w.get(c)!, 0), 6);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('gives the merged Cần Thơ its own 2015 density (GSO area table, lines 69–71): Σ persons ÷ Σ km²', () => {
    // 2015: Cần Thơ 1,408.9 km², 886.0 persons/km²; Hậu Giang 1,602.4, 481.0; Sóc Trăng 3,311.6, 396.0.
    const density = new Map([['92', 886.0], ['93', 481.0], ['94', 396.0]]);
    const area = new Map([['92', 1408.9], ['93', 1602.4], ['94', 3311.6]]);
    const canTho = rateOnto34(density, area).find((r) => r.code === '92')!;
    const byHand = (886.0 * 1408.9 + 481.0 * 1602.4 + 396.0 * 3311.6) / (1408.9 + 1602.4 + 3311.6);
    expect(canTho.value).toBeCloseTo(byHand, 9);
    expect(canTho.value).toBeCloseTo(526.726, 3);
    // …which is the persons over the km² of the three (1,248.0 + 770.4 + 1,310.7 thousand ÷ 6,322.9 km² = 526.5),
    // up to the rounding of the published densities.
    expect(Math.abs(canTho.value! - (3329.1 * 1000) / 6322.9)).toBeLessThan(0.5);
    expect(canTho.constituents).toEqual(['92', '93', '94']);
    // A province whose parts were not given has no figure, and says which parts are missing.
    const haNoi = rateOnto34(density, area).find((r) => r.code === '01')!;
    expect(haNoi).toMatchObject({ value: null, weight: null, missing: ['01'] });
  });

  it('refuses a figure when a predecessor lacks its rate or its weight', () => {
    const unit = LOCALITIES_34.find((u) => predecessorsOf(u).length === 3)!;
    const [a, b, c] = predecessorsOf(unit).map((p) => p.code);
    const rows = rateOnto34(new Map([[a, 1], [b, 2], [c, 3]]), new Map([[a, 10], [b, 10]]));
    expect(rows.find((r) => r.code === unit.code)).toMatchObject({ value: null, missing: [c] });
  });

  it('declares a denominator for every rate of the catalogue that can have one, itself a count in the catalogue', () => {
    for (const d of GSO_DATASETS.values()) {
      if (!d.denominator) continue;
      expect(d.aggregation, d.key).toBe('rate');
      expect(GSO_DATASETS.get(d.denominator)?.aggregation, d.key).toBe('sum');
    }
    expect(GSO_DATASETS.get('gso.poverty-rate')?.denominator).toBe('gso.households');
    expect(GSO_DATASETS.get('gso.under-five-mortality')?.denominator).toBe('gso.live-births');
    expect(GSO_DATASETS.get('gso.income.total')?.denominator).toBe('gso.population.total');
  });
});
