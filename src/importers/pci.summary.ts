// The English "Summary" sheet of VCCI's PCI workbooks from 2017 on: one row per province (VCCI's ASCII names,
// "HCMC", "TT-Hue", "BRVT"), then its published rank, the weighted composite and the ten sub-indices, each
// column found by its header ("Sub-Index 1: Entry Costs" … "Sub-Index 10: Law & Order"), so a later edition
// with the columns moved still reads. Below the 63 the sheet repeats a province (Hà Nội, by a SUMIF) and
// adds Min / Median / Max rows: a repeat that agrees with the first is set aside, statistics rows skipped.
// The published rank must be the competition rank of the composite, and the composite the year's weighted
// mean where VCCI's weights are known (2017–2021), or the file is refused.
import { rankValues } from '../core/indices/analysis.rank';
import { pciComposite, PCI_SUBINDICES } from '../core/indices/pci';
import type { IndexRow } from '../core/indices/types';
import { findByName } from '../core/localities/resolve';
import { LOCALITIES_63 } from '../core/localities/units';
import { columnLetter, fold, isBlank, numberIn, shown, type Cell, type Grid } from './grid';
import { figure, ProblemLog } from './problems';

/** Words (folded, no diacritics) a header holds → the figure it carries. Labour was "Labor Policy" in 2017–2018. */
const HEADERS: ReadonlyArray<readonly [key: string, words: RegExp]> = [
  ['rank', /^rank$/],
  ['composite', /weighted pci score/],
  ['entry-costs', /entry costs/],
  ['land-access', /land access/],
  ['transparency', /transparency/],
  ['time-costs', /time costs/],
  ['informal-charges', /informal charges/],
  ['policy-bias', /policy bias/],
  ['proactivity', /proactivity/],
  ['business-support', /business support/],
  ['labour-training', /labou?r (policy|training)/],
  ['legal-institutions', /law (&|and) order|legal institutions/],
];

// Rows under the provinces that describe the column, not a province.
const STATISTICS_ROWS = new Set(['min', 'median', 'max', 'mean', 'average', 'total', 'std', 'sd']);

/** An English PCI summary sheet: named "Summary", "Province" in A1 and a weighted-score header. */
export function isPciSummarySheet(grid: Grid): boolean {
  if (fold(grid.name) !== 'summary' || fold(grid.cell(1, 1)) !== 'province') return false;
  for (let c = 2; c <= grid.columnCount; c++) if (/weighted pci score/.test(fold(grid.cell(1, c)))) return true;
  return false;
}

/** The year a weighted-score header names ("The Weighted PCI Score in 2017"); null when it names none (2019). */
export function pciSummaryYear(grid: Grid): number | null {
  for (let c = 2; c <= grid.columnCount; c++) {
    const header = fold(grid.cell(1, c));
    const match = /weighted pci score in ((?:19|20)\d{2})\b/.exec(header);
    if (match) return Number(match[1]);
  }
  return null;
}

type Figures = { row: number; rank: number | null; values: Record<string, number> };

export function readPciSummary(grid: Grid, file: string, year: number): IndexRow[] {
  const log = new ProblemLog();
  const columns = headerColumns(grid, log);
  log.throwIfAny(file);
  const byCode = readRows(grid, columns, log);
  const absent = LOCALITIES_63.filter((u) => !byCode.has(u.code)).map((u) => u.name);
  if (absent.length) log.add(grid.name, null, 'A', { vi: `trang tổng hợp thiếu ${absent.join(', ')}`, en: `the summary sheet lacks ${absent.join(', ')}` });
  const rows: IndexRow[] = [];
  for (const [code, f] of byCode) {
    const { composite, ...dimensions } = f.values;
    if (composite === undefined || Object.keys(dimensions).length !== PCI_SUBINDICES.length) continue;
    checkComposite(grid, year, columns, f, log);
    rows.push({ index: 'PCI', year, localityCode: code, dimensions, score: composite });
  }
  checkRanks(grid, columns, byCode, log);
  log.throwIfAny(file);
  return rows.sort((a, b) => a.localityCode.localeCompare(b.localityCode));
}

function headerColumns(grid: Grid, log: ProblemLog): Map<string, number> {
  const columns = new Map<string, number>();
  for (let c = 2; c <= grid.columnCount; c++) {
    const header = fold(grid.cell(1, c));
    const found = HEADERS.find(([, words]) => words.test(header));
    if (found && !columns.has(found[0])) columns.set(found[0], c);
  }
  for (const [key] of HEADERS) {
    if (columns.has(key)) continue;
    const vi = key === 'rank' ? 'thứ hạng (Rank)' : key === 'composite' ? 'điểm PCI gia quyền (Weighted PCI Score)' : `chỉ số thành phần ${PCI_SUBINDICES.find((d) => d.key === key)?.vi}`;
    log.add(grid.name, 1, null, { vi: `dòng tiêu đề thiếu cột ${vi}`, en: `the header row lacks the ${key} column` });
  }
  return columns;
}

