// Excel workbooks for officials: sheets of plain tables with a bold, frozen header row, Vietnamese
// sheet names made safe for Excel, and the workbook as bytes.
import ExcelJS from 'exceljs';

export type CellValue = string | number | null;
export type Column = { header: string; width?: number; numFmt?: string };

/** Excel refuses sheet names over 31 characters, with : \ / ? * [ ], or used twice in a workbook. */
export function sheetName(workbook: ExcelJS.Workbook, wanted: string): string {
  const base = wanted.normalize('NFC').replace(/[:\\/?*[\]]/g, ' ').trim().slice(0, 31) || 'Sheet';
  const taken = new Set(workbook.worksheets.map((w) => w.name.toLowerCase()));
  for (let n = 1, name = base; ; n++, name = `${base.slice(0, 31 - String(n).length - 1)} ${n}`) if (!taken.has(name.toLowerCase())) return name;
}

/** A sheet holding one table: the header row bold and frozen, text cells normalised to NFC. */
export function addTableSheet(workbook: ExcelJS.Workbook, name: string, columns: Column[], rows: CellValue[][]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(sheetName(workbook, name), { views: [{ state: 'frozen', ySplit: 1 }], pageSetup: printOnA4 });
  sheet.columns = columns.map((c) => ({ header: c.header.normalize('NFC'), width: c.width ?? 14, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map(nfcCell));
  return sheet;
}

/** Printed, a sheet fits the width of an A4 page, across, and runs on down as many pages as it needs. */
export const printOnA4: Partial<ExcelJS.PageSetup> = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };

export const nfcCell = (v: CellValue): CellValue => (typeof v === 'string' ? v.normalize('NFC') : v);

export function newWorkbook(createdAt: Date): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Đối Thoại';
  workbook.created = createdAt;
  workbook.modified = createdAt;
  return workbook;
}

export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  // exceljs declares its own Buffer type; what it returns is Node's.
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
