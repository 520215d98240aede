// The one entry point for index files: detects which index and which year a file holds (sheet names, the
// "PCI 2016" header, the PAPI column header, the year in the file name), checks it against what the caller
// said, and hands back plain rows. Nothing is returned unless the whole file is good.
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { InputError } from '../core/errors';
import type { ArchiveLimits } from '../core/archive';
import type { IndexKey } from '../core/indices/types';
import { csvGrid } from './csv';
import type { Grid } from './grid';
import { isPapiCsv, readPapiCsv } from './papi.csv';
import { isPxWebCsv, readPxWebCsv, type PxWebTable } from './pxweb.csv';
import { isStatisticsTemplate, readStatisticsTemplate } from './statistics.template';
import { papiSheetYear, readPapiWorkbook } from './papi.workbook';
import { pciYearOf, readPciSheet } from './pci.sheet';
import { isPciSummarySheet, pciSummaryYear, readPciSummary } from './pci.summary';
import type { ImportResult } from './types';
import { readLegacyXls } from './xls.reader';
import { readXlsxGrids } from './xlsx.reader';

export interface ImportOptions {
  index?: IndexKey;
  year?: number;
  /** What an .xlsx may unpack to; the defaults unless the server's configuration says otherwise. */
  limits?: ArchiveLimits;
}

// The official workbooks are well under 1 MB; anything far larger is not one of them.
const MAX_BYTES = 20 * 1024 * 1024;
const tooLarge = (file: string) =>
  refused(file, `${file} lớn hơn ${MAX_BYTES / 1024 / 1024} MB, quá lớn đối với một tệp chỉ số.`, `${file} is larger than ${MAX_BYTES / 1024 / 1024} MB, too large for an index file.`);
const noPgi = () =>
  new InputError('There is no reader for PGI files: VCCI publishes no machine-readable PGI table yet.', {}, 'Chưa có bộ đọc tệp PGI: VCCI chưa công bố bảng PGI ở dạng máy đọc được.');

/** A whole-file refusal, in English and Vietnamese. */
const refused = (file: string, vi: string, en: string) => new InputError(en, { file }, vi);

/** What an official file holds: an index's editions, or a GSO statistics table (PX-Web CSV). */
export type OfficialFile = { kind: 'index'; result: ImportResult } | { kind: 'statistics'; table: PxWebTable };

/**
 * Command line: any official file; a GSO PX-Web export is told from the index files by its first lines,
 * the statistics template (CSV or .xlsx) by its header row.
 */
export async function readOfficialFile(path: string, options: ImportOptions = {}): Promise<OfficialFile> {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv' || ext === '.xlsx') {
    const size = await stat(path).then((s) => (s.isFile() ? s.size : null), () => null);
    if (size !== null && size <= MAX_BYTES) return readOfficialBytes(await readFile(path), basename(path), options);
  }
  return { kind: 'index', result: await importIndexFile(path, options) };
}

/** Uploads: as readOfficialFile, from bytes and the file's name. */
export async function readOfficialBytes(bytes: Uint8Array, file: string, options: ImportOptions = {}): Promise<OfficialFile> {
  const ext = extname(file).toLowerCase();
  if (ext === '.csv' && bytes.byteLength <= MAX_BYTES) {
    const statistics = statisticsCsvOf(bytes, file, options);
    if (statistics) return statistics;
  }
  if (ext === '.xlsx' && bytes.byteLength <= MAX_BYTES && options.index !== 'PGI') {
    // read once: the first sheet says whether it is the statistics template or an index workbook
    const grids = await readXlsxGrids(bytes, file, options.limits);
    if (grids[0] && isStatisticsTemplate(grids[0])) return statisticsOf(file, options, TEMPLATE, () => readStatisticsTemplate(grids[0], file));
    return { kind: 'index', result: fromWorkbook(grids, file, options) };
  }
  return { kind: 'index', result: await importIndexBytes(bytes, file, options) };
}

function statisticsCsvOf(bytes: Uint8Array, file: string, options: ImportOptions): OfficialFile | null {
  const text = decode(bytes, file);
  if (isPxWebCsv(text)) return statisticsOf(file, options, PX_WEB, () => readPxWebCsv(text, file));
  const grid = csvGrid(file, text);
  return isStatisticsTemplate(grid) ? statisticsOf(file, options, TEMPLATE, () => readStatisticsTemplate(grid, file)) : null;
}

type Kind = { vi: string; en: string; yearsVi: string; yearsEn: string };
const PX_WEB: Kind = { vi: 'bảng số liệu thống kê của Tổng cục Thống kê', en: 'a GSO statistics table', yearsVi: 'ở dòng tiêu đề', yearsEn: 'in its header' };
const TEMPLATE: Kind = { vi: 'bảng số liệu thống kê theo mẫu', en: 'a statistics template', yearsVi: 'ở từng dòng', yearsEn: 'on its rows' };

function statisticsOf(file: string, options: ImportOptions, kind: Kind, read: () => PxWebTable): OfficialFile {
  if (options.index) throw refused(file, `${file} là ${kind.vi}, không phải tệp ${options.index}.`, `${file} is ${kind.en}, not a ${options.index} file.`);
  if (options.year !== undefined) {
    throw refused(file, `${file} là ${kind.vi}: các năm đã ghi ${kind.yearsVi}, không nêu năm khi nhập.`, `${file} is ${kind.en}: its years are ${kind.yearsEn}, so no year is given when importing it.`);
  }
  return { kind: 'statistics', table: read() };
}

