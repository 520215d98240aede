// The official PCI workbooks read back as published. Expected figures were read by hand from the summary
// sheet of each workbook (the cell is named beside each); weights are VCCI's (2013–2016) or, for 2010 and
// 2012, the round shares the workbooks' composites follow (see core/indices/pci.ts).
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rankValues } from '../core/indices/analysis.rank';
import { reaggregateTo34 } from '../core/indices/analysis.reaggregate';
import type { IndexRow } from '../core/indices/types';
import { LOCALITIES_63 } from '../core/localities/units';
import { importIndexFile } from './import-file';
import type { ImportResult } from './types';
import { fixture } from '../../test/helpers/fixtures';

const DIR = fixture('vn', 'pci_papi_mdtrinh_vietnamdata');
const byCode = (rows: IndexRow[], code: string) => rows.find((r) => r.localityCode === code)!;

const TEN = { 'entry-costs': 5, 'land-access': 5, transparency: 20, 'time-costs': 5, 'informal-charges': 10, 'policy-bias': 5, proactivity: 5, 'business-support': 20, 'labour-training': 20, 'legal-institutions': 5 };
const NINE = { 'entry-costs': 10, 'land-access': 5, transparency: 20, 'time-costs': 15, 'informal-charges': 10, proactivity: 10, 'business-support': 5, 'labour-training': 20, 'legal-institutions': 5 };
const weightedMean = (dims: Record<string, number>, percents: Record<string, number>) =>
  (10 * Object.entries(percents).reduce((s, [k, p]) => s + (p / 100) * dims[k], 0));

describe('PCI_2016.xlsx', () => {
  let pci: ImportResult;
  beforeAll(async () => {
    pci = await importIndexFile(path.join(DIR, 'PCI_2016.xlsx'));
  });

  it('is detected as PCI 2016 with one row for each of the 63', () => {
    expect(pci.index).toBe('PCI');
    expect(pci.years).toEqual([2016]);
    expect(pci.rows.map((r) => r.localityCode).sort()).toEqual(LOCALITIES_63.map((u) => u.code));
  });

  it('reproduces Cần Thơ\'s ten sub-indices and composite', () => {
    expect(byCode(pci.rows, '92').dimensions).toEqual({
      'entry-costs': 8.64598274230957, // C25
      'land-access': 6.219374179840088, // E15
      transparency: 6.023304462432861, // G48
      'time-costs': 7.248294353485107, // I8
      'informal-charges': 6.058429718017578, // K12
      'policy-bias': 4.473758697509766, // M54
      proactivity: 4.683919429779053, // O40
      'business-support': 5.758384704589844, // Q23
      'labour-training': 6.29988956451416, // S23
      'legal-institutions': 6.561282157897949, // U7
    });
    expect(byCode(pci.rows, '92').score).toBe(61.13789367675781); // W12
  });

  it('reproduces composites under every spelling the sheet uses', () => {
    const expected: Record<string, number> = {
      '48': 70.00139617919922, // W2 Đà Nẵng
      '22': 65.59555053710938, // W3 Quảng Ninh
      '87': 64.9552993774414, // W4 Đồng Tháp
      '79': 61.723297119140625, // W9 "Tp.HCM"
      '01': 60.74099349975586, // W15 Hà Nội
      '77': 60.49552917480469, // W17 "BRVT"
      '94': 60.07257080078125, // W23 Sóc Trăng
      '46': 59.68080520629883, // W24 "TT.Huế"
      '66': 58.623992919921875, // W29 "Đăk Lăk"
      '24': 58.2005615234375, // W34 Bắc Giang
      '93': 57.81549835205078, // W38 Hậu Giang
      '06': 54.59544372558594, // W61 "Bắc Cạn"
      '04': 52.988868713378906, // W64 Cao Bằng
    };
    for (const [code, score] of Object.entries(expected)) expect(byCode(pci.rows, code).score).toBe(score);
  });

  it('ranks as the sheet does (column X)', () => {
    const ranks = new Map(rankValues(pci.rows.map((r) => ({ code: r.localityCode, value: r.score }))).map((s) => [s.code, s.rank]));
    expect([ranks.get('48'), ranks.get('87'), ranks.get('92'), ranks.get('94'), ranks.get('24'), ranks.get('93'), ranks.get('04')]).toEqual([1, 3, 11, 22, 33, 37, 63]);
  });

  it('re-aggregates onto the 34 as the mean of the predecessors', () => {
    const merged = reaggregateTo34(pci.rows);
    const canTho = merged.rows.find((r) => r.localityCode === '92')!;
    expect(canTho.constituents.map((c) => c.code)).toEqual(['92', '93', '94']);
    expect(canTho.score).toBeCloseTo((61.13789367675781 + 57.81549835205078 + 60.07257080078125) / 3, 10);
    expect(merged.rows.find((r) => r.localityCode === '22')!.score).toBe(65.59555053710938);
    expect(merged.method).toMatch(/^equal-weight mean/);
  });
});

describe('composite = weighted mean of the sub-indices, every province', () => {
  it.each([
    ['PCI_2013.xlsx', TEN],
    ['PCI_2014.xlsx', TEN],
    ['PCI_2015.xlsx', TEN],
    ['PCI_2016.xlsx', TEN],
    ['PCI_2012.xlsx', NINE],
    ['PCI_2010.xls', NINE],
  ])('%s', async (file, weights) => {
    const { rows } = await importIndexFile(path.join(DIR, file));
    expect(rows).toHaveLength(63);
    for (const r of rows) expect(Math.abs(weightedMean(r.dimensions, weights) - r.score!)).toBeLessThan(1e-4);
  });
});

describe('other years', () => {
  it('PCI_2014.xlsx: the provinces PAPI left blank that year are here', async () => {
    const { rows, years } = await importIndexFile(path.join(DIR, 'PCI_2014.xlsx'));
    expect(years).toEqual([2014]);
    expect(byCode(rows, '24').score).toBe(57.33061); // W42 Bắc Giang
    expect(byCode(rows, '24').dimensions['entry-costs']).toBe(8.71576881408691); // C15
    expect(byCode(rows, '87').score).toBe(65.27975); // W3 Đồng Tháp
    expect(byCode(rows, '92').score).toBe(59.93977); // W16 Cần Thơ
  });

  it('PCI_2012.xlsx: nine sub-indices, no policy bias', async () => {
    const { rows } = await importIndexFile(path.join(DIR, 'PCI_2012.xlsx'));
    expect(Object.keys(byCode(rows, '92').dimensions)).not.toContain('policy-bias');
    expect(byCode(rows, '92').score).toBe(60.32254); // U15
    expect(byCode(rows, '92').dimensions['entry-costs']).toBe(9.184921); // C10
    expect(byCode(rows, '87').score).toBe(63.79096); // U2 Đồng Tháp
  });

  it('PCI_2010.xls (legacy format, read in the isolated worker)', async () => {
    const result = await importIndexFile(path.join(DIR, 'PCI_2010.xls'));
    expect(result.years).toEqual([2010]);
    expect(byCode(result.rows, '92').score).toBeCloseTo(62.4604735, 7); // W14 "Can Tho"
    expect(byCode(result.rows, '92').dimensions['entry-costs']).toBe(7.308429); // C13
    expect(byCode(result.rows, '48').score).toBe(69.765929); // W2 "Da Nang"
    expect(Object.isFrozen(Object.prototype)).toBe(false);
  });
});
