// The small pieces under the readers: CSV fields, cell numbers, column letters, and the one-sentence
// summary of many problems.
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { columnLetter, numberIn } from './grid';
import { IndexFileError, type RowProblem } from './problems';

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes, CRLF, a BOM and a missing final newline', () => {
    expect(parseCsv('\uFEFFa,"b, c","say ""hi"""\r\n1,,3\n"x\ny",2')).toEqual([
      ['a', 'b, c', 'say "hi"'],
      ['1', '', '3'],
      ['x\ny', '2'],
    ]);
  });

  it('keeps trailing empty fields, which tell a short line from a full one', () => {
    expect(parseCsv('P01,1,,\n')).toEqual([['P01', '1', '', '']]);
  });
});

describe('cells', () => {
  it('reads numbers and numeric text, with a decimal comma, and nothing else', () => {
    expect([numberIn(7.25), numberIn(' 7.25 '), numberIn('7,25'), numberIn('1e-3')]).toEqual([7.25, 7.25, 7.25, 0.001]);
    expect([numberIn('abc'), numberIn(''), numberIn(null), numberIn('1,234.5'), numberIn(Number.NaN)]).toEqual([null, null, null, null, null]);
  });

  it('names columns as spreadsheets do', () => {
    expect([1, 23, 26, 27, 32, 702, 703].map(columnLetter)).toEqual(['A', 'W', 'Z', 'AA', 'AF', 'ZZ', 'AAA']);
  });
});

describe('IndexFileError', () => {
  it('keeps every problem but lists the first fifty in its one sentence', () => {
    const problems: RowProblem[] = Array.from({ length: 60 }, (_, i) => ({ sheet: 'S', row: i + 2, column: 'C', vi: 'không phải là số', en: 'not a number' }));
    const error = new IndexFileError('f.xlsx', problems);
    expect(error.problems).toHaveLength(60);
    expect(error.message).toMatch(/^f\.xlsx was not imported because of 60 problems in 60 rows: sheet S row 2 column C: not a number; /);
    expect(error.message).toContain('row 51 column C');
    expect(error.message).not.toContain('row 52 column C');
    expect(error.message.endsWith('; and 10 more.')).toBe(true);
  });
});
