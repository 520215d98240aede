// Reads the positional PAPI series (one CSV per year, 2011–2024: Province = P01…P63 in GSO order, then
// SC11…SC83). Which column holds which sub-dimension depends on the year (see core/indices/papi.ts); a
// dimension whose sub-dimensions are all blank was withheld by the publisher and becomes a gap, while a
// dimension filled only in part, a value in a column the year does not use, or a non-number is an error.
import { PAPI_FIRST_YEAR } from '../core/indices/papi';
import type { IndexRow } from '../core/indices/types';
import { LOCALITIES_63 } from '../core/localities/units';
import { isBlank, numberIn, shown, type Grid } from './grid';
import { BOUND_SLACK, papiGroups } from './papi.shared';
import { figure, IndexFileError, ProblemLog } from './problems';
import type { Gap } from './types';

export const PAPI_CSV_COLUMNS = [
  'SC11', 'SC12', 'SC13', 'SC14', 'SC21', 'SC22', 'SC23', 'SC24', 'SC31', 'SC32', 'SC33', 'SC41', 'SC42', 'SC43', 'SC44',
  'SC51', 'SC52', 'SC53', 'SC54', 'SC61', 'SC62', 'SC63', 'SC64', 'SC71', 'SC72', 'SC73', 'SC81', 'SC82', 'SC83',
] as const;

/** Whether a grid's first line is the positional PAPI header. */
export function isPapiCsv(grid: Grid): boolean {
  return String(grid.cell(1, 1)).trim() === 'Province' && String(grid.cell(1, 2)).trim() === 'SC11';
}

export function readPapiCsv(grid: Grid, file: string, year: number): { rows: IndexRow[]; gaps: Gap[] } {
  const sheet = grid.name;
  if (!Number.isInteger(year) || year < PAPI_FIRST_YEAR) {
    throw new IndexFileError(file, [{ sheet, row: null, column: null, vi: `${year} không phải là năm có PAPI (chuỗi số liệu bắt đầu từ ${PAPI_FIRST_YEAR})`, en: `${year} is not a PAPI year (the series starts in ${PAPI_FIRST_YEAR})` }]);
  }
  const log = new ProblemLog();
  const header = Array.from({ length: grid.rowLength(1) }, (_, i) => String(grid.cell(1, i + 1) ?? '').trim());
  const expected = ['Province', ...PAPI_CSV_COLUMNS];
  if (header.join(',') !== expected.join(',')) {
    log.add(sheet, 1, null, { vi: `dòng tiêu đề phải là ${expected.join(',')}`, en: `the header must be ${expected.join(',')}` });
    log.throwIfAny(file);
  }
  const columnOf = new Map(expected.map((name, i) => [name, i + 1]));
  const groups = papiGroups(year);
  const used = new Set(groups.flatMap((g) => g.subdimensions.map((s) => s.column)));
  const rows: IndexRow[] = [];
  const gaps: Gap[] = [];
  const seen = new Set<number>();
  for (let r = 2; r <= grid.rowCount; r++) {
    const cells = Array.from({ length: grid.rowLength(r) }, (_, i) => grid.cell(r, i + 1));
    if (cells.every(isBlank)) continue;
    const id = String(cells[0] ?? '').trim();
    const position = /^P(\d{2})$/.exec(id) ? Number(id.slice(1)) : 0;
    if (position < 1 || position > 63) {
      log.add(sheet, r, 'Province', { vi: `${shown(cells[0])} không phải là mã tỉnh P01…P63`, en: `${shown(cells[0])} is not a province code P01…P63` });
      continue;
    }
    if (seen.has(position)) log.add(sheet, r, 'Province', { vi: `${id} xuất hiện lần thứ hai`, en: `${id} appears a second time` });
    seen.add(position);
    if (cells.length !== expected.length) {
      log.add(sheet, r, null, { vi: `dòng có ${cells.length} trường trong khi dòng tiêu đề có ${expected.length}`, en: `the line has ${cells.length} fields where the header has ${expected.length}` });
      continue;
    }
    const unit = LOCALITIES_63[position - 1];
    for (const name of PAPI_CSV_COLUMNS) {
      if (!used.has(name) && !isBlank(cells[columnOf.get(name)! - 1])) {
        const cell = shown(cells[columnOf.get(name)! - 1]);
        log.add(sheet, r, name, { vi: `${name} có giá trị ${cell} nhưng không được dùng trong năm ${year}`, en: `${name} holds ${cell} but is not used in ${year}` });
      }
    }
    const dimensions: Record<string, number> = {};
    const subdimensions: Record<string, number> = {};
    const missing: string[] = [];
    for (const group of groups) {
      const raw = group.subdimensions.map((s) => ({ s, cell: cells[columnOf.get(s.column)! - 1] }));
      if (raw.every(({ cell }) => isBlank(cell))) {
        missing.push(group.dimension.key);
        continue;
      }
      let sum = 0;
      let ok = true;
      for (const { s, cell } of raw) {
        const n = numberIn(cell);
        if (isBlank(cell)) {
          log.add(sheet, r, s.column, {
            vi: `${s.column} (${s.vi}) để trống trong khi các nội dung thành phần khác của ${group.dimension.vi} có số liệu`,
            en: `${s.column} (${s.key}) is empty while other sub-dimensions of ${group.dimension.key} are filled`,
          });
        } else if (n === null) log.add(sheet, r, s.column, { vi: `${shown(cell)} không phải là số`, en: `${shown(cell)} is not a number` });
        else if (n < 0 || n > group.subMax + BOUND_SLACK) {
          const [value, bound] = [figure(n), figure(group.subMax, 2)];
          log.add(sheet, r, s.column, { vi: `${value.vi} nằm ngoài khoảng 0–${bound.vi} của ${s.vi}`, en: `${value.en} is outside 0–${bound.en} for ${s.key}` });
        }
        else {
          subdimensions[s.key] = n;
          sum += n;
          continue;
        }
        ok = false;
      }
      if (ok) dimensions[group.dimension.key] = sum;
    }
    if (missing.length) gaps.push({ year, localityCode: unit.code, missing });
    if (missing.length === groups.length) continue;
    const score = missing.length ? null : Object.values(dimensions).reduce((s, v) => s + v, 0);
    rows.push({ index: 'PAPI', year, localityCode: unit.code, dimensions, score, subdimensions });
  }
  const absent = LOCALITIES_63.map((_, i) => i + 1).filter((p) => !seen.has(p)).map((p) => `P${String(p).padStart(2, '0')}`);
  if (absent.length) log.add(sheet, null, 'Province', { vi: `tệp thiếu ${absent.join(', ')}`, en: `the file lacks ${absent.join(', ')}` });
  log.throwIfAny(file);
  return { rows, gaps };
}
