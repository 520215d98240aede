// Uploaded workbooks are judged before they are read: by their central directory first, then by what
// they really unpack to, inside the worker. Archives built by hand in test/helpers/zip.ts.
import { describe, expect, it } from 'vitest';
import { bombSheet, sheetOf, xlsxParts, zipOf } from '../../test/helpers/zip';
import { UploadRefused } from './archive';
import { readXlsxGrids } from './xlsx.reader';

const MB = 1024 * 1024;
const limits = { maxUnpackedBytes: 10 * MB, maxEntries: 50, maxRatio: 100 };

async function refusal(bytes: Uint8Array, custom = limits) {
  const err = await readXlsxGrids(bytes, 'tai-len.xlsx', custom).then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(UploadRefused);
  const { status, code, vi, message } = err as UploadRefused;
  return { status, code, vi, en: message };
}

describe('readXlsxGrids on uploads', () => {
  it('reads an honest workbook in the worker', async () => {
    const grids = await readXlsxGrids(zipOf(xlsxParts(sheetOf([['Mã nhiệm vụ', 'Kỳ'], ['NV1', '2026-Q3']]))), 'ke-hoach.xlsx', limits);
    expect(grids.map((g) => g.name)).toEqual(['Tiến độ']);
    expect([grids[0].cell(1, 1), grids[0].cell(2, 1), grids[0].cell(2, 2)]).toEqual(['Mã nhiệm vụ', 'NV1', '2026-Q3']);
  });

  it('refuses a workbook whose sheet declares more than the cap, before unpacking it', async () => {
    const honest = zipOf(xlsxParts(await bombSheet(12 * MB)));
    expect(await refusal(honest, { ...limits, maxRatio: 10_000 })).toMatchObject({ status: 413, code: 'upload.unpacked_too_large' });
    const r = await refusal(honest);
    expect(r).toMatchObject({ status: 413, code: 'upload.unpacked_too_large' });
    expect(r.vi).toBe('Tệp tai-len.xlsx giải nén ra ít nhất 12 MB, vượt giới hạn 10 MB.');
  });

  it('refuses a sheet packed a thousandfold', async () => {
    const r = await refusal(zipOf(xlsxParts(await bombSheet(4 * MB))));
    expect(r).toMatchObject({ status: 413, code: 'upload.ratio_too_high' });
    expect(r.en).toContain('"xl/worksheets/sheet1.xml"');
  });

  it('stops unpacking a sheet that lies about its size, and says so', async () => {
    // Declares 2 000 bytes; really 8 MB of spaces, which the ratio check cannot see either.
    const liar = zipOf(xlsxParts({ ...(await bombSheet(8 * MB)), declaredSize: 2000 }));
    const r = await refusal(liar);
    expect(r).toMatchObject({ status: 400, code: 'upload.sizes_disagree' });
    expect(r.vi).toBe('Tệp tai-len.xlsx khai báo sai kích thước giải nén của phần "xl/worksheets/sheet1.xml".');
  });

  it('refuses too many parts, and what is not an archive', async () => {
    const many = zipOf([...xlsxParts(sheetOf([['a']])), ...Array.from({ length: 50 }, (_, i) => ({ name: `xl/extra${i}.xml`, data: new Uint8Array(10) }))]);
    expect(await refusal(many)).toMatchObject({ status: 413, code: 'upload.too_many_entries' });
    await expect(readXlsxGrids(new TextEncoder().encode('Mã,Kỳ\nNV1,2026-Q3\n'), 'tai-len.xlsx', limits)).rejects.toThrow('tai-len.xlsx is not a readable .xlsx workbook.');
  });
});
