// Reads a GSO PX-Web CSV export as downloaded (UTF-8 with a byte-order mark, `;`-separated, line 1 the
// table's title, a blank line, then the header "Cities, provincies";"2015 Total";…): each measure of the
// header becomes a dataset of the catalogue (core/statistics), each province row gives its figures,
// `..` is a figure GSO does not have, `Pre. 2016` a preliminary year. The country and region rows are
// recognised and kept apart; Hà Tây and footnote rows are set aside with the reason. Every bad cell or
// row is listed (line, column, vi/en) and nothing is returned unless the whole file is good.
import { readCsvRows, type CsvRow } from '../core/csv.reader';
import { datasetOfLabel, GSO_TABLES, tableOfTitle, type TableSpec } from '../core/statistics/catalogue';
import { headerCell, rowKind } from '../core/statistics/pxweb';
import type { DatasetSpec, StatisticValue, Text } from '../core/statistics/types';
import { LOCALITIES_63 } from '../core/localities/units';
import type { RegionKey } from '../core/localities/types';
import { shown } from './grid';
import { ProblemLog } from './problems';

export interface PxWebDataset {
  spec: DatasetSpec;
  /** The years its columns hold, in order, each marked preliminary or not. */
  years: Array<{ year: number; preliminary: boolean }>;
  /** Province figures only; a `..` cell gives none. */
  values: StatisticValue[];
}

export interface PxWebAggregate {
  line: number;
  name: string;
  kind: 'country' | 'region';
  region?: RegionKey;
  values: Array<{ dataset: string; year: number; value: number; preliminary: boolean }>;
}

export interface PxWebTable {
  file: string;
  title: string;
  datasets: PxWebDataset[];
  /** The country and region rows: GSO's own totals, never mixed with the provinces. */
  aggregates: PxWebAggregate[];
  /** Rows read but not imported, with why (Hà Tây, footnotes). */
  setAside: Array<{ line: number; name: string } & Text>;
}

type Column = { header: string; spec: DatasetSpec; year: number; preliminary: boolean };

const HEADER = /^\s*cities,\s*provinc/i;
const FIGURE = /^-?\d+(\.\d+)?$/;

