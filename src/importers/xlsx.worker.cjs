// Reads an uploaded .xlsx inside a worker thread (see xlsx.reader.ts), so that a hostile workbook costs
// this thread's capped heap and time, never the server's. Plain JavaScript: a worker does not inherit
// the main thread's TypeScript loader.
//
// The central directory was already checked against the limits; here every entry is unpacked once,
// counting bytes and stopping as soon as one passes its declared size, before exceljs (JSZip) unpacks
// anything. exceljs is loaded only after that, so a lying archive costs a few megabytes at most.
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const zlib = require('node:zlib');

/** Unpacked size of one deflated entry; -1 as soon as it passes `declared`, -2 if it is not deflate data. */
function unpackedSize(data, declared) {
  return new Promise((resolve) => {
    const inflater = zlib.createInflateRaw({ chunkSize: 64 * 1024 });
    let size = 0;
    inflater.on('data', (chunk) => {
      size += chunk.length;
      if (size > declared) {
        inflater.destroy();
        resolve(-1);
      }
    });
    inflater.on('end', () => resolve(size));
    inflater.on('error', () => resolve(-2));
    inflater.end(data);
  });
}

function plain(value) {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return null;
  if ('result' in value) return plain(value.result);
  if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((t) => String(t.text ?? '')).join('');
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  // A formula never calculated has no cached result: nothing to read.
  return null;
}

async function main() {
  const bytes = Buffer.from(workerData.bytes.buffer, workerData.bytes.byteOffset, workerData.bytes.byteLength);
  for (const entry of workerData.entries) {
    if (entry.method !== 8) continue;
    const size = await unpackedSize(bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize), entry.uncompressedSize);
    if (size === -2) return { unreadable: true };
    if (size !== entry.uncompressedSize) return { refused: 'sizes', entry: entry.name };
  }
  const ExcelJS = require('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes);
  } catch {
    return { unreadable: true };
  }
  return {
    sheets: workbook.worksheets.map((sheet) => {
      const rows = [];
      sheet.eachRow({ includeEmpty: true }, (row, number) => {
        const cells = [];
        row.eachCell({ includeEmpty: true }, (cell, column) => {
          cells[column - 1] = plain(cell.value);
        });
        rows[number - 1] = Array.from(cells, (c) => (c === undefined ? null : c));
      });
      return { name: String(sheet.name), rows: Array.from(rows, (r) => r || []) };
    }),
  };
}

main().then(
  (answer) => parentPort.postMessage(answer),
  () => parentPort.postMessage({ unreadable: true }),
);
