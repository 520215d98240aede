// Re-aggregation onto the 34: an unchanged unit keeps its province's figures exactly, a merged one gets the
// (weighted) mean of its predecessors computed here from the inputs, and every figure names its sources.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors';
import { LOCALITIES_34, LOCALITIES_63, predecessorsOf } from '../localities/units';
import { reaggregateTo34 } from './analysis.reaggregate';
import type { IndexRow } from './types';

const figures = fc.array(fc.record({ a: fc.double({ min: 0, max: 10, noNaN: true }), b: fc.double({ min: 0, max: 10, noNaN: true }) }), {
  minLength: 63,
  maxLength: 63,
});
const edition = (fs: Array<{ a: number; b: number }>): IndexRow[] =>
  LOCALITIES_63.map((u, i) => ({ index: 'PCI', year: 2016, localityCode: u.code, dimensions: { a: fs[i].a, b: fs[i].b }, score: fs[i].a + fs[i].b }));

describe('reaggregateTo34', () => {
  it('gives a unit formed from one province exactly that province\'s figures', () => {
    fc.assert(
      fc.property(figures, (fs) => {
        const rows = edition(fs);
        const { rows: merged } = reaggregateTo34(rows);
        for (const unit of LOCALITIES_34.filter((u) => predecessorsOf(u).length === 1)) {
          const source = rows.find((r) => r.localityCode === predecessorsOf(unit)[0].code)!;
          const row = merged.find((m) => m.localityCode === unit.code)!;
          expect(row.dimensions).toEqual(source.dimensions);
          expect(row.score).toBe(source.score);
          expect(row.constituents).toEqual([{ code: source.localityCode, weight: 1 }]);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('gives a merged unit the plain mean of its predecessors, within their range', () => {
    fc.assert(
      fc.property(figures, (fs) => {
        const rows = edition(fs);
        const { rows: merged } = reaggregateTo34(rows);
        expect(merged).toHaveLength(34);
        for (const row of merged) {
          const sources = rows.filter((r) => predecessorsOf(LOCALITIES_34.find((u) => u.code === row.localityCode)!).some((p) => p.code === r.localityCode));
          const mean = sources.reduce((s, r) => s + r.dimensions.a, 0) / sources.length;
          expect(row.dimensions.a).toBeCloseTo(mean, 9);
          expect(row.dimensions.a).toBeGreaterThanOrEqual(Math.min(...sources.map((r) => r.dimensions.a)) - 1e-9);
          expect(row.dimensions.a).toBeLessThanOrEqual(Math.max(...sources.map((r) => r.dimensions.a)) + 1e-9);
          expect(row.constituents.map((c) => c.code)).toEqual(sources.map((r) => r.localityCode));
        }
      }),
      { numRuns: 50 },
    );
  });

  it('weights by the figures supplied and says so', () => {
    const rows = edition(LOCALITIES_63.map(() => ({ a: 1, b: 1 })));
    rows.find((r) => r.localityCode === '92')!.dimensions.a = 6;
    rows.find((r) => r.localityCode === '93')!.dimensions.a = 3;
    rows.find((r) => r.localityCode === '94')!.dimensions.a = 0;
    const weights = Object.fromEntries(LOCALITIES_63.map((u) => [u.code, 1]));
    Object.assign(weights, { '92': 2, '93': 1, '94': 1 });
    const result = reaggregateTo34(rows, { weights, weightsLabel: 'population' });
    const canTho = result.rows.find((r) => r.localityCode === '92')!;
    // (2 × 6 + 1 × 3 + 1 × 0) / 4
    expect(canTho.dimensions.a).toBeCloseTo(3.75, 12);
    expect(canTho.constituents).toEqual([{ code: '92', weight: 0.5 }, { code: '93', weight: 0.25 }, { code: '94', weight: 0.25 }]);
    expect(result.method).toContain('weighted by population');
    expect(canTho.method).toBe('weighted by population mean of 92, 93, 94');
  });

  it('names predecessors without a row, and those that lack one figure', () => {
    const rows = edition(LOCALITIES_63.map((_, i) => ({ a: i, b: 1 }))).filter((r) => r.localityCode !== '93');
    const soc = rows.find((r) => r.localityCode === '94')!;
    delete (soc.dimensions as Record<string, number>).b;
    soc.score = null;
    const canTho = reaggregateTo34(rows).rows.find((r) => r.localityCode === '92')!;
    const a92 = rows.find((r) => r.localityCode === '92')!.dimensions.a;
    expect(canTho.missing).toEqual(['93']);
    expect(canTho.partial).toEqual({ score: ['94'], b: ['94'] });
    expect(canTho.dimensions.a).toBeCloseTo((a92 + soc.dimensions.a) / 2, 12);
    expect(canTho.dimensions.b).toBe(1);
    expect(canTho.score).toBe(rows.find((r) => r.localityCode === '92')!.score);
  });

  it('lists units with no predecessor in the data', () => {
    const rows = edition(LOCALITIES_63.map(() => ({ a: 1, b: 1 }))).filter((r) => !['92', '93', '94'].includes(r.localityCode));
    const result = reaggregateTo34(rows);
    expect(result.uncovered).toEqual(['92']);
    expect(result.rows).toHaveLength(33);
  });

  it('refuses mixed editions, duplicates, codes of the 34 and bad weights', () => {
    const rows = edition(LOCALITIES_63.map(() => ({ a: 1, b: 1 })));
    expect(() => reaggregateTo34([...rows.slice(1), { ...rows[0], year: 2015 }])).toThrow(InputError);
    expect(() => reaggregateTo34([...rows, rows[0]])).toThrow(InputError);
    expect(() => reaggregateTo34([{ ...rows[0], localityCode: '99' }])).toThrow(InputError);
    expect(() => reaggregateTo34(rows, { weights: { '01': 1 } })).toThrow(InputError);
  });
});
