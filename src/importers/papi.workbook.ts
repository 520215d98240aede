// Reads UNDP's PAPI workbook (PAPI_2011-2016.xlsx: one sheet per year named "2014_PAPI", GSO codes in
// column A, then each dimension followed by its sub-dimensions, then the total). A row left blank by the
// publisher (2014 Bắc Giang, Đồng Tháp) is a gap, not an error; every filled row must add up.
import type { IndexRow } from '../core/indices/types';
import type { Locality } from '../core/localities/types';
import { locality, LOCALITIES_63 } from '../core/localities/units';
import { columnLetter, fold, isBlank, numberIn, shown, type Grid } from './grid';
import { BOUND_SLACK, papiGroups, SUM_TOLERANCE, type PapiGroup } from './papi.shared';
import { figure, ProblemLog, type ProblemText } from './problems';
import type { Gap } from './types';

const FIRST_DATA_ROW = 3;
const FIRST_FIGURE_COLUMN = 4;
// Words the English header of each dimension contains.
const HEADER_WORDS: Readonly<Record<string, string>> = {
  participation: 'participation',
  transparency: 'transparency',
  'vertical-accountability': 'accountability',
  'control-of-corruption': 'corruption',
  'administrative-procedures': 'administrative procedures',
  'public-services': 'service delivery',
};

/** The year of a sheet named "2014_PAPI", or null. */
export function papiSheetYear(name: string): number | null {
  const match = /^(\d{4})_PAPI$/i.exec(name.trim());
  return match ? Number(match[1]) : null;
}

export function readPapiWorkbook(grids: readonly Grid[], file: string, onlyYear?: number): { rows: IndexRow[]; gaps: Gap[]; years: number[] } {
  const log = new ProblemLog();
  const rows: IndexRow[] = [];
  const gaps: Gap[] = [];
  const sheets = grids.filter((g) => papiSheetYear(g.name) !== null && (onlyYear === undefined || papiSheetYear(g.name) === onlyYear));
  if (sheets.length === 0) log.add(
      grids[0]?.name ?? file,
      null,
      null,
      onlyYear
        ? { vi: `không có trang tính nào tên ${onlyYear}_PAPI`, en: `there is no sheet named ${onlyYear}_PAPI` }
        : { vi: 'không có trang tính nào đặt tên kiểu 2014_PAPI', en: 'there is no sheet named like 2014_PAPI' },
    );
  for (const grid of sheets) readSheet(grid, papiSheetYear(grid.name)!, rows, gaps, log);
  log.throwIfAny(file);
  return { rows, gaps, years: sheets.map((g) => papiSheetYear(g.name)!).sort((a, b) => a - b) };
}

interface Plan {
  groups: PapiGroup[];
  /** Column of each dimension, followed by its sub-dimensions' columns. */
  at: Array<{ group: PapiGroup; column: number; subColumns: number[] }>;
  totalColumn: number;
}

function planFor(year: number): Plan {
  const groups = papiGroups(year);
  let column = FIRST_FIGURE_COLUMN;
  const at = groups.map((group) => {
    const place = { group, column, subColumns: group.subdimensions.map((_, i) => column + 1 + i) };
    column += 1 + group.subdimensions.length;
    return place;
  });
  return { groups, at, totalColumn: column };
}

