// CSV text to rows of fields (RFC 4180: quoted fields, doubled quotes, CRLF or LF), as a Grid whose rows
// are the file's lines, so that problems point at the line an editor shows. A cell our exports wrote
// behind an apostrophe against formula injection (core/csv.ts) reads back as the text it stood for.
import { restoreCell } from '../core/csv';
import { gridFromRows, type Grid } from './grid';

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(restoreCell(field));
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && input[i + 1] === '\n') i++;
      row.push(restoreCell(field));
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(restoreCell(field));
    rows.push(row);
  }
  return rows;
}

export function csvGrid(name: string, text: string): Grid {
  return gridFromRows(name, parseCsv(text));
}