function readRows(grid: Grid, columns: Map<string, number>, log: ProblemLog): Map<string, Figures> {
  const byCode = new Map<string, Figures>();
  for (let row = 2; row <= grid.rowCount; row++) {
    const name = grid.cell(row, 1);
    if (isBlank(name)) {
      if ([...columns.values()].some((c) => !isBlank(grid.cell(row, c)))) log.add(grid.name, row, 'A', { vi: 'tên tỉnh để trống', en: 'the province name is empty' });
      continue;
    }
    if (STATISTICS_ROWS.has(fold(name))) continue;
    const unit = findByName(63, String(name));
    if (!unit) {
      log.add(grid.name, row, 'A', { vi: `${shown(name)} không phải là tên của một trong 63 tỉnh, thành`, en: `${shown(name)} is not the name of one of the 63 provinces` });
      continue;
    }
    const figures = readFigures(grid, row, unit.name, columns, log);
    const first = byCode.get(unit.code);
    if (!first) byCode.set(unit.code, figures);
    else if (!sameFigures(first, figures)) {
      log.add(grid.name, row, 'A', {
        vi: `${unit.name} xuất hiện lần nữa (đã có ở dòng ${first.row}) với số liệu khác`,
        en: `${unit.name} appears again (first in row ${first.row}) with different figures`,
      });
    }
  }
  return byCode;
}

function readFigures(grid: Grid, row: number, name: string, columns: Map<string, number>, log: ProblemLog): Figures {
  const figures: Figures = { row, rank: null, values: {} };
  for (const [key, column] of columns) {
    const cell: Cell = grid.cell(row, column);
    const number = numberIn(cell);
    const at = columnLetter(column);
    const [max, label] = key === 'rank' ? [LOCALITIES_63.length, 'thứ hạng'] : key === 'composite' ? [100, 'điểm PCI'] : [10, PCI_SUBINDICES.find((d) => d.key === key)!.vi];
    if (number === null) {
      const what = isBlank(cell) ? { vi: 'để trống', en: 'is empty' } : { vi: `là ${shown(cell)}, không phải là số`, en: `is ${shown(cell)}, not a number` };
      log.add(grid.name, row, at, { vi: `${label} của ${name} ${what.vi}`, en: `${key} of ${name} ${what.en}` });
    } else if (key === 'rank' ? !Number.isInteger(number) || number < 1 || number > max : number < 0 || number > max) {
      const [value, bound] = [figure(number), figure(max)];
      const range = key === 'rank' ? '1–' : '0–';
      log.add(grid.name, row, at, { vi: `${label} của ${name} là ${value.vi}, nằm ngoài khoảng ${range}${bound.vi}`, en: `${key} of ${name} is ${value.en}, outside ${range}${bound.en}` });
    } else if (key === 'rank') figures.rank = number;
    else figures.values[key] = number;
  }
  return figures;
}

function sameFigures(a: Figures, b: Figures): boolean {
  const keys = Object.keys(a.values);
  return a.rank === b.rank && keys.length === Object.keys(b.values).length && keys.every((k) => a.values[k] === b.values[k]);
}

// The workbooks carry single-precision figures; their composites agree with the weights to 1e-5.
const TOLERANCE = 0.005;

function checkComposite(grid: Grid, year: number, columns: Map<string, number>, f: Figures, log: ProblemLog): void {
  const { composite, ...dimensions } = f.values;
  const expected = pciComposite(year, dimensions);
  if (expected === null || Math.abs(expected - composite) <= TOLERANCE) return;
  const [value, mean] = [figure(composite), figure(expected, 4)];
  log.add(grid.name, f.row, columnLetter(columns.get('composite')!), {
    vi: `điểm PCI ${value.vi} không bằng bình quân gia quyền các chỉ số thành phần năm ${year} (${mean.vi})`,
    en: `the PCI score ${value.en} is not the ${year} weighted mean of the sub-indices (${mean.en})`,
  });
}

function checkRanks(grid: Grid, columns: Map<string, number>, byCode: Map<string, Figures>, log: ProblemLog): void {
  // Ranks among part of the 63 say nothing: the missing provinces are reported already.
  if (byCode.size !== LOCALITIES_63.length) return;
  const scored = [...byCode].map(([code, f]) => ({ code, value: f.values.composite }));
  for (const s of rankValues(scored)) {
    const f = byCode.get(s.code)!;
    if (f.rank === null || f.rank === s.rank) continue;
    log.add(grid.name, f.row, columnLetter(columns.get('rank')!), {
      vi: `thứ hạng ${f.rank} không khớp với điểm PCI (điểm này đứng thứ ${s.rank})`,
      en: `the rank ${f.rank} does not agree with the PCI score (which places ${s.rank})`,
    });
  }
}
