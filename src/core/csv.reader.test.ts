// The one CSV reader: the line each row starts on, whatever the line ends, and malformed files refused
// with their line in both languages.
import { describe, expect, it } from 'vitest';
import { InputError } from './errors';
import { parseCsv, readCsvRows } from './csv.reader';

describe('readCsvRows', () => {
  it('counts a CRLF inside quotes as one line, and mixed LF, CRLF and CR line ends', () => {
    const rows = readCsvRows('\uFEFFTỉnh,ghi chú\r\n"Cần Thơ","dòng 1\r\ndòng 2"\nx\ry\r\n\r\nz', 't.csv');
    expect(rows).toEqual([
      { line: 1, fields: ['Tỉnh', 'ghi chú'] },
      { line: 2, fields: ['Cần Thơ', 'dòng 1\r\ndòng 2'] },
      { line: 4, fields: ['x'] },
      { line: 5, fields: ['y'] },
      { line: 6, fields: [''] },
      { line: 7, fields: ['z'] },
    ]);
  });

  it('takes a quote inside an unquoted cell as a character, and trims only when asked', () => {
    expect(readCsvRows('5" màn hình, a \n', 't.csv')[0].fields).toEqual(['5" màn hình', ' a ']);
    expect(readCsvRows(' "a, b" , c \n', 't.csv', { trim: true })[0].fields).toEqual(['a, b', 'c']);
  });

  it('refuses a quoted cell left open, naming the line where its row starts, in Vietnamese and English', () => {
    const error = caught(() => parseCsv('a,b\n1,2\n3,"bốn\n\n5,6\n', 't.csv'));
    expect(error.message).toBe('t.csv, line 3: a quoted cell is not closed.');
    expect(error.vi).toBe('t.csv, dòng 3: một ô mở dấu ngoặc kép mà không đóng lại.');
  });

  it('refuses text after a closing quote when trimming', () => {
    expect(caught(() => readCsvRows('a\n"b" c\n', 't.csv', { trim: true })).message).toBe('t.csv, line 2: unexpected text after a quoted cell.');
  });
});

function caught(read: () => unknown): InputError {
  try {
    read();
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('nothing was refused');
}
