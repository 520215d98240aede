// Reads the summary sheet of an official PCI workbook into one row per province: each sub-index column is
// its own ranking, so provinces are matched by name column by column (names vary: "Tp.HCM", "TT.Huế",
// "Đăk Lăk", "BRVT"), and every composite is checked against the year's weights before anything is accepted.
import { PCI_SUBINDICES, pciComposite, pciSubindices } from '../core/indices/pci';
import type { IndexRow } from '../core/indices/types';
import { findByName } from '../core/localities/resolve';
import { LOCALITIES_63 } from '../core/localities/units';
import { columnLetter, fold, isBlank, numberIn, shown, type Grid } from './grid';
import { PCI_HEADER_WORDS, PCI_LAYOUTS, type PciLayout } from './pci.layouts';
import { figure, IndexFileError, ProblemLog } from './problems';

/** A column's Vietnamese name in problem texts: the sub-index's own, or what the composite columns are. */
function viName(key: string): string {
  if (key === 'composite') return 'điểm PCI tổng hợp';
  if (key === 'unweighted') return 'tổng điểm chưa gia quyền';
  return PCI_SUBINDICES.find((d) => d.key === key)?.vi ?? key;
}

// Published composites carry full precision (they agree with the weights to 1e-5); 0.005 also admits
// a sheet rounded to two decimals.
const TOLERANCE = 0.005;

/** The edition named in the sheet's first row ("PCI 2016"), or null. */
export function pciYearOf(grid: Grid): number | null {
  for (let c = 1; c <= grid.columnCount; c++) {
    const match = /\bpci\s*(\d{4})\b/.exec(fold(grid.cell(1, c)));
    if (match) return Number(match[1]);
  }
  return null;
}

export function readPciSheet(grid: Grid, file: string, year: number): IndexRow[] {
  const layout = PCI_LAYOUTS[year];
  if (!layout) {
    const known = Object.keys(PCI_LAYOUTS).join(', ');
    throw new IndexFileError(file, [{ sheet: grid.name, row: null, column: null, vi: `chưa biết bố cục của bảng tính PCI ${year} (đã biết: ${known})`, en: `there is no known layout for PCI ${year} (known: ${known})` }]);
  }
  const log = new ProblemLog();
  checkHeaders(grid, layout, log);
  const figures = new Map<string, Record<string, { value: number; row: number }>>();
  const columns: Array<[string, number]> = [...Object.entries(layout.columns), ['composite', layout.composite]];
  if (layout.unweighted) columns.push(['unweighted', layout.unweighted]);
  for (const [key, column] of columns) readColumn(grid, layout, key, column, figures, log);
  const rows: IndexRow[] = [];
  for (const unit of LOCALITIES_63) {
    const f = figures.get(unit.code);
    if (!f) continue;
    const dimensions: Record<string, number> = {};
    for (const d of pciSubindices(year)) if (f[d.key]) dimensions[d.key] = f[d.key].value;
    checkComposite(grid, layout, unit.code, dimensions, f, log);
    if (f.composite) rows.push({ index: 'PCI', year, localityCode: unit.code, dimensions, score: f.composite.value });
  }
  log.throwIfAny(file);
  return rows;
}

function checkHeaders(grid: Grid, layout: PciLayout, log: ProblemLog): void {
  for (const [key, column] of Object.entries(layout.columns)) {
    if (!fold(grid.cell(1, column)).includes(PCI_HEADER_WORDS[key])) {
      const header = shown(grid.cell(1, column));
      log.add(grid.name, 1, columnLetter(column), {
        vi: `tiêu đề ${header} không phải là chỉ số thành phần ${viName(key)} như PCI ${layout.year} cần có`,
        en: `the header ${header} is not the ${key} sub-index expected for PCI ${layout.year}`,
      });
    }
  }
  if (!/\bpci\b/.test(fold(grid.cell(1, layout.composite)))) {
    const header = shown(grid.cell(1, layout.composite));
    log.add(grid.name, 1, columnLetter(layout.composite), { vi: `tiêu đề ${header} không phải là chỉ số PCI tổng hợp`, en: `the header ${header} is not the PCI composite` });
  }
}

