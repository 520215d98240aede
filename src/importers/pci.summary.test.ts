// The official English PCI workbooks (2017 on) read back as published. Values checked by hand against the
// Summary sheet of VCCI's "PCI 2017.xlsx" / "PCI 2018.xlsx" (cell named beside each; the fixtures are reduced
// copies keeping that sheet cell for cell, see test/fixtures/vn/pci_2017_2019_vietnam_elections/README.md), and
// all 63 per year against pci_2017_2019_summary.csv, the same sheets written out by the data folder's curator.
// Press check of the same figures: VOV's PCI 2017 top ten gives Quảng Ninh 70.7, Đà Nẵng 70.1, Cần Thơ 65.1 (#10).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { rankValues } from '../core/indices/analysis.rank';
import { findByName } from '../core/localities/resolve';
import { LOCALITIES_63 } from '../core/localities/units';
import { fixture } from '../../test/helpers/fixtures';
import { gridFromRows, type Cell } from './grid';
import { importIndexBytes, importIndexFile } from './import-file';
import { readPciSummary } from './pci.summary';
import { IndexFileError } from './problems';
import type { ImportResult } from './types';

const DIR = fixture('vn', 'pci_2017_2019_vietnam_elections');
const KEYS = ['entry-costs', 'land-access', 'transparency', 'time-costs', 'informal-charges', 'policy-bias', 'proactivity', 'business-support', 'labour-training', 'legal-institutions'];

type Published = { code: string; rank: number; score: number; dimensions: Record<string, number> };

async function publishedSummary(year: number): Promise<Published[]> {
  const text = await readFile(path.join(DIR, 'pci_2017_2019_summary.csv'), 'utf8');
  return text.trim().split('\n').slice(1).map((line) => line.split(',')).filter((f) => Number(f[0]) === year).map((f) => ({
    code: findByName(63, f[1])!.code,
    rank: Number(f[2]),
    score: Number(f[3]),
    dimensions: Object.fromEntries(KEYS.map((k, i) => [k, Number(f[4 + i])])),
  }));
}

describe.each([2017, 2018])('PCI %i summary workbook', (year) => {
  let pci: ImportResult;
  beforeAll(async () => {
    pci = await importIndexFile(path.join(DIR, `PCI ${year} summary.xlsx`));
  });

  it('is detected as PCI of its year, one row for each of the 63 (the repeated Hà Nội and Min/Median/Max rows set aside)', () => {
    expect(pci.index).toBe('PCI');
    expect(pci.years).toEqual([year]);
    expect(pci.rows.map((r) => r.localityCode).sort()).toEqual(LOCALITIES_63.map((u) => u.code).sort());
  });

  it('matches the published composite, rank and ten sub-indices of all 63 provinces', async () => {
    const published = await publishedSummary(year);
    expect(published).toHaveLength(63);
    const ranks = new Map(rankValues(pci.rows.map((r) => ({ code: r.localityCode, value: r.score }))).map((s) => [s.code, s.rank]));
    let matched = 0;
    for (const p of published) {
      const row = pci.rows.find((r) => r.localityCode === p.code)!;
      // The CSV rounds to six decimals.
      expect(Math.abs(row.score! - p.score)).toBeLessThan(5e-7);
      for (const k of KEYS) expect(Math.abs(row.dimensions[k] - p.dimensions[k])).toBeLessThan(5e-7);
      expect(ranks.get(p.code)).toBe(p.rank);
      matched++;
    }
    expect(matched).toBe(63);
  });
});

describe('values read by hand from the Summary sheets', () => {
  it('PCI 2017: Cần Thơ (row 14), Quảng Ninh (row 49), Đà Nẵng (row 16), "HCMC" (row 53), "TT-Hue" (row 54)', async () => {
    const { rows } = await importIndexFile(path.join(DIR, 'PCI 2017 summary.xlsx'));
    const at = (code: string) => rows.find((r) => r.localityCode === code)!;
    expect(at('92').score).toBe(65.08661651611328); // C14, rank 10 in B14
    expect(at('92').dimensions).toEqual({
      'entry-costs': 7.859973430633545, // D14
      'land-access': 6.6625823974609375, // E14
      transparency: 6.3152594566345215, // F14
      'time-costs': 6.7798848152160645, // G14
      'informal-charges': 6.167264938354492, // H14
      'policy-bias': 5.139370918273926, // I14
      proactivity: 6.107975959777832, // J14
      'business-support': 6.841569900512695, // K14
      'labour-training': 6.537461757659912, // L14 "Sub-Index 9: Labor Policy"
      'legal-institutions': 6.511747360229492, // M14 "Sub-Index 10: Law & Order"
    });
    expect(at('22').score).toBe(70.69439697265625); // C49, rank 1
    expect(at('48').score).toBe(70.10941314697266); // C16, rank 2
    expect(at('79').score).toBe(65.18930053710938); // C53, rank 8
    expect(at('46').score).toBe(62.366546630859375); // C54, rank 29
    const ranks = new Map(rankValues(rows.map((r) => ({ code: r.localityCode, value: r.score }))).map((s) => [s.code, s.rank]));
    expect([ranks.get('22'), ranks.get('48'), ranks.get('79'), ranks.get('92'), ranks.get('46')]).toEqual([1, 2, 8, 10, 29]);
  });

  it('PCI 2018: Cần Thơ (row 14) and An Giang (row 2)', async () => {
    const { rows } = await importIndexFile(path.join(DIR, 'PCI 2018 summary.xlsx'));
    expect(rows.find((r) => r.localityCode === '92')!.score).toBe(64.97624969482422); // C14, rank 11
    expect(rows.find((r) => r.localityCode === '89')!.score).toBe(63.65373229980469); // C2, rank 28
    expect(rows.find((r) => r.localityCode === '89')!.dimensions['entry-costs']).toBe(6.962630271911621); // D2
  });
});

