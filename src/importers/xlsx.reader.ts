// Office Open XML workbooks (.xlsx) to grids, through exceljs. Formula cells give their cached result, rich
// text its plain text, so the parsers see what Excel shows.
import ExcelJS from 'exceljs';
import { InputError } from '../core/errors';
import { gridFromRows, type Cell, type Grid } from './grid';

export async function readXlsxGrids(bytes: Uint8Array, file: string): Promise<Grid[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type; a Node Buffer is what it reads.
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    throw new InputError(`${file} is not a readable .xlsx workbook.`, { file }, `${file} không phải bảng tính .xlsx đọc được.`);
  }
  return workbook.worksheets.map((sheet) => {
    const rows: Cell[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, number) => {
      const cells: Cell[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        cells[column - 1] = plain(cell.value);
      });
      rows[number - 1] = Array.from(cells, (c) => c ?? null);
    });
    return gridFromRows(sheet.name, Array.from(rows, (r) => r ?? []));
  });
}

function plain(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('result' in value) return plain(value.result as ExcelJS.CellValue);
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  // A formula never calculated has no cached result: nothing to read.
  return null;
}
