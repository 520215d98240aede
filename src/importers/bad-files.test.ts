// All-or-nothing: a damaged file fails once, naming every bad row with its sheet, row and column, and
// files that are not what the caller said are refused before anything is read.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../core/errors';
import type { Grid } from './grid';
import { importIndexBytes, importIndexFile } from './import-file';
import { readPapiWorkbook } from './papi.workbook';
import { readPciSheet } from './pci.sheet';
import { IndexFileError } from './problems';
import { readXlsxGrids } from './xlsx.reader';
import { fixture } from '../../test/helpers/fixtures';

const VN = fixture('vn');
const PCI_2016 = path.join(VN, 'pci_papi_mdtrinh_vietnamdata/PCI_2016.xlsx');

async function failure(run: () => Promise<unknown>): Promise<IndexFileError> {
  const error = await run().then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(IndexFileError);
  expect(error).toBeInstanceOf(InputError);
  return error as IndexFileError;
}

describe('a bad PAPI CSV', () => {
  it('lists every bad row with its row and column', async () => {
    const lines = readFileSync(path.join(VN, 'papi_hnks-gh_ml-mcdm/2014.csv'), 'utf8').trim().split(/\r?\n/);
    const edit = (line: number, field: number, value: string) => {
      const fields = lines[line - 1].split(',');
      fields[field] = value;
      lines[line - 1] = fields.join(',');
    };
    edit(5, 1, 'abc'); // P04 SC11
    edit(10, 8, '1.2'); // P09 SC24, a column 2014 does not use
    edit(20, 10, ''); // P19 SC32, with SC31 and SC33 filled
    edit(30, 20, '7.5'); // P29 SC61, above 10/4
    lines[39] = lines[39].split(',').slice(0, 10).join(','); // P39 cut short
    edit(64, 0, 'P03'); // P63's line relabelled: P03 twice, P63 missing
    lines.push(lines[1].replace(/^P01/, 'P99'));
    const error = await failure(() => importIndexBytes(Buffer.from(lines.join('\n')), '2014.csv'));
    expect(error.problems).toEqual([
      { sheet: '2014.csv', row: 5, column: 'SC11', vi: '"abc" không phải là số', en: '"abc" is not a number' },
      { sheet: '2014.csv', row: 10, column: 'SC24', vi: 'SC24 có giá trị "1.2" nhưng không được dùng trong năm 2014', en: 'SC24 holds "1.2" but is not used in 2014' },
      {
        sheet: '2014.csv',
        row: 20,
        column: 'SC32',
        vi: 'SC32 (Ban Thanh tra Nhân dân) để trống trong khi các nội dung thành phần khác của Trách nhiệm giải trình với người dân có số liệu',
        en: 'SC32 (peoples-inspection-boards) is empty while other sub-dimensions of vertical-accountability are filled',
      },
      { sheet: '2014.csv', row: 30, column: 'SC61', vi: '7,5 nằm ngoài khoảng 0–2,50 của Y tế công lập', en: '7.5 is outside 0–2.50 for public-health' },
      { sheet: '2014.csv', row: 40, column: null, vi: 'dòng có 10 trường trong khi dòng tiêu đề có 30', en: 'the line has 10 fields where the header has 30' },
      { sheet: '2014.csv', row: 64, column: 'Province', vi: 'P03 xuất hiện lần thứ hai', en: 'P03 appears a second time' },
      { sheet: '2014.csv', row: 65, column: 'Province', vi: '"P99" không phải là mã tỉnh P01…P63', en: '"P99" is not a province code P01…P63' },
      { sheet: '2014.csv', row: null, column: 'Province', vi: 'tệp thiếu P63', en: 'the file lacks P63' },
    ]);
    // Vietnamese with its diacritics composed (NFC), as typed.
    for (const p of error.problems) expect(p.vi).toBe(p.vi.normalize('NFC'));
    expect(error.message).toMatch(/^2014\.csv was not imported because of 8 problems in 8 rows: sheet 2014\.csv row 5 column SC11: "abc" is not a number; /);
    expect(error.message).toContain('sheet 2014.csv row 40: the line has 10 fields');
    expect(error.message.endsWith('the file lacks P63.')).toBe(true);
    expect(error.message).not.toContain('\n');
  });
});

