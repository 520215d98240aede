// The plain statistics template: what it reads, what it refuses (every bad cell with its row and column,
// vi/en), and that the template as downloaded reads back as a template. Figures: GRDP per capita, million
// VND, from the team's shared data folder, vn/gso_2011_2022_dstai (grdp_2020.csv: Cần Thơ 72,41, An Giang 46,64;
// grdp_2021.csv: Cần Thơ 73,93).
import { describe, expect, it } from 'vitest';
import { csvLine } from '../core/csv';
import { csvGrid } from './csv';
import { IndexFileError } from './problems';
import { isStatisticsTemplate, readStatisticsTemplate, templateRows, TEMPLATE_COLUMNS } from './statistics.template';

const HEADER = TEMPLATE_COLUMNS.map((c) => c.header);
const sheet = (rows: string[][]) => csvGrid('mau.csv', [HEADER, ...rows].map((r) => csvLine(r)).join('\n'));

function problemsOf(rows: string[][]) {
  try {
    readStatisticsTemplate(sheet(rows), 'mau.csv');
  } catch (err) {
    if (err instanceof IndexFileError) return err.problems.map((p) => [p.row, p.column, p.en]);
    throw err;
  }
  throw new Error('not refused');
}

describe('statistics template', () => {
  it('reads figures by dataset, province and year, a preliminary mark and a decimal comma', () => {
    const table = readStatisticsTemplate(
      sheet([
        ['gso.grdp-per-capita', '92', 'Cần Thơ', '2020', '72.41', ''],
        ['gso.grdp-per-capita', '89', 'An Giang', '2020', '46,64', ''],
        ['gso.grdp-per-capita', '92', 'Cần Thơ', '2021', '73.93', 'x'],
        ['', '01', 'Hà Nội', '', '', ''],
      ]),
      'mau.csv',
    );
    expect(table.datasets).toHaveLength(1);
    const [grdp] = table.datasets;
    expect(grdp.spec.key).toBe('gso.grdp-per-capita');
    expect(grdp.years).toEqual([{ year: 2020, preliminary: false }, { year: 2021, preliminary: true }]);
    expect(grdp.values).toEqual([
      { dataset: 'gso.grdp-per-capita', year: 2020, localityCode: '92', value: 72.41, preliminary: false },
      { dataset: 'gso.grdp-per-capita', year: 2020, localityCode: '89', value: 46.64, preliminary: false },
      { dataset: 'gso.grdp-per-capita', year: 2021, localityCode: '92', value: 73.93, preliminary: true },
    ]);
  });

  it('lists every bad cell with its row and column, and returns nothing', () => {
    expect(
      problemsOf([
        ['gso.no-such', '92', '', '2020', '1', ''],
        ['gso.grdp-per-capita', '99', '', '2020', '1', ''],
        ['gso.grdp-per-capita', '92', '', 'năm ngoái', '1', ''],
        ['gso.grdp-per-capita', '89', '', '2020', '1.234,5', ''],
        ['gso.grdp-per-capita', '89', '', '2021', '5', 'có'],
        ['gso.grdp-per-capita', '92', '', '2021', '5', ''],
        ['gso.grdp-per-capita', '92', '', '2021', '6', ''],
      ]),
    ).toEqual([
      [2, 'A', '"gso.no-such" is not a dataset key of the catalogue (e.g. gso.poverty-rate).'],
      [3, 'B', '"99" is not the GSO code of one of the 63 provinces.'],
      [4, 'D', '"năm ngoái" is not a year (1990–2100).'],
      [5, 'E', '"1.234,5" is not a number (a decimal point or comma, no thousands grouping).'],
      [6, 'F', '"có": write "x" for a preliminary figure, or leave it empty.'],
      [8, 'A', 'gso.grdp-per-capita, province 92, year 2021 is already on row 7.'],
    ]);
  });

  it('is recognised as downloaded, and refuses it untouched: it holds no figures', () => {
    const downloaded = csvGrid('mau.csv', templateRows().map((r) => csvLine(r)).join('\r\n'));
    expect(isStatisticsTemplate(downloaded)).toBe(true);
    expect(downloaded.rowCount).toBe(64);
    expect(() => readStatisticsTemplate(downloaded, 'mau.csv')).toThrow(IndexFileError);
    expect(isStatisticsTemplate(csvGrid('x.csv', 'Province,SC11\nHa Noi,1\n'))).toBe(false);
  });
});
