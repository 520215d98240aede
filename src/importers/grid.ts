// A worksheet as the parsers see it, whatever file it came from: a name and cells addressed by 1-based row
// and column, each a number, a string or empty. Keeps the parsers free of exceljs and SheetJS types.
import { readNumber } from '../core/vn-number';

export type Cell = number | string | null;

export interface Grid {
  name: string;
  rowCount: number;
  columnCount: number;
  cell(row: number, column: number): Cell;
  /** How many cells the row has, trailing empty ones included (a CSV line's field count). */
  rowLength(row: number): number;
}

export function gridFromRows(name: string, rows: readonly (readonly Cell[])[]): Grid {
  return {
    name,
    rowCount: rows.length,
    columnCount: rows.reduce((m, r) => Math.max(m, r.length), 0),
    cell: (row, column) => rows[row - 1]?.[column - 1] ?? null,
    rowLength: (row) => rows[row - 1]?.length ?? 0,
  };
}

/** 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** A finite number from a cell, or null: numbers as they are, numeric text ("7,25" or "7.25", never grouped) read. */
export function numberIn(cell: Cell): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  return typeof cell === 'string' ? readNumber(cell, 'decimal') : null;
}

export function isBlank(cell: Cell): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

/** A cell as it would be quoted in a message. */
export function shown(cell: Cell): string {
  return typeof cell === 'string' ? `"${cell.length > 40 ? `${cell.slice(0, 40)}…` : cell}"` : String(cell);
}

/** Text for loose comparison of headers: no diacritics (đ → d), lower case, single spaces. */
export function fold(cell: Cell): string {
  return String(cell ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Sheets handed back by a parsing worker, trusted in nothing: each must be a name and rows of cells,
 * and every cell a number, a string or empty. Null when the shape is wrong.
 */
export function gridsFromWorker(parsed: unknown): Grid[] | null {
  if (!Array.isArray(parsed)) return null;
  const grids: Grid[] = [];
  for (const sheet of parsed) {
    const { name, rows } = (sheet ?? {}) as { name?: unknown; rows?: unknown };
    if (typeof name !== 'string' || !Array.isArray(rows)) return null;
    grids.push(gridFromRows(name, rows.map((row: unknown) => (Array.isArray(row) ? row.map(cellOf) : []))));
  }
  return grids;
}

function cellOf(value: unknown): Cell {
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  return null;
}
