// RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled. Every CSV the
// platform writes (server and staff app) goes through csvLine, so every text cell is neutralised.
// Reading is core/csv.reader.ts (csv-parse), kept apart so that the staff app bundles only this writer.

// Excel and LibreOffice take a cell starting with one of these as a formula (=HYPERLINK(…), -2+3+cmd|…).
// A text cell so starting is written behind an apostrophe, and so is one whose leading apostrophes
// come before such a character: reading back then removes exactly one, and every text returns as it was.
const FORMULA_START = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;

export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The text a neutralised cell stood for; what our own CSV readers apply to every field. */
export function restoreCell(text: string): string {
  return NEUTRALISED.test(text) ? text.slice(1) : text;
}

/**
 * One line of CSV. Numbers are written by `writeNumber` and never prefixed: they come from numbers,
 * not from anyone's text, so a minus sign there is a negative number and a spreadsheet should read it as one.
 */
export function csvLine(fields: readonly (string | number | null | undefined)[], writeNumber: (n: number) => string = String): string {
  return fields.map((f) => csvField(f == null ? '' : typeof f === 'number' ? writeNumber(f) : neutraliseCell(f))).join(',');
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
