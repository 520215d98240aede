// Coverage of the need score, checked on evidence written out by hand: counts, years, the basis and the
// share of the weight carried by direct measures.
import { describe, expect, it } from 'vitest';
import type { AreaEvidence, UsedFigure } from './analysis.priorities';
import { areaCoverage, coverageByProvince } from './coverage';

const used = (index: UsedFigure['index'], key: string, year: number, weight = 1): UsedFigure => ({
  index,
  key,
  year,
  value: 1,
  percentile: 50,
  weight,
  need: index === 'GSO' ? 'higher' : 'lower',
  direct: index === 'GSO',
});

describe('coverage of a need score', () => {
  it('marks an area resting on a governance proxy alone', () => {
    const proxy: AreaEvidence = { area: 'social-protection', need: 100, used: [used('PAPI', 'poverty-lists', 2024)], unavailable: [{ index: 'GSO', key: 'gso.poverty-rate' }] };
    expect(areaCoverage(proxy)).toEqual({
      area: 'social-protection', figures: 1, direct: 0, governance: 1, unavailable: 1, latestYear: 2024, oldestYear: 2024, basis: 'governance-only', directShare: 0,
    });
  });

  it('says mixed, with the years spanned and the direct share of the weight (2 of 3)', () => {
    const both: AreaEvidence = { area: 'social-protection', need: 60, used: [used('PAPI', 'poverty-lists', 2024), used('GSO', 'gso.poverty-rate', 2016, 2)], unavailable: [] };
    expect(areaCoverage(both)).toMatchObject({ figures: 2, direct: 1, governance: 1, latestYear: 2024, oldestYear: 2016, basis: 'mixed' });
    expect(areaCoverage(both).directShare).toBeCloseTo(2 / 3, 12);
  });

  it('says direct for statistics only, and none without any figure', () => {
    const health: AreaEvidence = { area: 'health', need: 10, used: [used('GSO', 'gso.beds-per-10000', 2015, 2 / 3), used('GSO', 'gso.under-five-mortality', 2016, 2 / 3)], unavailable: [] };
    expect(areaCoverage(health)).toMatchObject({ figures: 2, direct: 2, governance: 0, latestYear: 2016, oldestYear: 2015, basis: 'direct', directShare: 1 });
    expect(areaCoverage({ area: 'transport-urban', need: null, used: [], unavailable: [] })).toMatchObject({ figures: 0, basis: 'none', latestYear: null, directShare: null });
  });

  it('covers every province given, each area in order', () => {
    const areas: AreaEvidence[] = [{ area: 'health', need: 0, used: [used('PAPI', 'public-health', 2020)], unavailable: [] }];
    const out = coverageByProvince(new Map([['92', areas], ['93', []]]));
    expect([...out.keys()]).toEqual(['92', '93']);
    expect(out.get('92')![0].basis).toBe('governance-only');
    expect(out.get('93')).toEqual([]);
  });
});
