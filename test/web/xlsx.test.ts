// The evidence hub's Excel download (web/src/features/indicators/xlsx.ts), read back with exceljs as
// Excel would: one sheet, bold frozen headings, numbers as numeric cells, text with its diacritics.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { xlsxBytes } from '../../web/src/features/indicators/xlsx';

const table = {
  name: 'pci-2016-63',
  sheet: 'PCI 2016: xếp hạng [63 tỉnh]',
  columns: ['Hạng', 'Tỉnh, thành', 'Điểm', 'Ghi chú'],
  rows: [
    [1, 'Quảng Ninh', 65.6, '=1+1'],
    [2, 'Đà Nẵng', 64.05, null],
    [3, 'Bà Rịa\u0007 – Vũng Tàu', 63, ''],
  ],
};

async function readBack() {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await xlsxBytes(table)) as unknown as ArrayBuffer);
  return workbook;
}

describe('Excel download', () => {
  it('holds one sheet named after the table, without the characters Excel refuses', async () => {
    const workbook = await readBack();
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['PCI 2016  xếp hạng  63 tỉnh']);
  });

  it('has the headings bold and frozen, then every row as the page shows it', async () => {
    const sheet = (await readBack()).worksheets[0];
    expect(sheet.getRow(1).values).toEqual([undefined, 'Hạng', 'Tỉnh, thành', 'Điểm', 'Ghi chú']);
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(2).values).toEqual([undefined, 1, 'Quảng Ninh', 65.6, '=1+1']);
    expect(sheet.getRow(3).values).toEqual([undefined, 2, 'Đà Nẵng', 64.05]);
    expect(sheet.getCell('B4').value).toBe('Bà Rịa – Vũng Tàu');
    expect(sheet.getCell('D4').value).toBe(null);
    expect(sheet.rowCount).toBe(4);
  });

  it('keeps figures numeric: two decimals shown, whole numbers without, text never a formula', async () => {
    const sheet = (await readBack()).worksheets[0];
    expect(sheet.getCell('C2').type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell('C2').numFmt).toBe('0.00');
    expect(sheet.getCell('A2').numFmt).toBe('0');
    expect(sheet.getCell('D2').type).toBe(ExcelJS.ValueType.String);
  });
});
