// Trends, gaps, weakest dimensions and priority-area evidence on small fields whose answers are worked
// out by hand in the comments.
import { describe, expect, it } from 'vitest';
import { gapsFor, median, weakestDimensions } from './analysis.gaps';
import { areaEvidence, DEFAULT_AREA_MAPPING, PRIORITY_AREAS } from './analysis.priorities';
import { changeBetween, seriesOf, trend } from './analysis.trend';
import type { IndexRow } from './types';

const row = (code: string, dimensions: Record<string, number>, extra: Partial<IndexRow> = {}): IndexRow => ({
  index: 'PCI', year: 2016, localityCode: code, dimensions, score: null, ...extra,
});

// Cần Thơ (92), Hậu Giang (93), Sóc Trăng (94), An Giang (89) are in the Mekong Delta; Hà Nội (01) and
// Hồ Chí Minh (79) are not.
const field = [
  row('92', { x: 4, y: 9, z: 5 }),
  row('93', { x: 6, y: 2, z: 5 }),
  row('94', { x: 5, y: 3, z: 5 }),
  row('89', { x: 8, y: 4, z: 5 }),
  row('01', { x: 9, y: 1, z: 5 }),
  row('79', { x: 7, y: 5, z: 5 }),
];

describe('gaps and weakest dimensions', () => {
  it('measures the distance to the best and to the regional median', () => {
    const [x, y, z] = gapsFor(field, '92');
    // x: best 9 (Hà Nội); Mekong values 4, 6, 5, 8 → median 5.5; five provinces ahead → rank 6, percentile 0.
    expect(x).toEqual({
      key: 'x', value: 4, best: 9, bestCodes: ['01'], gapToBest: 5, regionalMedian: 5.5, gapToRegionalMedian: 1.5,
      nationalRank: 6, nationalPercentile: 0, regionalPercentile: 0,
    });
    // y: Cần Thơ leads; Mekong values 9, 2, 3, 4 → median 3.5, so 5.5 above it.
    expect(y).toMatchObject({ best: 9, bestCodes: ['92'], gapToBest: 0, regionalMedian: 3.5, gapToRegionalMedian: -5.5, nationalRank: 1, nationalPercentile: 100 });
    // z: everyone ties.
    expect(z).toMatchObject({ bestCodes: ['92', '93', '94', '89', '01', '79'], gapToBest: 0, nationalRank: 1, nationalPercentile: 50 });
  });

  it('orders the weakest dimensions by national percentile', () => {
    expect(weakestDimensions(field, '92', 2).map((g) => g.key)).toEqual(['x', 'z']);
    expect(weakestDimensions(field, '01', 1).map((g) => g.key)).toEqual(['y']);
  });

  it('takes the median of odd and even fields', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('trends', () => {
  it('gives change and least-squares slope, and the method breaks between the years', () => {
    // 50, 54, 58 over 2010, 2012, 2014: +8 in all, +2 a year; PCI changed weights in 2013.
    const t = trend([{ year: 2014, value: 58 }, { year: 2010, value: 50 }, { year: 2012, value: 54 }], 'PCI')!;
    expect(t).toMatchObject({ from: { year: 2010, value: 50 }, to: { year: 2014, value: 58 }, change: 8, points: 3, methodBreaks: [2014] });
    expect(t.slopePerYear).toBeCloseTo(2, 12);
    expect(trend([{ year: 2016, value: 61 }])!.slopePerYear).toBeNull();
    expect(trend([])).toBeNull();
  });

  it('reads one province\'s series from rows of several years', () => {
    const rows = [row('92', { x: 2 }, { year: 2016 }), row('92', { x: 1 }, { year: 2014 }), row('93', { x: 9 }, { year: 2015 })];
    expect(seriesOf(rows, '92', 'x')).toEqual([{ year: 2014, value: 1 }, { year: 2016, value: 2 }]);
  });

  it('compares two editions in value and rank', () => {
    const before = [row('92', { x: 4 }), row('93', { x: 6 }), row('94', { x: 5 })];
    const after = [row('92', { x: 7 }), row('93', { x: 6 }), row('94', { x: 5 })];
    expect(changeBetween(before, after, 'x')).toEqual([
      { code: '92', from: 4, to: 7, change: 3, rankFrom: 3, rankTo: 1, rankChange: 2 },
      { code: '93', from: 6, to: 6, change: 0, rankFrom: 1, rankTo: 2, rankChange: -1 },
      { code: '94', from: 5, to: 5, change: 0, rankFrom: 2, rankTo: 3, rankChange: -1 },
    ]);
  });
});

describe('priority-area evidence', () => {
  const pci = { index: 'PCI' as const, year: 2016, rows: [row('92', { 'entry-costs': 1 }), row('93', { 'entry-costs': 2 }), row('94', { 'entry-costs': 3 })] };
  const papi = (year: number, health: number[]) => ({
    index: 'PAPI' as const,
    year,
    rows: ['92', '93', '94'].map((code, i) =>
      row(code, {}, { index: 'PAPI', year, subdimensions: { 'public-health': health[i], 'primary-education': [2, 2, 1][i] } }),
    ),
  });

  it('scores need as 100 minus the mean national percentile of the mapped figures', () => {
    const out = Object.fromEntries(areaEvidence([pci, papi(2016, [3, 1, 2]), papi(2015, [1, 2, 3])], '92').map((a) => [a.area, a]));
    expect(Object.keys(out)).toEqual(PRIORITY_AREAS.map((a) => a.key));
    // Entry costs: Cần Thơ is last of three → percentile 0 → need 100; the other PCI links have no data.
    expect(out.economy.need).toBe(100);
    expect(out.economy.unavailable).toHaveLength(DEFAULT_AREA_MAPPING.economy.length - 1);
    // Public health 2016 (the latest edition): first of three → percentile 100 → need 0.
    expect(out.health).toMatchObject({ need: 0, used: [{ index: 'PAPI', key: 'public-health', year: 2016, value: 3, percentile: 100 }] });
    // Primary education: tied first with Hậu Giang, Sóc Trăng below → (1 + ½) / 2 = 75 → need 25.
    expect(out.education.need).toBe(25);
    expect(out.environment).toMatchObject({ need: null, used: [] });
  });

  it('weighs a direct measure beside an index figure, oriented by the side of need (worked by hand)', () => {
    // Poverty rate 92: 10 %, 93: 5 %, 94: 20 % — higher is needier. Oriented (lower rate = better): 93 best, 92 middle,
    // 94 worst → 92's percentile 50. PAPI public health 2016 [3, 1, 2] → 92 first → percentile 100.
    // Need = 100 − (1 × 100 + 2 × 50) / 3 = 100 − 66,67 = 33,33.
    const poverty = { dataset: 'gso.poverty-rate', year: 2016, values: new Map([['92', 10], ['93', 5], ['94', 20]]) };
    const mapping = { ...DEFAULT_AREA_MAPPING, health: [{ index: 'PAPI' as const, key: 'public-health' }, { index: 'GSO' as const, key: 'gso.poverty-rate', weight: 2 }] };
    const health = areaEvidence([papi(2016, [3, 1, 2])], '92', mapping, 63, [poverty]).find((a) => a.area === 'health')!;
    expect(health.need).toBeCloseTo(100 - 200 / 3, 10);
    expect(health.used[1]).toMatchObject({ index: 'GSO', key: 'gso.poverty-rate', year: 2016, value: 10, percentile: 50, weight: 2, need: 'higher', direct: true });
    expect(health.used[0]).toMatchObject({ weight: 1, need: 'lower', direct: false });
    // Doctors per 10,000: higher is better, so the same figures put 94 first and 92 in the middle again; 93 is last.
    const doctors = { dataset: 'gso.doctors-per-10000', year: 2015, values: new Map([['92', 10], ['93', 5], ['94', 20]]) };
    const only = { ...mapping, health: [{ index: 'GSO' as const, key: 'gso.doctors-per-10000' }] };
    expect(areaEvidence([], '93', only, 63, [doctors]).find((a) => a.area === 'health')!.need).toBe(100);
    // A neutral dataset needs its side in the link: agriculture's share, higher = farming weighs more = more need.
    const share = { dataset: 'gso.agriculture-share-of-grdp', year: 2017, values: new Map([['92', 8.5], ['93', 30], ['94', 2.8]]) };
    const agriculture = (need?: 'higher') => ({ ...mapping, agriculture: [{ index: 'GSO' as const, key: 'gso.agriculture-share-of-grdp', ...(need ? { need } : {}) }] });
    expect(areaEvidence([], '93', agriculture('higher'), 63, [share]).find((a) => a.area === 'agriculture')!.need).toBe(100);
    expect(areaEvidence([], '93', agriculture(), 63, [share]).find((a) => a.area === 'agriculture')).toMatchObject({ need: null, unavailable: [{ key: 'gso.agriculture-share-of-grdp' }] });
  });

  it('takes the latest year of a statistic in which the province has a figure', () => {
    const older = { dataset: 'gso.poverty-rate', year: 2014, values: new Map([['92', 1], ['93', 5]]) };
    const newer = { dataset: 'gso.poverty-rate', year: 2016, values: new Map([['93', 5], ['94', 20]]) };
    const sp = areaEvidence([], '92', DEFAULT_AREA_MAPPING, 63, [newer, older]).find((a) => a.area === 'social-protection')!;
    // 2014: 92 has the lowest rate of two → percentile 100 → need 0 (PAPI's poverty lists unavailable here).
    expect(sp).toMatchObject({ need: 0, used: [{ year: 2014, value: 1 }], unavailable: [{ index: 'PAPI', key: 'poverty-lists' }] });
  });

  it('follows an edited mapping', () => {
    const mapping = { ...DEFAULT_AREA_MAPPING, health: [{ index: 'PAPI' as const, key: 'primary-education' }] };
    const health = areaEvidence([papi(2016, [3, 1, 2])], '92', mapping).find((a) => a.area === 'health')!;
    expect(health.need).toBe(25);
  });
});
