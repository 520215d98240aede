// The central-directory check on archives built by hand (test/helpers/zip.ts) and by exceljs.
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sheetOf, xlsxParts, zipOf } from '../../../test/helpers/zip';
import { DEFAULT_ARCHIVE_LIMITS, archiveProblem, readCentralDirectory } from '.';

const MB = 1024 * 1024;
const limits = { maxUnpackedBytes: 10 * MB, maxEntries: 10, maxRatio: 100 };
const bytes = (n: number, fill = 0x41) => new Uint8Array(n).fill(fill);
const entriesOf = (zip: Uint8Array) => {
  const read = readCentralDirectory(zip);
  if (!read.ok) throw new Error(`not read: ${read.reason}`);
  return read.entries;
};

describe('readCentralDirectory', () => {
  it('lists the parts of a workbook exceljs wrote, with the sizes fflate unpacks them to', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Tiến độ').addRow(['NV1', '2026-Q3', 40]);
    const zip = new Uint8Array(await workbook.xlsx.writeBuffer());
    const unpacked = unzipSync(zip);
    const entries = entriesOf(zip);
    expect(Object.fromEntries(entries.map((e) => [e.name, e.uncompressedSize]))).toEqual(Object.fromEntries(Object.entries(unpacked).map(([n, b]) => [n, b.length])));
    expect(archiveProblem(entries, DEFAULT_ARCHIVE_LIMITS)).toBeNull();
  });

  it('reads stored and deflated entries and where their data begins', () => {
    const zip = zipOf([{ name: 'a.txt', data: bytes(10), method: 0 }, { name: 'b.txt', data: bytes(1000) }]);
    const [a, b] = entriesOf(zip);
    expect(a).toMatchObject({ name: 'a.txt', method: 0, compressedSize: 10, uncompressedSize: 10, dataOffset: 30 + 5 });
    expect(b).toMatchObject({ name: 'b.txt', method: 8, uncompressedSize: 1000 });
    expect([...zip.subarray(a.dataOffset, a.dataOffset + 10)]).toEqual([...bytes(10)]);
  });

  it('refuses what is not one plain ZIP archive', () => {
    const good = zipOf([{ name: 'a.txt', data: bytes(100) }]);
    const reason = (zip: Uint8Array) => {
      const read = readCentralDirectory(zip);
      return read.ok ? 'ok' : read.reason;
    };
    expect(reason(good)).toBe('ok');
    expect(reason(new TextEncoder().encode('not an archive at all, just text'))).toBe('not-zip');
    expect(reason(good.subarray(0, good.length - 1))).toBe('not-zip');
    expect(reason(Buffer.concat([good, Buffer.from('tail')]))).toBe('not-zip');
    // Bytes before the first entry shift every offset for some readers and not for others.
    expect(reason(zipOf([{ name: 'a.txt', data: bytes(100) }], { prefix: bytes(16) }))).toBe('not-zip');
    const encrypted = Buffer.from(good);
    encrypted.writeUInt16LE(0x0801, good.length - 22 - 46 - 5 + 8);
    expect(reason(encrypted)).toBe('unsupported');
    const bzip2 = Buffer.from(good);
    bzip2.writeUInt16LE(12, good.length - 22 - 46 - 5 + 10);
    expect(reason(bzip2)).toBe('unsupported');
  });

  it('refuses two entries that share their bytes (the overlapping-entries bomb)', () => {
    const zip = zipOf([{ name: 'a.txt', data: bytes(100) }, { name: 'b.txt', data: bytes(100) }]);
    const twice = Buffer.from(zip);
    // Point the second central record at the first entry's local header.
    const second = zip.length - 22 - (46 + 5);
    twice.writeUInt32LE(0, second + 42);
    expect(readCentralDirectory(twice)).toEqual({ ok: false, reason: 'not-zip' });
  });
});

describe('archiveProblem', () => {
  it('refuses more entries than allowed', () => {
    const zip = zipOf(Array.from({ length: 11 }, (_, i) => ({ name: `p${i}.xml`, data: bytes(10) })));
    expect(archiveProblem(entriesOf(zip), limits)).toEqual({ kind: 'entries', entries: 11, max: 10 });
    expect(archiveProblem(entriesOf(zip), { ...limits, maxEntries: 11 })).toBeNull();
  });

  it('refuses a total unpacked size over the cap, counted from the declared sizes', () => {
    const zip = zipOf([{ name: 'a.bin', data: bytes(6 * MB), method: 0 }, { name: 'b.bin', data: bytes(6 * MB), method: 0 }]);
    expect(archiveProblem(entriesOf(zip), limits)).toEqual({ kind: 'unpacked', bytes: 12 * MB, max: 10 * MB });
  });

  it('refuses an entry packed more than the ratio allows, but not a small one', () => {
    // 2 MB of one letter deflates about a thousandfold.
    const bomb = entriesOf(zipOf([{ name: 'xl/worksheets/sheet1.xml', data: bytes(2 * MB) }]));
    const problem = archiveProblem(bomb, limits);
    expect(problem).toMatchObject({ kind: 'ratio', entry: 'xl/worksheets/sheet1.xml', max: 100 });
    expect(problem && problem.kind === 'ratio' && problem.ratio).toBeGreaterThan(500);
    expect(archiveProblem(entriesOf(zipOf([{ name: 'small.xml', data: bytes(512 * 1024) }])), limits)).toBeNull();
  });

  it('takes a lying size at its word here: the unpacking checks it (see importers/archive.test.ts)', () => {
    const liar = zipOf(xlsxParts({ ...sheetOf([['a']]), data: bytes(3 * MB, 0x20), declaredSize: 1000 }));
    const sheet = entriesOf(liar).find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    expect(sheet.uncompressedSize).toBe(1000);
    expect(archiveProblem(entriesOf(liar), limits)).toBeNull();
  });
});
