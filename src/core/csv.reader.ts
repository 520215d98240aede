// The one CSV reader (csv-parse): RFC 4180 quoting, LF, CRLF or CR line ends (mixed too), a byte-order
// mark, rows of any length. Each row comes with the line it starts on, counted here from the bytes
// csv-parse has read (its own line count goes wrong on CRLF inside quotes), so that a message points at
// the line an editor shows. A malformed file is refused naming its line, in Vietnamese and English.
// The writer is core/csv.ts; the staff app imports that one only, so csv-parse stays out of its bundle.
import { CsvError, parse } from 'csv-parse/sync';
import { restoreCell } from './csv';
import { lineError } from './errors';

export interface CsvRow {
  /** The 1-based line the row starts on. */
  line: number;
  fields: string[];
}

export interface CsvReadOptions {
  /** Take away spaces and tabs around every field (hand-written files). */
  trim?: boolean;
  /** Undo the apostrophe our writer puts before a formula-like cell (files we wrote). */
  restore?: boolean;
  /** The field separator: a comma unless said (GSO's PX-Web exports use a semicolon). */
  delimiter?: ',' | ';';
}

/** Every row, a blank line being a row of one empty field. */
export function readCsvRows(text: string, file: string, options: CsvReadOptions = {}): CsvRow[] {
  const lines = lineCounter(new TextEncoder().encode(text));
  const rows: CsvRow[] = [];
  let readTo = 0;
  try {
    parse(text, {
      bom: true,
      delimiter: options.delimiter ?? ',',
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      trim: options.trim ?? false,
      on_record: (fields, context) => {
        rows.push({ line: lines(readTo), fields: options.restore ? fields.map(restoreCell) : fields });
        readTo = context.bytes;
        return null;
      },
    });
    return rows;
  } catch (err) {
    if (err instanceof CsvError) throw csvProblem(file, lines(readTo), err.code);
    throw err;
  }
}

/** The rows that hold something, formula guards undone: how we read back a CSV we wrote. */
export function parseCsv(text: string, file = 'CSV'): CsvRow[] {
  return readCsvRows(text, file, { restore: true }).filter((row) => !isBlankRow(row.fields));
}

export function isBlankRow(fields: readonly string[]): boolean {
  return fields.length === 1 && fields[0] === '';
}

function csvProblem(file: string, line: number, code: string) {
  if (code === 'CSV_QUOTE_NOT_CLOSED') return lineError(file, line, 'a quoted cell is not closed.', 'một ô mở dấu ngoặc kép mà không đóng lại.');
  if (code === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE' || code === 'CSV_INVALID_CLOSING_QUOTE') {
    return lineError(file, line, 'unexpected text after a quoted cell.', 'có chữ ngay sau dấu ngoặc kép đóng một ô.');
  }
  return lineError(file, line, `the CSV cannot be read (${code}).`, `không đọc được tệp CSV (${code}).`);
}

/** The line a byte offset is on, for offsets asked in increasing order: CRLF, LF and CR each end a line. */
function lineCounter(bytes: Uint8Array): (offset: number) => number {
  let at = 0;
  let line = 1;
  return (offset) => {
    for (; at < offset && at < bytes.length; at++) {
      const byte = bytes[at];
      if (byte === 0x0a || (byte === 0x0d && bytes[at + 1] !== 0x0a)) line++;
    }
    return line;
  };
}
