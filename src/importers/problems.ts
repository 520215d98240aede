// All-or-nothing validation for index files: readers collect every bad cell or row, then fail once with
// the whole list, so that an official fixes the file in one pass rather than one error per attempt.
import { InputError } from '../core/errors';
import { formatNumber } from '../core/format';

export interface RowProblem {
  /** Worksheet name, or the file name for a CSV. */
  sheet: string;
  /** Row number as the spreadsheet shows it (1 = first line); null for a problem with the file as a whole. */
  row: number | null;
  /** Column letter (workbooks) or header (CSV); null when the whole row is at fault. */
  column: string | null;
  /** What is wrong, in Vietnamese (shown first) and English. */
  vi: string;
  en: string;
}

export type ProblemText = { vi: string; en: string };

/**
 * A figure in both languages' texts (src/core/format): as read from the file, every decimal kept and its
 * minus the file's hyphen, so an official can search the sheet for it; or, with `decimals`, a computed
 * figure (a sum, a bound) to exactly that many: figure(2.5, 2) → "2,50" / "2.50".
 */
export function figure(n: number, decimals?: number): ProblemText {
  if (decimals !== undefined) {
    const style = { digits: decimals, fixed: true };
    return { vi: formatNumber(n, 'vi', style), en: formatNumber(n, 'en', style) };
  }
  const asTyped = (locale: 'vi' | 'en') => formatNumber(n, locale, { digits: 12 }).replace('\u2212', '-');
  return { vi: asTyped('vi'), en: asTyped('en') };
}

/** The InputError a reader throws: the message (English) lists the problems, `problems` carries them all in both languages. */
export class IndexFileError extends InputError {
  constructor(
    readonly file: string,
    readonly problems: readonly RowProblem[],
  ) {
    super(summarise(file, problems, 'en'), { file }, summarise(file, problems, 'vi'));
  }
}

// Enough to see the pattern in the message; the full list is on `problems`.
const LISTED = 50;

function summarise(file: string, problems: readonly RowProblem[], lang: 'vi' | 'en'): string {
  const rows = new Set(problems.map((p) => `${p.sheet}\u0000${p.row}`)).size;
  const listed = problems.slice(0, LISTED).map((p) => describe(p, lang)).join('; ');
  const extra = problems.length - LISTED;
  if (lang === 'vi') {
    const more = extra > 0 ? `; và ${extra} lỗi khác` : '';
    return `Không nhập tệp ${file} vì có ${problems.length} lỗi ở ${rows} dòng: ${listed}${more}.`;
  }
  const more = extra > 0 ? `; and ${extra} more` : '';
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${rows} row${rows === 1 ? '' : 's'}`;
  return `${file} was not imported because of ${count}: ${listed}${more}.`;
}

function describe(p: RowProblem, lang: 'vi' | 'en'): string {
  const [sheet, row, column] = lang === 'vi' ? ['trang', 'dòng', 'cột'] : ['sheet', 'row', 'column'];
  const where = [`${sheet} ${p.sheet}`, p.row === null ? null : `${row} ${p.row}`, p.column === null ? null : `${column} ${p.column}`].filter(Boolean).join(' ');
  return `${where}: ${p[lang]}`;
}

/** Collects problems for one sheet and throws them together. */
export class ProblemLog {
  readonly problems: RowProblem[] = [];

  add(sheet: string, row: number | null, column: string | null, text: ProblemText): void {
    this.problems.push({ sheet, row, column, vi: text.vi, en: text.en });
  }

  throwIfAny(file: string): void {
    if (this.problems.length) throw new IndexFileError(file, this.problems);
  }
}
