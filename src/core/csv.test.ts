import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv as parseImportCsv } from '../importers/csv';
import { toCsv } from '../../web/src/features/indicators/table';
import { csvLine } from './csv';
import { parseCsv } from './csv.reader';

// Text a spreadsheet would take as a formula, and text that only looks close to it.
const hostile = ['=HYPERLINK("http://x","y")', "-2+3+cmd|' /C calc'!A0", '@SUM(A1)', '+1', '\t=1', '\r=1', "'=already", "''-x", '-'];
const field = fc.oneof(
  fc.string(),
  fc.constantFrom('Cần Thơ, "Tây Nam Bộ"', 'dòng 1\ndòng 2', 'a\r\nb', '', "'plain", ...hostile),
  fc.tuple(fc.constantFrom("'", "''", '=', '+', '-', '@', '\t', '\r'), fc.string()).map(([a, b]) => a + b),
);

describe('csv', () => {
  it('reads back any fields it wrote, quotes, commas, line breaks and Vietnamese included', () => {
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const text = rows.map((r) => csvLine(r)).join('\n');
        expect(parseCsv(text).map((r) => r.fields)).toEqual(rows);
        // the importers' reader (plan files, index CSVs) reads our files back the same way
        const imported = parseImportCsv(`${text}\n`).filter((r) => !(r.length === 1 && r[0] === ''));
        expect(imported).toEqual(rows);
      }),
    );
  });

  it('writes no text cell that a spreadsheet would run as a formula', () => {
    fc.assert(
      fc.property(fc.array(field, { minLength: 1, maxLength: 5 }), (cells) => {
        for (const written of parseCells(csvLine(cells))) expect(written).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
    expect(csvLine(['=HYPERLINK("http://x","y")', '@SUM(A1)', '+1', "'=already", "'fine", 'an toàn'])).toBe(
      `"'=HYPERLINK(""http://x"",""y"")",'@SUM(A1),'+1,''=already,'fine,an toàn`,
    );
  });

  it('writes numbers as numbers, a negative one with its minus sign and no apostrophe', () => {
    expect(csvLine([-2.5, 'x', -3], (n) => String(n).replace('.', ','))).toBe('"-2,5",x,-3');
    expect(csvLine(['-2.5'])).toBe("'-2.5");
  });

  it("the staff app's table downloads neutralise text cells the same way", () => {
    const csv = toCsv({ name: 't', sheet: 't', columns: ['Tỉnh', 'Điểm'], rows: [['=1+1', -1.5], ['Cần Thơ', 63.2]] });
    expect(csv).toBe("\uFEFFTỉnh,Điểm\r\n'=1+1,-1.5\r\nCần Thơ,63.2\r\n");
  });

  it('gives the line each row starts on, counting line breaks inside quotes', () => {
    const rows = parseCsv('a,b\n"x\ny",z\r\nlast,row\n');
    expect(rows.map((r) => r.line)).toEqual([1, 2, 4]);
  });
});

// The cells as a spreadsheet sees them: unquoted, but with no apostrophe removed.
function parseCells(line: string): string[] {
  const cells: string[] = [];
  for (const m of line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)) {
    if (m.index === line.length && cells.length) break;
    cells.push(m[1].startsWith('"') ? m[1].slice(1, -1).replaceAll('""', '"') : m[1]);
  }
  return cells;
}
