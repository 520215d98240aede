// A table as the export buttons see it: a file name, column headings and rows of plain values. Screens
// build one next to each table they draw, from the same data, so a file holds what the page shows.
import { csvLine } from '../../../../src/core/csv';

export type Cell = string | number | null;

export interface DataTable {
  /** File name without extension, ASCII: "pci-2016-63". */
  name: string;
  /** Sheet name in the workbook (at most 31 characters are kept). */
  sheet: string;
  columns: string[];
  rows: Cell[][];
}

// Numbers as JavaScript writes them (a dot for decimals, full precision as stored), so the file is data
// rather than a picture of the page; text cells neutralised against formulas by the shared writer.
// The byte-order mark makes Excel read UTF-8.
export function toCsv(table: DataTable): string {
  const lines = [table.columns, ...table.rows].map((row) => csvLine(row));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers start the download after the click returns; the URL must outlive that.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function saveCsv(table: DataTable): void {
  saveBlob(new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }), `${table.name}.csv`);
}

export async function saveXlsx(table: DataTable): Promise<void> {
  // The workbook writer (exceljs) loads only when someone asks for a workbook.
  const { xlsxBytes } = await import('./xlsx');
  const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  saveBlob(new Blob([(await xlsxBytes(table)) as Uint8Array<ArrayBuffer>], { type }), `${table.name}.xlsx`);
}