function readColumn(grid: Grid, layout: PciLayout, key: string, column: number, figures: Map<string, Record<string, { value: number; row: number }>>, log: ProblemLog): void {
  const max = key === 'composite' ? 100 : key === 'unweighted' ? 10 * Object.keys(layout.columns).length : 10;
  const seen = new Set<string>();
  const nameColumn = columnLetter(column - 1);
  for (let row = layout.firstRow; row <= layout.lastRow; row++) {
    const name = grid.cell(row, column - 1);
    const value = grid.cell(row, column);
    if (isBlank(name)) {
      log.add(grid.name, row, nameColumn, { vi: `tên tỉnh để trống (bảng xếp hạng ${viName(key)})`, en: `the province name is empty (${key} ranking)` });
      continue;
    }
    const unit = findByName(63, String(name));
    if (!unit) {
      log.add(grid.name, row, nameColumn, { vi: `${shown(name)} không phải là tên của một trong 63 tỉnh, thành`, en: `${shown(name)} is not the name of one of the 63 provinces` });
      continue;
    }
    if (seen.has(unit.code)) {
      log.add(grid.name, row, nameColumn, { vi: `${unit.name} xuất hiện lần thứ hai trong bảng xếp hạng ${viName(key)}`, en: `${unit.name} appears a second time in the ${key} ranking` });
    }
    seen.add(unit.code);
    const number = numberIn(value);
    const at = columnLetter(column);
    if (number === null && isBlank(value)) log.add(grid.name, row, at, { vi: `${viName(key)} của ${unit.name} để trống`, en: `${key} of ${unit.name} is empty` });
    else if (number === null) {
      log.add(grid.name, row, at, { vi: `${viName(key)} của ${unit.name} là ${shown(value)}, không phải là số`, en: `${key} of ${unit.name} is ${shown(value)}, not a number` });
    } else if (number < 0 || number > max) {
      const [value, bound] = [figure(number), figure(max)];
      log.add(grid.name, row, at, { vi: `${viName(key)} của ${unit.name} là ${value.vi}, nằm ngoài khoảng 0–${bound.vi}`, en: `${key} of ${unit.name} is ${value.en}, outside 0–${bound.en}` });
    }
    else figures.set(unit.code, { ...figures.get(unit.code), [key]: { value: number, row } });
  }
  const absent = LOCALITIES_63.filter((u) => !seen.has(u.code)).map((u) => u.name);
  if (absent.length) log.add(grid.name, null, nameColumn, { vi: `bảng xếp hạng ${viName(key)} thiếu ${absent.join(', ')}`, en: `the ${key} ranking lacks ${absent.join(', ')}` });
}

function checkComposite(
  grid: Grid,
  layout: PciLayout,
  code: string,
  dimensions: Record<string, number>,
  f: Record<string, { value: number; row: number }>,
  log: ProblemLog,
): void {
  const expected = pciComposite(layout.year, dimensions);
  if (f.composite && expected !== null && Math.abs(expected - f.composite.value) > TOLERANCE) {
    const [value, mean] = [figure(f.composite.value), figure(expected, 4)];
    log.add(grid.name, f.composite.row, columnLetter(layout.composite), {
      vi: `điểm tổng hợp ${value.vi} của tỉnh mã ${code} không bằng bình quân gia quyền các chỉ số thành phần (${mean.vi})`,
      en: `the composite ${value.en} of province ${code} is not the weighted mean of its sub-indices (${mean.en})`,
    });
  }
  const sum = Object.values(dimensions).reduce((s, v) => s + v, 0);
  if (f.unweighted && layout.unweighted && Object.keys(dimensions).length === Object.keys(layout.columns).length && Math.abs(sum - f.unweighted.value) > TOLERANCE) {
    const [value, added] = [figure(f.unweighted.value), figure(sum, 4)];
    log.add(grid.name, f.unweighted.row, columnLetter(layout.unweighted), {
      vi: `tổng điểm chưa gia quyền ${value.vi} của tỉnh mã ${code} không bằng tổng các chỉ số thành phần (${added.vi})`,
      en: `the unweighted total ${value.en} of province ${code} is not the sum of its sub-indices (${added.en})`,
    });
  }
}
