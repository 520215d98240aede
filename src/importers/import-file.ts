// The one entry point for index files: detects which index and which year a file holds (sheet names, the
// "PCI 2016" header, the PAPI column header, the year in the file name), checks it against what the caller
// said, and hands back plain rows. Nothing is returned unless the whole file is good.
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { InputError } from '../core/errors';
import type { IndexKey } from '../core/indices/types';
import { csvGrid } from './csv';
import type { Grid } from './grid';
import { isPapiCsv, readPapiCsv } from './papi.csv';
import { papiSheetYear, readPapiWorkbook } from './papi.workbook';
import { pciYearOf, readPciSheet } from './pci.sheet';
import type { ImportResult } from './types';
import { readLegacyXls } from './xls.reader';
import { readXlsxGrids } from './xlsx.reader';

export interface ImportOptions {
  index?: IndexKey;
  year?: number;
}

// The official workbooks are well under 1 MB; anything far larger is not one of them.
const MAX_BYTES = 20 * 1024 * 1024;
const tooLarge = (file: string) => `${file} is larger than ${MAX_BYTES / 1024 / 1024} MB, too large for an index file.`;
const NO_PGI = 'There is no reader for PGI files: VCCI publishes no machine-readable PGI table yet.';

/** Command line: a path to .xlsx, .xls or .csv. */
export async function importIndexFile(path: string, options: ImportOptions = {}): Promise<ImportResult> {
  const file = basename(path);
  const size = await stat(path).then(
    (s) => (s.isFile() ? s.size : null),
    () => null,
  );
  if (size === null) throw new InputError(`${path} is not a file that can be read.`, { file });
  if (extname(file).toLowerCase() === '.xls') {
    if (options.index === 'PGI') throw new InputError(NO_PGI);
    if (size > MAX_BYTES) throw new InputError(tooLarge(file), { file });
    return fromWorkbook(await readLegacyXls(path), file, options);
  }
  return importIndexBytes(await readFile(path), file, options);
}

/** Uploads: bytes and the file's name; .xls is refused here (see xls.reader.ts). */
export async function importIndexBytes(bytes: Uint8Array, file: string, options: ImportOptions = {}): Promise<ImportResult> {
  if (options.index === 'PGI') throw new InputError(NO_PGI);
  if (bytes.byteLength > MAX_BYTES) throw new InputError(tooLarge(file), { file });
  const ext = extname(file).toLowerCase();
  if (ext === '.csv') return fromCsv(decode(bytes, file), file, options);
  if (ext === '.xlsx') return fromWorkbook(await readXlsxGrids(bytes, file), file, options);
  if (ext === '.xls') throw new InputError(`${file}: legacy .xls workbooks are read from the command line only; save it as .xlsx to upload it.`, { file });
  throw new InputError(`${file} is not a file type the importer reads (.xlsx, .csv, or .xls from the command line).`, { file });
}

function fromCsv(text: string, file: string, options: ImportOptions): ImportResult {
  const grid = csvGrid(file, text);
  if (!isPapiCsv(grid)) throw new InputError(`${file} is not a CSV the importer reads: it expects the positional PAPI series (Province,SC11,…,SC83).`, { file });
  expectIndex('PAPI', options, file);
  const year = agreeOnYear(file, options.year, yearInName(file), 'its name');
  if (year === null) throw new InputError(`${file} does not say which year it holds: give the year.`, { file });
  const { rows, gaps } = readPapiCsv(grid, file, year);
  return { index: 'PAPI', file, years: [year], rows, gaps };
}

function fromWorkbook(grids: readonly Grid[], file: string, options: ImportOptions): ImportResult {
  if (grids.some((g) => papiSheetYear(g.name) !== null)) {
    expectIndex('PAPI', options, file);
    const { rows, gaps, years } = readPapiWorkbook(grids, file, options.year);
    return { index: 'PAPI', file, years, rows, gaps };
  }
  const summary = grids[0];
  const inSheet = summary ? pciYearOf(summary) : null;
  if (!summary || (inSheet === null && options.index !== 'PCI')) {
    throw new InputError(`${file} is neither a PCI workbook (a first sheet headed "PCI <year>") nor the PAPI workbook (sheets named like 2014_PAPI).`, { file });
  }
  expectIndex('PCI', options, file);
  const year = agreeOnYear(file, options.year, inSheet ?? yearInName(file), inSheet ? 'its summary sheet' : 'its name');
  if (year === null) throw new InputError(`${file} does not say which PCI year it holds: give the year.`, { file });
  return { index: 'PCI', file, years: [year], rows: readPciSheet(summary, file, year), gaps: [] };
}

function expectIndex(found: IndexKey, options: ImportOptions, file: string): void {
  if (options.index && options.index !== found) throw new InputError(`${file} holds ${found} figures, not ${options.index}.`, { file });
}

function agreeOnYear(file: string, given: number | undefined, found: number | null, where: string): number | null {
  if (given !== undefined && found !== null && given !== found) {
    throw new InputError(`${file} holds ${found} figures according to ${where}, not ${given}.`, { file });
  }
  return given ?? found;
}

function yearInName(file: string): number | null {
  const match = /(?:^|\D)((?:19|20)\d{2})(?!\d)/.exec(basename(file));
  return match ? Number(match[1]) : null;
}

function decode(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${file} is not UTF-8 text.`, { file });
  }
}
