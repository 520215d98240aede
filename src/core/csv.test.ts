import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvLine, parseCsv } from './csv';

describe('csv', () => {
  it('reads back any fields it wrote, quotes, commas, line breaks and Vietnamese included', () => {
    const field = fc.oneof(fc.string(), fc.constantFrom('Cần Thơ, "Tây Nam Bộ"', 'dòng 1\ndòng 2', 'a\r\nb', ''));
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const text = rows.map((r) => csvLine(r)).join('\n');
        expect(parseCsv(text).map((r) => r.fields)).toEqual(rows);
      }),
    );
  });

  it('gives the line each row starts on, counting line breaks inside quotes', () => {
    const rows = parseCsv('a,b\n"x\ny",z\r\nlast,row\n');
    expect(rows.map((r) => r.line)).toEqual([1, 2, 4]);
  });
});
