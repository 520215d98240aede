// The PAPI workbook and the positional CSV series read back as published. Expected figures were read by
// hand from PAPI_2011-2016.xlsx (sheet and cell beside each) and from the CSV lines quoted below; where the
// CSV publishes only sub-dimensions, the dimension is their sum, added up here from the quoted values.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IndexRow } from '../core/indices/types';
import { importIndexFile } from './import-file';
import type { ImportResult } from './types';
import { fixture } from '../../test/helpers/fixtures';

const VN = fixture('vn');
const WORKBOOK = path.join(VN, 'pci_papi_mdtrinh_vietnamdata/PAPI_2011-2016.xlsx');
const csv = (year: number) => path.join(VN, `papi_hnks-gh_ml-mcdm/${year}.csv`);
const find = (rows: IndexRow[], year: number, code: string) => rows.find((r) => r.year === year && r.localityCode === code);
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

describe('PAPI_2011-2016.xlsx', () => {
  let papi: ImportResult;
  beforeAll(async () => {
    papi = await importIndexFile(WORKBOOK);
  });

  it('holds six years of 63 provinces less the two left blank in 2014', () => {
    expect(papi.index).toBe('PAPI');
    expect(papi.years).toEqual([2011, 2012, 2013, 2014, 2015, 2016]);
    expect(papi.rows).toHaveLength(6 * 63 - 2);
    expect(papi.gaps.map((g) => [g.year, g.localityCode, g.missing.length])).toEqual([[2014, '24', 6], [2014, '87', 6]]);
    expect(find(papi.rows, 2014, '24')).toBeUndefined(); // 2014_PAPI row 17, Bắc Giang: empty
    expect(find(papi.rows, 2014, '87')).toBeUndefined(); // 2014_PAPI row 58, Đồng Tháp: empty
    expect(find(papi.rows, 2013, '24')).toBeDefined();
  });

  it('reproduces Cần Thơ 2014 (sheet 2014_PAPI, row 61)', () => {
    const r = find(papi.rows, 2014, '92')!;
    expect(r.dimensions).toEqual({
      participation: 4.830733, // D61
      transparency: 5.060485, // I61
      'vertical-accountability': 5.102675, // M61
      'control-of-corruption': 5.927576, // Q61
      'administrative-procedures': 6.594952, // V61
      'public-services': 6.707688, // AA61
    });
    expect(r.score).toBe(34.224109); // AF61
    expect(r.subdimensions).toMatchObject({ 'civic-knowledge': 1.039529, 'participation-opportunities': 1.535226, 'election-quality': 1.411182, 'voluntary-contributions': 0.8447956 }); // E61:H61
  });

  it('reproduces Cần Thơ 2016 with the revised vertical-accountability sub-dimensions (2016_PAPI, row 61)', () => {
    const r = find(papi.rows, 2016, '92')!;
    expect(r.dimensions.participation).toBe(5.793279647827148); // D61
    expect(r.dimensions['vertical-accountability']).toBe(5.69118070602417); // M61
    expect(r.subdimensions).toMatchObject({
      'interactions-with-authorities': 2.5936269760131836, // N61
      'responsiveness-to-citizens': 1.6868034601211548, // O61
      'peoples-inspection-boards': 1.410750389099121, // P61
    });
    expect(r.score).toBe(39.57212591171265); // AF61
  });

  it('reproduces Hà Nội 2014 (2014_PAPI, row 3)', () => {
    expect(find(papi.rows, 2014, '01')!.dimensions.participation).toBe(5.306829); // D3
    expect(find(papi.rows, 2014, '01')!.score).toBe(35.801848); // AF3
  });

  it('reads only the year asked for', async () => {
    const one = await importIndexFile(WORKBOOK, { year: 2012 });
    expect(one.years).toEqual([2012]);
    expect(one.rows).toHaveLength(63);
  });

  it('agrees with the CSV series for 2011–2016 on every published dimension and total', async () => {
    for (const year of [2011, 2012, 2013, 2014, 2015, 2016]) {
      const { rows } = await importIndexFile(csv(year));
      expect(rows).toHaveLength(papi.rows.filter((r) => r.year === year).length);
      for (const r of rows) {
        const published = find(papi.rows, year, r.localityCode)!;
        for (const [key, value] of Object.entries(published.dimensions)) expect(Math.abs(r.dimensions[key] - value)).toBeLessThan(1e-5);
        expect(Math.abs(r.score! - published.score!)).toBeLessThan(1e-5);
      }
    }
  });
});

