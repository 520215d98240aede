// Legacy Excel 97–2003 workbooks (.xls, BIFF) to grids, through SheetJS (npm xlsx@0.18.5, the last release on
// npm). That release has a prototype-pollution flaw on crafted files (CVE-2023-30533), so:
//  - only the command line reads .xls (this takes a path; uploads are refused in import-file.ts);
//  - SheetJS is loaded only inside a worker thread whose built-in prototypes are frozen before it loads,
//    so a crafted file can neither pollute this process nor the worker's own objects;
//  - the worker has a memory cap and a time limit, and hands back JSON text whose every cell is checked to
//    be a number, a string or empty before it becomes a grid.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { Worker } from 'node:worker_threads';
import { InputError } from '../core/errors';
import { gridFromRows, type Cell, type Grid } from './grid';

const TIME_LIMIT_MS = 60_000;
const MEMORY_LIMIT_MB = 512;

const WORKER = `'use strict';
const { parentPort, workerData } = require('node:worker_threads');
for (const c of [Object, Function, Array, String, Number, Boolean, Symbol, RegExp, Date, Error, Map, Set, WeakMap, Promise, ArrayBuffer, Uint8Array, DataView]) {
  Object.freeze(c.prototype);
  Object.freeze(c);
}
const XLSX = require(workerData.xlsxPath);
const book = XLSX.read(workerData.bytes, { type: 'buffer', cellFormula: false, cellHTML: false, cellText: false, cellStyles: false, bookVBA: false });
const sheets = book.SheetNames.filter((n) => book.Sheets[n]).map((name) => ({
  name: String(name),
  rows: XLSX.utils.sheet_to_json(book.Sheets[name], { header: 1, raw: true, defval: null, blankrows: true }),
}));
parentPort.postMessage(JSON.stringify(sheets));
`;

export async function readLegacyXls(path: string): Promise<Grid[]> {
  const file = basename(path);
  const bytes = await readFile(path);
  const xlsxPath = createRequire(import.meta.url).resolve('xlsx');
  const text = await new Promise<string>((resolve, reject) => {
    const worker = new Worker(WORKER, { eval: true, workerData: { xlsxPath, bytes }, resourceLimits: { maxOldGenerationSizeMb: MEMORY_LIMIT_MB } });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new InputError(`${file} took too long to read as an .xls workbook.`, { file }, `${file} đọc quá lâu dưới dạng bảng tính .xls.`));
    }, TIME_LIMIT_MS);
    worker.once('message', (m) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(String(m));
    });
    // A worker that fails, or stops (memory cap) before answering, read nothing usable; a later
    // rejection after the answer is ignored by the settled promise.
    const fail = () => {
      clearTimeout(timer);
      reject(new InputError(`${file} is not a readable .xls workbook.`, { file }, `${file} không phải bảng tính .xls đọc được.`));
    };
    worker.once('error', fail);
    worker.once('exit', fail);
  });
  return toGrids(JSON.parse(text), file);
}

function toGrids(parsed: unknown, file: string): Grid[] {
  if (!Array.isArray(parsed)) throw new InputError(`${file} is not a readable .xls workbook.`, { file }, `${file} không phải bảng tính .xls đọc được.`);
  return parsed.map((sheet: unknown) => {
    const { name, rows } = (sheet ?? {}) as { name?: unknown; rows?: unknown };
    if (typeof name !== 'string' || !Array.isArray(rows)) throw new InputError(`${file} is not a readable .xls workbook.`, { file }, `${file} không phải bảng tính .xls đọc được.`);
    return gridFromRows(name, rows.map((row: unknown) => (Array.isArray(row) ? row.map(cellOf) : [])));
  });
}

function cellOf(value: unknown): Cell {
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  return null;
}
