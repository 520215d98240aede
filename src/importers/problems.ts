// All-or-nothing validation for index files: readers collect every bad cell or row, then fail once with
// the whole list, so that an official fixes the file in one pass rather than one error per attempt.
import { InputError } from '../core/errors';

export interface RowProblem {
  /** Worksheet name, or the file name for a CSV. */
  sheet: string;
  /** Row number as the spreadsheet shows it (1 = first line); null for a problem with the file as a whole. */
  row: number | null;
  /** Column letter (workbooks) or header (CSV); null when the whole row is at fault. */
  column: string | null;
  problem: string;
}

/** The InputError a reader throws: the message lists the problems, `problems` carries them all. */
export class IndexFileError extends InputError {
  constructor(
    readonly file: string,
    readonly problems: readonly RowProblem[],
  ) {
    super(summarise(file, problems), { file });
  }
}

// Enough to see the pattern in the message; the full list is on `problems`.
const LISTED = 50;

function summarise(file: string, problems: readonly RowProblem[]): string {
  const rows = new Set(problems.map((p) => `${p.sheet}\u0000${p.row}`)).size;
  const listed = problems.slice(0, LISTED).map(describe).join('; ');
  const more = problems.length > LISTED ? `; and ${problems.length - LISTED} more` : '';
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${rows} row${rows === 1 ? '' : 's'}`;
  return `${file} was not imported because of ${count}: ${listed}${more}.`;
}

function describe(p: RowProblem): string {
  const where = [`sheet ${p.sheet}`, p.row === null ? null : `row ${p.row}`, p.column === null ? null : `column ${p.column}`].filter(Boolean).join(' ');
  return `${where}: ${p.problem}`;
}

/** Collects problems for one sheet and throws them together. */
export class ProblemLog {
  readonly problems: RowProblem[] = [];

  add(sheet: string, row: number | null, column: string | null, problem: string): void {
    this.problems.push({ sheet, row, column, problem });
  }

  throwIfAny(file: string): void {
    if (this.problems.length) throw new IndexFileError(file, this.problems);
  }
}