/** The 2018 Summary sheet as cells, to build other files in the same layout. */
async function summaryCells(): Promise<Cell[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path.join(DIR, 'PCI 2018 summary.xlsx'));
  const sheet = workbook.getWorksheet('Summary')!;
  const rows: Cell[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const cells: Cell[] = [];
    for (let c = 1; c <= 13; c++) {
      const cell = sheet.getRow(r).getCell(c);
      const v = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
      cells.push(typeof v === 'number' || typeof v === 'string' ? v : null);
    }
    rows.push(cells);
  }
  return rows;
}

async function xlsxOf(rows: Cell[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Summary');
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('later editions in the same layout', () => {
  it('a header without the year ("The Weighted PCI Score", as from 2019) takes the year from the file name', async () => {
    const rows = await summaryCells();
    rows[0][2] = 'The Weighted PCI Score';
    const result = await importIndexBytes(await xlsxOf(rows), 'PCI 2019.xlsx');
    expect(result.years).toEqual([2019]);
    expect(result.rows).toHaveLength(63);
  });

  it('columns found by their headers, wherever they stand', async () => {
    const rows = (await summaryCells()).map((r) => [r[0], r[2], r[1], ...r.slice(3).reverse()]);
    const result = await importIndexBytes(await xlsxOf(rows), 'PCI_2018_reordered.xlsx');
    expect(result.rows.find((r) => r.localityCode === '92')!.score).toBe(64.97624969482422);
    expect(result.rows.find((r) => r.localityCode === '92')!.dimensions['entry-costs']).toBe(7.065877914428711);
  });
});

describe('a bad summary sheet is refused with every problem listed', () => {
  it('a repeat with other figures, text in a cell, an unknown province, a rank the score contradicts', async () => {
    const rows = await summaryCells();
    rows[65][3] = 1; // D66: the repeated Hà Nội row, entry costs changed
    rows[13][5] = 'n/a'; // F14: Cần Thơ's transparency
    rows[20][0] = 'Dong Thapp'; // A21
    rows[1][1] = 5; // B2: An Giang ranked 5th with 63.65
    const problems = (() => {
      try {
        readPciSummary(gridFromRows('Summary', rows), 'bad.xlsx', 2018);
      } catch (err) {
        return (err as IndexFileError).problems;
      }
      return [];
    })();
    const where = problems.map((p) => `${p.row} ${p.column}`);
    expect(where).toContain('66 A');
    expect(where).toContain('14 F');
    expect(where).toContain('21 A');
    expect(problems.find((p) => p.row === 14)!.vi).toBe('Tính minh bạch của Cần Thơ là "n/a", không phải là số');
    expect(problems.find((p) => p.row === 21)!.en).toBe('"Dong Thapp" is not the name of one of the 63 provinces');
    // With Đồng Tháp unread the ranks are not compared (they say nothing on part of the 63); the missing province is named.
    expect(problems.some((p) => p.row === null && p.en.includes('Đồng Tháp'))).toBe(true);
  });

  it('a rank that disagrees with the composite', async () => {
    const rows = await summaryCells();
    rows[1][1] = 5; // B2: An Giang (63.65) is 28th
    expect(() => readPciSummary(gridFromRows('Summary', rows), 'bad.xlsx', 2018)).toThrow(/row 2 column B: the rank 5 does not agree with the PCI score \(which places 28\)/);
  });

  it('a composite that is not the 2017–2021 weighted mean', async () => {
    const rows = await summaryCells();
    rows[13][2] = 66; // C14: Cần Thơ
    expect(() => readPciSummary(gridFromRows('Summary', rows), 'bad.xlsx', 2018)).toThrow(/row 14 column C: the PCI score 66 is not the 2018 weighted mean/);
  });

  it('a header row lacking a sub-index', async () => {
    const rows = await summaryCells();
    rows[0][7] = 'Sub-Index 5';
    expect(() => readPciSummary(gridFromRows('Summary', rows), 'bad.xlsx', 2018)).toThrow(/the header row lacks the informal-charges column/);
  });
});