/** Command line: a path to .xlsx, .xls or .csv. */
export async function importIndexFile(path: string, options: ImportOptions = {}): Promise<ImportResult> {
  const file = basename(path);
  const size = await stat(path).then(
    (s) => (s.isFile() ? s.size : null),
    () => null,
  );
  if (size === null) throw refused(file, `${path} không phải là tệp đọc được.`, `${path} is not a file that can be read.`);
  if (extname(file).toLowerCase() === '.xls') {
    if (options.index === 'PGI') throw noPgi();
    if (size > MAX_BYTES) throw tooLarge(file);
    return fromWorkbook(await readLegacyXls(path), file, options);
  }
  return importIndexBytes(await readFile(path), file, options);
}

/** Uploads: bytes and the file's name; .xls is refused here (see xls.reader.ts). */
export async function importIndexBytes(bytes: Uint8Array, file: string, options: ImportOptions = {}): Promise<ImportResult> {
  if (options.index === 'PGI') throw noPgi();
  if (bytes.byteLength > MAX_BYTES) throw tooLarge(file);
  const ext = extname(file).toLowerCase();
  if (ext === '.csv') return fromCsv(decode(bytes, file), file, options);
  if (ext === '.xlsx') return fromWorkbook(await readXlsxGrids(bytes, file, options.limits), file, options);
  if (ext === '.xls') throw refused(file, `${file}: tệp .xls kiểu cũ chỉ nhập được bằng dòng lệnh; hãy lưu thành .xlsx để tải lên.`, `${file}: legacy .xls workbooks are read from the command line only; save it as .xlsx to upload it.`);
  throw refused(file, `${file} không thuộc loại tệp nhập được (.xlsx, .csv, hoặc .xls từ dòng lệnh).`, `${file} is not a file type the importer reads (.xlsx, .csv, or .xls from the command line).`);
}

function fromCsv(text: string, file: string, options: ImportOptions): ImportResult {
  const grid = csvGrid(file, text);
  if (!isPapiCsv(grid)) throw refused(file, `${file} không phải tệp CSV nhập được: cần chuỗi số liệu PAPI theo cột (Province,SC11,…,SC83).`, `${file} is not a CSV the importer reads: it expects the positional PAPI series (Province,SC11,…,SC83).`);
  expectIndex('PAPI', options, file);
  const year = agreeOnYear(file, options.year, yearInName(file), IN_NAME);
  if (year === null) throw refused(file, `${file} không cho biết số liệu của năm nào: hãy nêu năm.`, `${file} does not say which year it holds: give the year.`);
  const { rows, gaps } = readPapiCsv(grid, file, year);
  return { index: 'PAPI', file, years: [year], rows, gaps };
}

function fromWorkbook(grids: readonly Grid[], file: string, options: ImportOptions): ImportResult {
  if (grids.some((g) => papiSheetYear(g.name) !== null)) {
    expectIndex('PAPI', options, file);
    const { rows, gaps, years } = readPapiWorkbook(grids, file, options.year);
    return { index: 'PAPI', file, years, rows, gaps };
  }
  const english = grids.find(isPciSummarySheet);
  if (english) return fromPciSummary(english, file, options);
  const summary = grids[0];
  const inSheet = summary ? pciYearOf(summary) : null;
  if (!summary || (inSheet === null && options.index !== 'PCI')) {
    throw refused(
      file,
      `${file} không phải bảng tính PCI (trang đầu có tiêu đề "PCI <năm>") cũng không phải bảng tính PAPI (các trang tên như 2014_PAPI).`,
      `${file} is neither a PCI workbook (a first sheet headed "PCI <year>") nor the PAPI workbook (sheets named like 2014_PAPI).`,
    );
  }
  expectIndex('PCI', options, file);
  const year = agreeOnYear(file, options.year, inSheet ?? yearInName(file), inSheet ? IN_SUMMARY : IN_NAME);
  if (year === null) throw refused(file, `${file} không cho biết số liệu PCI của năm nào: hãy nêu năm.`, `${file} does not say which PCI year it holds: give the year.`);
  return { index: 'PCI', file, years: [year], rows: readPciSheet(summary, file, year), gaps: [] };
}

/** The English workbooks (2017 on): the year from the score's header ("… in 2017"), else from the file's name. */
function fromPciSummary(summary: Grid, file: string, options: ImportOptions): ImportResult {
  expectIndex('PCI', options, file);
  const inSheet = pciSummaryYear(summary);
  const year = agreeOnYear(file, options.year, inSheet ?? yearInName(file), inSheet ? IN_SUMMARY : IN_NAME);
  if (year === null) throw refused(file, `${file} không cho biết số liệu PCI của năm nào: hãy nêu năm.`, `${file} does not say which PCI year it holds: give the year.`);
  return { index: 'PCI', file, years: [year], rows: readPciSummary(summary, file, year), gaps: [] };
}

function expectIndex(found: IndexKey, options: ImportOptions, file: string): void {
  if (options.index && options.index !== found) throw refused(file, `${file} chứa số liệu ${found}, không phải ${options.index}.`, `${file} holds ${found} figures, not ${options.index}.`);
}

function agreeOnYear(file: string, given: number | undefined, found: number | null, where: { vi: string; en: string }): number | null {
  if (given !== undefined && found !== null && given !== found) {
    throw refused(file, `${file} chứa số liệu năm ${found} theo ${where.vi}, không phải năm ${given}.`, `${file} holds ${found} figures according to ${where.en}, not ${given}.`);
  }
  return given ?? found;
}

const IN_NAME = { vi: 'tên tệp', en: 'its name' };
const IN_SUMMARY = { vi: 'trang tổng hợp', en: 'its summary sheet' };

function yearInName(file: string): number | null {
  const match = /(?:^|\D)((?:19|20)\d{2})(?!\d)/.exec(basename(file));
  return match ? Number(match[1]) : null;
}

function decode(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw refused(file, `${file} không phải văn bản UTF-8.`, `${file} is not UTF-8 text.`);
  }
}
