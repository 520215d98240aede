// CSV text to a Grid through the one reader (core/csv.reader.ts): one grid row per CSV row, a blank line
// kept as an empty row, so that problems point at the line an editor shows. A cell our exports wrote
// behind an apostrophe against formula injection (core/csv.ts) reads back as the text it stood for.
import { readCsvRows } from '../core/csv.reader';
import { gridFromRows, type Grid } from './grid';

export function parseCsv(text: string, file = 'CSV'): string[][] {
  return readCsvRows(text, file, { restore: true }).map((row) => row.fields);
}

export function csvGrid(name: string, text: string): Grid {
  return gridFromRows(name, parseCsv(text, name));
}
