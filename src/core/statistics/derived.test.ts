// Derived measures: a ratio per province with its inputs, and on the 34 recomputed from the summed inputs.
// Figures from test/fixtures/vn/gso_2002_2016_choisy/ (line and column beside each), ratios worked by hand.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALITIES_34, LOCALITIES_63, predecessorsOf } from '../localities/units';
import { GSO_DATASETS } from './catalogue';
import { DERIVED, derive, deriveOnto34 } from './derived';

// 2015: patient beds "2015 Total" (beds file lines 70–72) and average population (area file lines 69–71)
const BEDS = new Map([['92', 2966], ['93', 2500], ['94', 2851]]);
const POPULATION = new Map([['92', 1248.0], ['93', 770.4], ['94', 1310.7]]);

describe('derived measures', () => {
  it('name imported datasets as their inputs', () => {
    for (const d of DERIVED) {
      expect(GSO_DATASETS.has(d.numerator), d.key).toBe(true);
      expect(GSO_DATASETS.has(d.denominator), d.key).toBe(true);
      expect(GSO_DATASETS.has(d.key), d.key).toBe(false);
    }
  });

  it('give Cần Thơ’s 2015 beds per 10,000 people with both inputs beside: 2,966 ÷ 1,248.0 thousand × 10', () => {
    const [canTho, noFigure] = derive(['92', '01'], BEDS, POPULATION, 10);
    expect(canTho).toEqual({ code: '92', value: (2966 / 1248.0) * 10, numerator: 2966, denominator: 1248.0 });
    expect(canTho.value).toBeCloseTo(23.766, 3);
    expect(noFigure).toEqual({ code: '01', value: null, numerator: null, denominator: null });
    expect(derive(['92'], BEDS, new Map([['92', 0]]), 10)[0].value).toBeNull();
  });

  it('recompute the merged Cần Thơ from its summed inputs, not from the mean of three ratios', () => {
    const row = deriveOnto34(BEDS, POPULATION, 10).find((r) => r.code === '92')!;
    expect(row).toMatchObject({ numerator: 8317, constituents: ['92', '93', '94'], missing: [] });
    expect(row.denominator).toBeCloseTo(3329.1, 9);
    expect(row.value).toBeCloseTo((8317 / 3329.1) * 10, 9); // 24.98…
    const meanOfRatios = ((2966 / 1248.0 + 2500 / 770.4 + 2851 / 1310.7) * 10) / 3; // 26.44…, what averaging would say
    expect(Math.abs(row.value! - meanOfRatios)).toBeGreaterThan(1);
    expect(deriveOnto34(new Map([['92', 2966]]), POPULATION, 10).find((r) => r.code === '92')).toMatchObject({ value: null, missing: ['93', '94'] });
  });

  it('property: a 34-unit’s ratio lies between its parts’ smallest and largest ratio', () => {
    const positive = fc.array(fc.double({ min: 0.5, max: 1e6, noNaN: true }), { minLength: 63, maxLength: 63 });
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 63, maxLength: 63 }), positive, (nums, dens) => {
        const numerator = new Map(LOCALITIES_63.map((u, i) => [u.code, nums[i]]));
        const denominator = new Map(LOCALITIES_63.map((u, i) => [u.code, dens[i]]));
        for (const row of deriveOnto34(numerator, denominator, 10)) {
          const ratios = predecessorsOf(LOCALITIES_34.find((u) => u.code === row.code)!).map((p) => (10 * numerator.get(p.code)!) / denominator.get(p.code)!);
          const slack = 1e-9 * Math.max(1, ...ratios);
          expect(row.value!).toBeGreaterThanOrEqual(Math.min(...ratios) - slack);
          expect(row.value!).toBeLessThanOrEqual(Math.max(...ratios) + slack);
        }
      }),
    );
  });
});
