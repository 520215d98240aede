// The plain template for official statistics, for figures that do not come as a GSO PX-Web export (a
// department's own table, a yearbook typed in): one row per dataset, province and year — the dataset's
// key from the catalogue (core/statistics), the province's two-digit GSO code (its name beside it is
// read only), the year, the figure (a decimal point or comma, never grouped), and "x" for a preliminary
// figure. A CSV or an .xlsx whose first sheet is headed so. The same checks as a PX-Web file: every bad
// cell listed (row, column, vi/en), nothing returned unless the whole file is good; it becomes the same
// table of datasets, so storing it is the PX-Web path's (idempotent, audited).
import { GSO_DATASETS } from '../core/statistics/catalogue';
import type { StatisticValue } from '../core/statistics/types';
import { LOCALITIES_63 } from '../core/localities/units';
import { fold, isBlank, numberIn, shown, type Cell, type Grid } from './grid';
import { ProblemLog } from './problems';
import type { PxWebDataset, PxWebTable } from './pxweb.csv';

export const TEMPLATE_TITLE = 'Số liệu thống kê theo tỉnh (official statistics by province)';

export const TEMPLATE_COLUMNS = [
  { key: 'dataset', header: 'Mã bộ số liệu (dataset key)' },
  { key: 'code', header: 'Mã tỉnh GSO (province code)' },
  { key: 'province', header: 'Tỉnh, thành phố (province, chỉ để đọc / read only)' },
  { key: 'year', header: 'Năm (year)' },
  { key: 'value', header: 'Giá trị (value)' },
  { key: 'preliminary', header: 'Sơ bộ: x (preliminary: x)' },
] as const;

type Key = (typeof TEMPLATE_COLUMNS)[number]['key'];

const BY_CODE = new Map(LOCALITIES_63.map((l) => [l.code, l]));

/** Whether a sheet is the template: its first row holds the template's headers, in order. */
export function isStatisticsTemplate(grid: Grid): boolean {
  return TEMPLATE_COLUMNS.every((c, k) => fold(grid.cell(1, k + 1)) === fold(c.header));
}

/** The template's rows for download: every province, its code and name, the other cells empty. */
export function templateRows(): string[][] {
  return [TEMPLATE_COLUMNS.map((c) => c.header), ...LOCALITIES_63.map((l) => ['', l.code, l.name, '', '', ''])];
}

export function readStatisticsTemplate(grid: Grid, file: string): PxWebTable {
  const log = new ProblemLog();
  const column = (key: Key) => TEMPLATE_COLUMNS.findIndex((c) => c.key === key) + 1;
  const letter = (key: Key) => String.fromCharCode(64 + column(key));
  const values: StatisticValue[] = [];
  const seen = new Map<string, number>();
  for (let row = 2; row <= grid.rowCount; row++) {
    const cell = (key: Key): Cell => grid.cell(row, column(key));
    // a row of the downloaded template left as it was (only its code and name filled) says nothing
    if ((['dataset', 'year', 'value'] as const).every((k) => isBlank(cell(k)))) continue;
    const problem = (key: Key, vi: string, en: string) => log.add(grid.name, row, letter(key), { vi, en });
    const key = String(cell('dataset') ?? '').trim();
    const spec = GSO_DATASETS.get(key);
    if (!spec) problem('dataset', `${shown(cell('dataset'))} không phải mã bộ số liệu trong danh mục (ví dụ gso.poverty-rate).`, `${shown(cell('dataset'))} is not a dataset key of the catalogue (e.g. gso.poverty-rate).`);
    const code = String(cell('code') ?? '').trim().padStart(2, '0');
    if (!BY_CODE.has(code)) problem('code', `${shown(cell('code'))} không phải mã GSO của một trong 63 tỉnh, thành phố.`, `${shown(cell('code'))} is not the GSO code of one of the 63 provinces.`);
    const year = numberIn(cell('year'));
    const yearOk = year !== null && Number.isInteger(year) && year >= 1990 && year <= 2100;
    if (!yearOk) problem('year', `${shown(cell('year'))} không phải một năm (1990–2100).`, `${shown(cell('year'))} is not a year (1990–2100).`);
    const value = numberIn(cell('value'));
    if (value === null) problem('value', `${shown(cell('value'))} không phải một số (dấu chấm hoặc phẩy thập phân, không nhóm hàng nghìn).`, `${shown(cell('value'))} is not a number (a decimal point or comma, no thousands grouping).`);
    const mark = fold(cell('preliminary'));
    if (mark !== '' && mark !== 'x') problem('preliminary', `${shown(cell('preliminary'))}: ghi "x" cho số liệu sơ bộ, hoặc để trống.`, `${shown(cell('preliminary'))}: write "x" for a preliminary figure, or leave it empty.`);
    if (!spec || !BY_CODE.has(code) || !yearOk || value === null) continue;
    const twice = seen.get(`${key}|${code}|${year}`);
    if (twice !== undefined) problem('dataset', `${key}, tỉnh ${code}, năm ${year} đã có ở dòng ${twice}.`, `${key}, province ${code}, year ${year} is already on row ${twice}.`);
    seen.set(`${key}|${code}|${year}`, row);
    values.push({ dataset: key, year: year!, localityCode: code, value, preliminary: mark === 'x' });
  }
  if (values.length === 0 && log.problems.length === 0) log.add(grid.name, null, null, { vi: 'tệp mẫu không có dòng số liệu nào.', en: 'the template holds no figures.' });
  log.throwIfAny(file);
  return { file, title: TEMPLATE_TITLE, datasets: datasetsOf(values), aggregates: [], setAside: [] };
}

function datasetsOf(values: readonly StatisticValue[]): PxWebDataset[] {
  const keys = [...new Set(values.map((v) => v.dataset))].sort();
  return keys.map((key) => {
    const mine = values.filter((v) => v.dataset === key);
    const years = [...new Set(mine.map((v) => v.year))].sort((a, b) => a - b);
    // a year is preliminary when any of its figures is marked so
    return { spec: GSO_DATASETS.get(key)!, years: years.map((year) => ({ year, preliminary: mine.some((v) => v.year === year && v.preliminary) })), values: mine };
  });
}
