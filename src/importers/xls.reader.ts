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
import { InputError } from '../core/errors';
import { gridsFromWorker, type Grid } from './grid';
import { runWorker } from './worker-run';

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
  const outcome = await runWorker(WORKER, { eval: true, workerData: { xlsxPath, bytes } }, { timeMs: TIME_LIMIT_MS, memoryMb: MEMORY_LIMIT_MB });
  if (!outcome.ok && outcome.why === 'time') throw new InputError(`${file} took too long to read as an .xls workbook.`, { file }, `${file} đọc quá lâu dưới dạng bảng tính .xls.`);
  // A worker that fails, or stops (memory cap) before answering, read nothing usable.
  const grids = outcome.ok ? gridsFromWorker(parseJson(String(outcome.answer))) : null;
  if (!grids) throw new InputError(`${file} is not a readable .xls workbook.`, { file }, `${file} không phải bảng tính .xls đọc được.`);
  return grids;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
