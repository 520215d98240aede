// The inventory from an Excel workbook: each sheet a sector (by its Vietnamese or English name or key),
// each row an activity. All-or-nothing: every row is read and checked (core/devolution), every problem
// listed with its sheet, row and column in Vietnamese and English, and only a clean file replaces the
// inventory — rows equal to what is stored change nothing, so an exported file imported again changes nothing.
import { DEVOLUTION_SECTORS, inventoryProblems, type Activity, type Problem } from '../../core/devolution';
import { readNumber } from '../../core/vn-number';
import { columnLetter, fold, isBlank, type Cell, type Grid } from '../../importers/grid';
import { COLUMNS, REQUIRED, kindFrom, levelFrom, namesColumn, type ColumnKey } from './inventory.columns';
import { problemText } from './devolution.problems';

export type FileProblem = { sheet: string; row: number | null; column: string | null; vi: string; en: string };

export class InventoryFileError extends Error {
  constructor(readonly file: string, readonly problems: FileProblem[]) {
    super(`${file}: ${problems.length} problems`);
  }
}

const text = (cell: Cell) => (cell === null ? '' : String(cell).normalize('NFC').trim());
const numberIn = (cell: Cell): number | null => (typeof cell === 'number' ? (Number.isFinite(cell) ? cell : null) : typeof cell === 'string' ? readNumber(cell) : null);

function sectorOf(name: string): string | null {
  const f = fold(name);
  return DEVOLUTION_SECTORS.find((s) => s.key === f || fold(s.vi) === f || fold(s.en) === f)?.key ?? null;
}

function locate(grid: Grid, problems: FileProblem[]): Map<ColumnKey, number> {
  const found = new Map<ColumnKey, number>();
  for (let c = 1; c <= grid.columnCount; c++) {
    const hit = COLUMNS.find((col) => namesColumn(col, grid.cell(1, c)));
    if (hit && !found.has(hit.key)) found.set(hit.key, c);
  }
  for (const key of REQUIRED.filter((k) => !found.has(k))) {
    const column = COLUMNS.find((c) => c.key === key)!;
    problems.push({ sheet: grid.name, row: 1, column: null, vi: `thiếu cột "${column.header}"`, en: `the column "${column.en}" is missing` });
  }
  return found;
}

type Placed = { activity: Activity; sheet: string; row: number; columns: Map<ColumnKey, number> };

function readRow(grid: Grid, r: number, sector: string, cols: Map<ColumnKey, number>, problems: FileProblem[]): Activity | null {
  const get = (k: ColumnKey) => (cols.has(k) ? grid.cell(r, cols.get(k)!) : null);
  if (COLUMNS.every((c) => isBlank(get(c.key)))) return null;
  const at = (k: ColumnKey) => columnLetter(cols.get(k) ?? 0);
  const bad = (k: ColumnKey, vi: string, en: string) => problems.push({ sheet: grid.name, row: r, column: at(k), vi, en });
  const amount = (k: 'workload' | 'staff' | 'budget') => {
    const n = numberIn(get(k));
    if (n === null) bad(k, `"${text(get(k))}" không phải là số`, `"${text(get(k))}" is not a number`);
    return n ?? 0;
  };
  const kind = kindFrom(text(get('kind')));
  if (!kind) bad('kind', `loại hoạt động "${text(get('kind'))}" không đúng: dùng ban hành quy định, quy hoạch, bảo đảm tài chính, tổ chức thực hiện hoặc kiểm tra, giám sát`, `the activity kind "${text(get('kind'))}" is wrong: use regulate, plan, finance, deliver or monitor`);
  const level = levelFrom(text(get('level')));
  if (!level) bad('level', `cấp "${text(get('level'))}" không đúng: dùng tỉnh/thành phố, huyện/quận hoặc xã/phường`, `the level "${text(get('level'))}" is wrong: use province/city, district or commune/ward`);
  return {
    code: text(get('code')), sector, unit: text(get('unit')), functionCode: text(get('functionCode')), functionName: text(get('functionName')),
    name: text(get('name')), kind: kind ?? 'deliver', legalDocument: text(get('legalDocument')), legalArticle: text(get('legalArticle')),
    level: level ?? 'province', workload: amount('workload'), staff: amount('staff'), budget: amount('budget'),
  };
}

/** Reads every sheet; throws InventoryFileError listing every problem, or gives the activities in file order. */
export function readInventory(grids: readonly Grid[], file: string, units: readonly string[]): Activity[] {
  const problems: FileProblem[] = [];
  const placed: Placed[] = [];
  for (const grid of grids) {
    if (grid.rowCount === 0) continue;
    const sector = sectorOf(grid.name);
    if (!sector) {
      problems.push({ sheet: grid.name, row: null, column: null, vi: `trang tính "${grid.name}" không mang tên một lĩnh vực quản lý nhà nước`, en: `the sheet "${grid.name}" is not named after a state management sector` });
      continue;
    }
    const cols = locate(grid, problems);
    if (REQUIRED.some((k) => !cols.has(k))) continue;
    for (let r = 2; r <= grid.rowCount; r++) {
      const activity = readRow(grid, r, sector, cols, problems);
      if (activity) placed.push({ activity, sheet: grid.name, row: r, columns: cols });
    }
  }
  const activities = placed.map((p) => p.activity);
  problems.push(...inventoryProblems(activities, { units }).map((p) => located(p, placed)));
  if (problems.length) throw new InventoryFileError(file, problems);
  return activities;
}

/** A core problem at the row of its activity (the last row with that code: a code used twice is told at its second row). */
function located(p: Problem, placed: readonly Placed[]): FileProblem {
  const at = [...placed].reverse().find((x) => x.activity.code === p.where.activity) ?? placed[0];
  const t = problemText({ ...p, where: {} });
  if (!at) return { sheet: '', row: null, column: null, vi: t.vi, en: t.en };
  const column = p.where.field && at.columns.has(p.where.field as ColumnKey) ? columnLetter(at.columns.get(p.where.field as ColumnKey)!) : null;
  return { sheet: at.sheet, row: at.row, column, vi: t.vi, en: t.en };
}
