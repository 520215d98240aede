// The index frameworks as the publishers describe them: PCI weights by year, PAPI's changing
// sub-dimensions, PGI's four sub-indices, and where the method breaks a series.
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors';
import { indexFramework, methodBreaks } from './frameworks';
import { papiDimensions, papiSubdimensions, papiTotal } from './papi';
import { pciComposite, pciSubindices, pciWeights } from './pci';
import { PGI_SUBINDICES, pgiTotal } from './pgi';

describe('PCI', () => {
  it('weights 2013–2016 as VCCI publishes them, summing to one', () => {
    expect(pciWeights(2016)).toEqual({
      'entry-costs': 0.05, 'land-access': 0.05, transparency: 0.2, 'time-costs': 0.05, 'informal-charges': 0.1,
      'policy-bias': 0.05, proactivity: 0.05, 'business-support': 0.2, 'labour-training': 0.2, 'legal-institutions': 0.05,
    });
    // 2017–2021: the same ten weights (the 2017 and 2018 workbooks' composites, src/importers/pci.summary.test.ts).
    expect(pciWeights(2021)).toEqual(pciWeights(2016));
    for (const year of [2010, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021]) {
      const sum = Object.values(pciWeights(year)!).reduce((s, w) => s + w, 0);
      expect(sum).toBeCloseTo(1, 12);
    }
    expect(pciWeights(2011)).toBeNull();
    // VCCI aggregates otherwise from 2022 (Thanh Hoá 2022: 63.67 printed vs 60.94 by the 2017–2021 weights).
    expect(pciWeights(2022)).toBeNull();
  });

  it('has nine sub-indices before 2013 and ten from 2013', () => {
    expect(pciSubindices(2012).map((d) => d.key)).not.toContain('policy-bias');
    expect(pciSubindices(2012)).toHaveLength(9);
    expect(pciSubindices(2013)).toHaveLength(10);
  });

  it('makes the composite ten times the weighted mean', () => {
    const all5 = Object.fromEntries(pciSubindices(2016).map((d) => [d.key, 5]));
    expect(pciComposite(2016, all5)).toBeCloseTo(50, 12);
    // Only transparency at 10, the rest 0: 10 × 0.2 × 10.
    const onlyTransparency = Object.fromEntries(pciSubindices(2016).map((d) => [d.key, d.key === 'transparency' ? 10 : 0]));
    expect(pciComposite(2016, onlyTransparency)).toBeCloseTo(20, 12);
    const { 'policy-bias': _, ...nine } = all5;
    expect(pciComposite(2016, nine)).toBeNull();
    expect(pciComposite(2011, all5)).toBeNull();
  });
});

describe('PAPI', () => {
  it('has six dimensions to 2017 and eight from 2018', () => {
    expect(papiDimensions(2017)).toHaveLength(6);
    expect(papiDimensions(2018).map((d) => d.key).slice(6)).toEqual(['environmental-governance', 'e-governance']);
  });

  it('changes sub-dimensions where the series says so', () => {
    const columns = (year: number) => papiSubdimensions(year).map((s) => s.column);
    expect(columns(2011)).toHaveLength(22);
    expect(columns(2017)).not.toContain('SC24');
    expect(columns(2018)).toHaveLength(28);
    expect(columns(2018)).not.toContain('SC83');
    expect(columns(2019)).toHaveLength(29);
    expect(columns(2021)).not.toContain('SC52');
    const keyOf = (year: number, column: string) => papiSubdimensions(year).find((s) => s.column === column)?.key;
    expect(keyOf(2017, 'SC21')).toBe('poverty-lists');
    expect(keyOf(2018, 'SC21')).toBe('access-to-information');
    expect(keyOf(2015, 'SC32')).toBe('peoples-inspection-boards');
    expect(keyOf(2016, 'SC32')).toBe('responsiveness-to-citizens');
    expect(keyOf(2018, 'SC33')).toBe('access-to-justice');
  });

  it('adds dimensions into the total and gives none when one is withheld', () => {
    const dims = Object.fromEntries(papiDimensions(2016).map((d, i) => [d.key, i + 1]));
    expect(papiTotal(2016, dims)).toBe(21);
    const { transparency: _, ...withheld } = dims;
    expect(papiTotal(2016, withheld)).toBeNull();
  });
});

describe('PGI', () => {
  it('has four sub-indices adding up to at most 40', () => {
    expect(PGI_SUBINDICES).toHaveLength(4);
    expect(pgiTotal(Object.fromEntries(PGI_SUBINDICES.map((d) => [d.key, 10])))).toBe(40);
    expect(indexFramework('PGI', 2023).scoreScale).toEqual([0, 40]);
  });
});

describe('frameworks', () => {
  it('flags the years where a series changes method', () => {
    expect(methodBreaks('PCI', [2010, 2012, 2013, 2014, 2015, 2016])).toEqual([2013]);
    // 2017–2021 keep the 2013 weights; 2022's aggregation is VCCI's new one (not published as weights).
    expect(methodBreaks('PCI', [2016, 2017, 2018, 2019, 2020, 2021, 2022])).toEqual([2022]);
    expect(methodBreaks('PAPI', Array.from({ length: 14 }, (_, i) => 2011 + i))).toEqual([2016, 2018, 2019, 2021]);
  });

  it('refuses editions the index never had', () => {
    expect(() => indexFramework('PAPI', 2009)).toThrow(InputError);
    expect(() => indexFramework('PGI', 2021)).toThrow(InputError);
    expect(() => indexFramework('XYZ' as 'PCI', 2020)).toThrow(InputError);
  });
});