function readSheet(grid: Grid, year: number, rows: IndexRow[], gaps: Gap[], log: ProblemLog): void {
  const plan = planFor(year);
  for (const { group, column } of plan.at) {
    const words = HEADER_WORDS[group.dimension.key];
    if (words && !fold(grid.cell(1, column)).includes(words)) {
      const header = shown(grid.cell(1, column));
      log.add(grid.name, 1, columnLetter(column), {
        vi: `tiêu đề ${header} không phải là chỉ số nội dung ${group.dimension.vi} như PAPI ${year} cần có`,
        en: `the header ${header} is not the ${group.dimension.key} dimension expected for PAPI ${year}`,
      });
    }
  }
  const seen = new Set<string>();
  for (let r = FIRST_DATA_ROW; r <= grid.rowCount; r++) {
    const id = grid.cell(r, 1);
    const figures = Array.from({ length: plan.totalColumn - FIRST_FIGURE_COLUMN + 1 }, (_, i) => grid.cell(r, FIRST_FIGURE_COLUMN + i));
    if (isBlank(id) && figures.every(isBlank)) continue;
    // The publisher's summary line ("999 Highest") closes the table.
    if (numberIn(id) === 999) break;
    const code = numberIn(id) === null ? null : String(numberIn(id)).padStart(2, '0');
    const unit = code ? locality(63, code) : undefined;
    if (!unit) {
      log.add(grid.name, r, 'A', { vi: `${shown(id)} không phải là mã GSO của một trong 63 tỉnh, thành`, en: `${shown(id)} is not the GSO code of one of the 63 provinces` });
      continue;
    }
    if (seen.has(unit.code)) log.add(grid.name, r, 'A', { vi: `${unit.name} (${unit.code}) xuất hiện lần thứ hai`, en: `${unit.name} (${unit.code}) appears a second time` });
    seen.add(unit.code);
    if (figures.every(isBlank)) gaps.push({ year, localityCode: unit.code, missing: plan.groups.map((g) => g.dimension.key) });
    else readRow(grid, r, year, unit, plan, rows, log);
  }
  const absent = LOCALITIES_63.filter((u) => !seen.has(u.code)).map((u) => u.name);
  if (absent.length) log.add(grid.name, null, 'A', { vi: `trang tính thiếu ${absent.join(', ')}`, en: `the sheet lacks ${absent.join(', ')}` });
}

function readRow(grid: Grid, r: number, year: number, unit: Locality, plan: Plan, rows: IndexRow[], log: ProblemLog): void {
  const readScore = (column: number, max: number, what: ProblemText): number | null => {
    const cell = grid.cell(r, column);
    const n = numberIn(cell);
    const at = columnLetter(column);
    if (n === null && isBlank(cell)) log.add(grid.name, r, at, { vi: `${what.vi} của ${unit.name} để trống`, en: `${what.en} of ${unit.name} is empty` });
    else if (n === null) log.add(grid.name, r, at, { vi: `${what.vi} của ${unit.name} là ${shown(cell)}, không phải là số`, en: `${what.en} of ${unit.name} is ${shown(cell)}, not a number` });
    else if (n < 0 || n > max + BOUND_SLACK) {
      const [value, bound] = [figure(n), figure(max, 2)];
      log.add(grid.name, r, at, {
        vi: `${what.vi} của ${unit.name} là ${value.vi}, nằm ngoài khoảng 0–${bound.vi}`,
        en: `${what.en} of ${unit.name} is ${value.en}, outside 0–${bound.en}`,
      });
    } else return n;
    return null;
  };
  const dimensions: Record<string, number> = {};
  const subdimensions: Record<string, number> = {};
  let complete = true;
  for (const { group, column, subColumns } of plan.at) {
    const dimension = readScore(column, 10, { vi: group.dimension.vi, en: group.dimension.key });
    const subs = subColumns.map((c, i) => readScore(c, group.subMax, { vi: group.subdimensions[i].vi, en: group.subdimensions[i].key }));
    if (dimension === null || subs.includes(null)) {
      complete = false;
      continue;
    }
    const sum = (subs as number[]).reduce((s, v) => s + v, 0);
    if (Math.abs(sum - dimension) > SUM_TOLERANCE) {
      const [value, added] = [figure(dimension), figure(sum, 4)];
      log.add(grid.name, r, columnLetter(column), {
        vi: `${group.dimension.vi} của ${unit.name} là ${value.vi}, không bằng tổng các nội dung thành phần (${added.vi})`,
        en: `${group.dimension.key} of ${unit.name} is ${value.en}, not the sum of its sub-dimensions (${added.en})`,
      });
    }
    dimensions[group.dimension.key] = dimension;
    subs.forEach((v, i) => (subdimensions[group.subdimensions[i].key] = v as number));
  }
  const total = readScore(plan.totalColumn, 10 * plan.groups.length, { vi: 'tổng điểm', en: 'the total' });
  if (!complete || total === null) return;
  const sum = Object.values(dimensions).reduce((s, v) => s + v, 0);
  if (Math.abs(sum - total) > SUM_TOLERANCE) {
    const [value, added] = [figure(total), figure(sum, 4)];
    log.add(grid.name, r, columnLetter(plan.totalColumn), {
      vi: `tổng điểm của ${unit.name} là ${value.vi}, không bằng tổng các chỉ số nội dung (${added.vi})`,
      en: `the total of ${unit.name} is ${value.en}, not the sum of its dimensions (${added.en})`,
    });
  }
  rows.push({ index: 'PAPI', year, localityCode: unit.code, dimensions, score: total, subdimensions });
}