describe('a bad PCI summary sheet', () => {
  it('lists unreadable scores, unknown names, missing provinces and composites that do not add up', async () => {
    const [summary] = await readXlsxGrids(readFileSync(PCI_2016), 'PCI_2016.xlsx');
    const overrides = new Map<string, string | number>([
      ['5:3', 'n/a'], // C5: Đồng Tháp's entry costs
      ['10:2', 'Atlantis'], // B10: Tiền Giang in the entry-costs ranking
      ['12:23', 62.5], // W12: Cần Thơ's composite, published 61.1379
    ]);
    const damaged: Grid = { ...summary, cell: (r, c) => overrides.get(`${r}:${c}`) ?? summary.cell(r, c) };
    const error = await failure(async () => readPciSheet(damaged, 'PCI_2016.xlsx', 2016));
    expect(error.problems).toEqual([
      { sheet: 'Summary_VN', row: 5, column: 'C', vi: 'Chi phí gia nhập thị trường của Đồng Tháp là "n/a", không phải là số', en: 'entry-costs of Đồng Tháp is "n/a", not a number' },
      { sheet: 'Summary_VN', row: 10, column: 'B', vi: '"Atlantis" không phải là tên của một trong 63 tỉnh, thành', en: '"Atlantis" is not the name of one of the 63 provinces' },
      { sheet: 'Summary_VN', row: null, column: 'B', vi: 'bảng xếp hạng Chi phí gia nhập thị trường thiếu Tiền Giang', en: 'the entry-costs ranking lacks Tiền Giang' },
      {
        sheet: 'Summary_VN',
        row: 12,
        column: 'W',
        vi: 'điểm tổng hợp 62,5 của tỉnh mã 92 không bằng bình quân gia quyền các chỉ số thành phần (61,1379)',
        en: 'the composite 62.5 of province 92 is not the weighted mean of its sub-indices (61.1379)',
      },
    ]);
  });

  it('refuses a summary sheet read with another year\'s layout', async () => {
    const [summary] = await readXlsxGrids(readFileSync(PCI_2016), 'PCI_2016.xlsx');
    const error = await failure(async () => readPciSheet(summary, 'PCI_2016.xlsx', 2012));
    expect(error.problems[0]).toMatchObject({ row: 1, column: 'M', vi: expect.stringContaining('Tính năng động của chính quyền tỉnh'), en: expect.stringContaining('proactivity') });
  });
});

describe('a bad PAPI workbook sheet', () => {
  it('names a dimension that is not the sum of its sub-dimensions, and the total that no longer adds up', async () => {
    const grids = await readXlsxGrids(readFileSync(path.join(VN, 'pci_papi_mdtrinh_vietnamdata/PAPI_2011-2016.xlsx')), 'PAPI_2011-2016.xlsx');
    const damaged = grids.map((g): Grid => (g.name === '2014_PAPI' ? { ...g, cell: (r, c) => (r === 61 && c === 4 ? 9.9 : g.cell(r, c)) } : g));
    const error = await failure(async () => readPapiWorkbook(damaged, 'PAPI_2011-2016.xlsx'));
    expect(error.problems).toEqual([
      {
        sheet: '2014_PAPI',
        row: 61,
        column: 'D',
        vi: 'Tham gia của người dân ở cấp cơ sở của Cần Thơ là 9,9, không bằng tổng các nội dung thành phần (4,8307)',
        en: 'participation of Cần Thơ is 9.9, not the sum of its sub-dimensions (4.8307)',
      },
      {
        sheet: '2014_PAPI',
        row: 61,
        column: 'AF',
        vi: 'tổng điểm của Cần Thơ là 34,224109, không bằng tổng các chỉ số nội dung (39,2934)',
        en: 'the total of Cần Thơ is 34.224109, not the sum of its dimensions (39.2934)', // 34.224109 − 4.830733 + 9.9
      },
    ]);
  });
});

describe('files that are not what they claim', () => {
  it('refuses a year or index that contradicts the file', async () => {
    await expect(importIndexFile(PCI_2016, { year: 2015 })).rejects.toThrow(/holds 2016 figures according to its summary sheet, not 2015/);
    await expect(importIndexFile(PCI_2016, { index: 'PAPI' })).rejects.toThrow(/holds PCI figures, not PAPI/);
    await expect(importIndexFile(PCI_2016, { index: 'PGI' })).rejects.toThrow(InputError);
  });

  it('says so when the path is not a readable file', async () => {
    await expect(importIndexFile(path.join(VN, 'no-such-file.xlsx'))).rejects.toThrow(/is not a file that can be read/);
  });

  it('reads .xls only from the command line', async () => {
    const bytes = readFileSync(path.join(VN, 'pci_papi_mdtrinh_vietnamdata/PCI_2010.xls'));
    await expect(importIndexBytes(bytes, 'PCI_2010.xls')).rejects.toThrow(/command line only/);
  });

  it('needs a year for a PAPI CSV whose name has none, and refuses other CSVs and broken workbooks', async () => {
    const text = readFileSync(path.join(VN, 'papi_hnks-gh_ml-mcdm/2014.csv'));
    await expect(importIndexBytes(text, 'papi.csv')).rejects.toThrow(/give the year/);
    expect((await importIndexBytes(text, 'papi.csv', { year: 2014 })).rows).toHaveLength(61);
    await expect(importIndexBytes(Buffer.from('a,b\n1,2\n'), 'other.csv')).rejects.toThrow(/positional PAPI series/);
    await expect(importIndexBytes(Buffer.from('not a zip'), 'PCI_2016.xlsx')).rejects.toThrow(/not a readable \.xlsx workbook/);
    await expect(importIndexBytes(Buffer.from('x'), 'PCI_2016.ods')).rejects.toThrow(InputError);
  });
});