/** Whether a text is a PX-Web export: a title line, then a header line starting "Cities, provincies" within the first lines. */
export function isPxWebCsv(text: string): boolean {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/, 5);
  return lines.length >= 3 && lines[0].trim() !== '' && !lines[0].includes(';') && lines.slice(1).some((l) => HEADER.test(l.replace(/^"/, '')));
}

export function readPxWebCsv(text: string, file: string): PxWebTable {
  const rows = readCsvRows(text, file, { delimiter: ';' });
  const log = new ProblemLog();
  const title = (rows[0]?.fields[0] ?? '').trim();
  const table = tableOfTitle(title);
  const headerAt = rows.findIndex((r) => HEADER.test(r.fields[0] ?? ''));
  if (!table) {
    const known = GSO_TABLES.map((t) => `"${t.title}"`).join(', ');
    log.add(file, 1, null, {
      vi: `bảng "${title}" chưa có trong danh mục số liệu thống kê (đơn vị, chiều tốt/xấu chưa được khai báo); các bảng đọc được: ${known}`,
      en: `the table "${title}" is not in the statistics catalogue (its unit and direction are not declared); the tables read are: ${known}`,
    });
  }
  if (headerAt < 0) log.add(file, null, null, { vi: 'không thấy dòng tiêu đề bắt đầu bằng "Cities, provincies"', en: 'no header line starting "Cities, provincies" was found' });
  log.throwIfAny(file);
  const header = rows[headerAt];
  const columns = readHeader(header, table!, file, log);
  log.throwIfAny(file);
  const out: PxWebTable = { file, title, datasets: [], aggregates: [], setAside: [] };
  const seen = new Set<string>();
  const values: StatisticValue[] = [];
  for (const row of rows.slice(headerAt + 1)) {
    if (row.fields.every((f) => f.trim() === '')) continue;
    readRow(row, columns, header.fields[0], { file, log, seen, values, out });
  }
  const absent = LOCALITIES_63.filter((u) => !seen.has(u.code)).map((u) => u.nameAscii);
  if (absent.length) log.add(file, null, header.fields[0], { vi: `tệp thiếu ${absent.join(', ')}`, en: `the file lacks ${absent.join(', ')}` });
  log.throwIfAny(file);
  out.datasets = datasetsOf(columns, values);
  return out;
}

function readHeader(header: CsvRow, table: TableSpec, file: string, log: ProblemLog): Column[] {
  const columns: Column[] = [];
  const taken = new Set<string>();
  for (const text of header.fields.slice(1)) {
    const cell = headerCell(text);
    if (!cell) {
      log.add(file, header.line, text, { vi: `tiêu đề cột ${shown(text)} không ghi năm`, en: `the column header ${shown(text)} names no year` });
      continue;
    }
    const spec = datasetOfLabel(table, cell.label);
    if (!spec) {
      const labels = table.measures.map(([l]) => (l === '' ? '(năm)' : `"${l}"`)).join(', ');
      const labelsEn = table.measures.map(([l]) => (l === '' ? '(the year alone)' : `"${l}"`)).join(', ');
      log.add(file, header.line, text, {
        vi: `bảng "${table.title}" không có chỉ tiêu ${shown(cell.label)}; các chỉ tiêu của bảng: ${labels}`,
        en: `the table "${table.title}" holds no measure ${shown(cell.label)}; its measures are: ${labelsEn}`,
      });
      continue;
    }
    const key = `${spec.key} ${cell.year}`;
    if (taken.has(key)) log.add(file, header.line, text, { vi: `năm ${cell.year} của ${spec.name.vi} có hai cột`, en: `${spec.name.en} has two columns for ${cell.year}` });
    taken.add(key);
    columns.push({ header: text, spec, year: cell.year, preliminary: cell.preliminary });
  }
  return columns;
}

type RowContext = { file: string; log: ProblemLog; seen: Set<string>; values: StatisticValue[]; out: PxWebTable };

function readRow(row: CsvRow, columns: readonly Column[], firstHeader: string, { file, log, seen, values, out }: RowContext): void {
  const name = row.fields[0];
  const kind = rowKind(name);
  if (!kind) {
    log.add(file, row.line, firstHeader, { vi: `${shown(name)} không phải tên một tỉnh, thành, một vùng hay cả nước`, en: `${shown(name)} is not the name of a province, a region or the whole country` });
    return;
  }
  if (kind.kind === 'set-aside') {
    out.setAside.push({ line: row.line, name: name.trim(), ...kind.why });
    return;
  }
  if (kind.kind === 'province') {
    if (seen.has(kind.unit.code)) log.add(file, row.line, firstHeader, { vi: `${kind.unit.name} xuất hiện lần thứ hai`, en: `${kind.unit.nameEn} appears a second time` });
    seen.add(kind.unit.code);
  }
  if (row.fields.length !== columns.length + 1) {
    log.add(file, row.line, null, { vi: `dòng có ${row.fields.length} trường trong khi dòng tiêu đề có ${columns.length + 1}`, en: `the line has ${row.fields.length} fields where the header has ${columns.length + 1}` });
    return;
  }
  const figures: PxWebAggregate['values'] = [];
  columns.forEach((column, i) => {
    const cell = row.fields[i + 1].trim();
    if (cell === '..') return;
    if (!FIGURE.test(cell)) {
      log.add(file, row.line, column.header, { vi: `${shown(cell)} không phải là số (hoặc ".." khi không có số liệu)`, en: `${shown(cell)} is not a number (or ".." for no figure)` });
      return;
    }
    figures.push({ dataset: column.spec.key, year: column.year, value: Number(cell), preliminary: column.preliminary });
  });
  if (kind.kind === 'province') values.push(...figures.map((f) => ({ ...f, localityCode: kind.unit.code })));
  else out.aggregates.push({ line: row.line, name: name.trim(), kind: kind.kind, ...(kind.kind === 'region' ? { region: kind.region } : {}), values: figures });
}

function datasetsOf(columns: readonly Column[], values: readonly StatisticValue[]): PxWebDataset[] {
  const byKey = new Map<string, PxWebDataset>();
  for (const c of columns) {
    let d = byKey.get(c.spec.key);
    if (!d) byKey.set(c.spec.key, (d = { spec: c.spec, years: [], values: [] }));
    d.years.push({ year: c.year, preliminary: c.preliminary });
  }
  for (const v of values) byKey.get(v.dataset)!.values.push(v);
  for (const d of byKey.values()) d.years.sort((a, b) => a.year - b.year);
  return [...byKey.values()];
}
