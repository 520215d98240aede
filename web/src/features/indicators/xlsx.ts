// A one-sheet Excel workbook made in the browser with exceljs (this module is imported only when someone
// asks for a workbook, see saveXlsx): the heading row bold and frozen, numbers as numeric cells shown with two decimals (whole
// numbers without), so Excel displays them in the reader's own locale (61,14 on a Vietnamese Windows)
// and can still compute with them.
import ExcelJS from 'exceljs';
import type { Cell, DataTable } from './table';

// Excel refuses sheet names longer than 31 characters or holding any of : \ / ? * [ ].
const sheetName = (name: string) => name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31).trim() || 'Sheet1';

// Control characters are not allowed in the sheet's XML; an empty text is an empty cell.
function cellValue(cell: Cell): string | number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  const text = (cell ?? '').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
  return text === '' ? null : text;
}

const columnWidth = (table: DataTable, index: number) =>
  Math.min(60, Math.max(8, ...[table.columns, ...table.rows].map((row) => String(row[index] ?? '').length + 2)));

export async function xlsxBytes(table: DataTable): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName(table.sheet), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((_, i) => ({ width: columnWidth(table, i) }));
  sheet.addRow(table.columns.map(cellValue)).font = { bold: true };
  for (const row of table.rows) {
    sheet.addRow(row.map(cellValue)).eachCell((cell) => {
      if (typeof cell.value === 'number') cell.numFmt = Number.isInteger(cell.value) ? '0' : '0.00';
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