describe('PAPI CSV series', () => {
  it('2014.csv: Cần Thơ (line 60) gives the workbook\'s dimensions; lines 16 and 57 are blank', async () => {
    const result = await importIndexFile(csv(2014));
    expect(result.years).toEqual([2014]);
    expect(result.rows).toHaveLength(61);
    expect(result.gaps.map((g) => g.localityCode)).toEqual(['24', '87']); // P15 Bắc Giang, P56 Đồng Tháp
    const r = find(result.rows, 2014, '92')!;
    // line 60: P59,1.039529,1.535226,1.411182,0.8447956,1.847596,1.467112,1.745777,,…
    expect(r.dimensions.participation).toBeCloseTo(4.830733, 6); // 2014_PAPI D61
    expect(r.dimensions.transparency).toBeCloseTo(5.060485, 6); // 2014_PAPI I61
    expect(r.score).toBeCloseTo(34.224109, 5); // 2014_PAPI AF61
  });

  it('2018.csv: eight dimensions, e-governance without SC83, withheld dimensions as gaps', async () => {
    const result = await importIndexFile(csv(2018));
    // line 60 (P59, Cần Thơ): SC71–SC73 2.251465321, 2.210661888, 1.36780107; SC81, SC82 0.56724906, 2.340694427
    const r = find(result.rows, 2018, '92')!;
    expect(Object.keys(r.dimensions)).toHaveLength(8);
    expect(r.dimensions['environmental-governance']).toBeCloseTo(sum([2.251465321, 2.210661888, 1.36780107]), 12);
    expect(r.dimensions['e-governance']).toBeCloseTo(sum([0.56724906, 2.340694427]), 12);
    expect(r.subdimensions!['access-to-information']).toBe(0.851936936); // SC21
    // lines 15 (P14 Quảng Ninh) and 57 (P56 Đồng Tháp): SC21–SC24 and SC41–SC44 empty
    expect(result.gaps).toEqual([
      { year: 2018, localityCode: '22', missing: ['transparency', 'control-of-corruption'] },
      { year: 2018, localityCode: '87', missing: ['transparency', 'control-of-corruption'] },
    ]);
    const quangNinh = find(result.rows, 2018, '22')!;
    expect(quangNinh.score).toBeNull();
    expect(quangNinh.dimensions.participation).toBeCloseTo(sum([1.240792394, 1.692747355, 1.731832385, 1.190308928]), 12);
  });

  it('2024.csv: administrative procedures without construction permits (SC52 empty)', async () => {
    const result = await importIndexFile(csv(2024));
    // line 60 (P59, Cần Thơ), in file order SC11 … SC83 with SC52 empty:
    const line = [
      0.808771074, 0.851833582, 1.151676416, 0.793249249, 0.846619546, 1.214403033, 1.223343372, 1.165424466, 1.893618345, 0.388446212,
      1.704239845, 1.695498228, 2.015650272, 1.269539714, 1.84197998, 2.427626848, 2.274301529, 2.434453011, 1.697857857, 1.395625591,
      2.16958189, 1.922170401, 1.088595033, 1.916019917, 0.870558441, 0.481874108, 2.459361553, 0.440343738,
    ];
    const r = find(result.rows, 2024, '92')!;
    expect(r.dimensions['administrative-procedures']).toBeCloseTo(2.427626848 + 2.274301529 + 2.434453011, 12);
    expect(r.dimensions['e-governance']).toBeCloseTo(0.481874108 + 2.459361553 + 0.440343738, 12);
    expect(r.score).toBeCloseTo(sum(line), 9);
    expect(r.subdimensions).not.toHaveProperty('construction-permits');
  });

  it('2021.csv: three blank province-years', async () => {
    const result = await importIndexFile(csv(2021));
    expect(result.rows).toHaveLength(60);
    expect(result.gaps.map((g) => g.localityCode)).toEqual(['22', '24', '27']); // P14, P15, P18
  });
});
