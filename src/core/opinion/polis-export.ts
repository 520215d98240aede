// Reading a Pol.is-format export: `votes.csv` (timestamp, datetime, comment-id, voter-id, vote — 1 agree,
// −1 disagree, 0 pass) and, optionally, `comments.csv`, whose `moderated` column is −1 for a statement
// moderated out (and `is-meta`, where present, 1 for a meta statement): both kinds are zeroed. A bad cell
// is refused naming its file, line and column, in English and Vietnamese.
import { lineError } from '../errors';
import { isBlankRow, readCsvRows, type CsvRow } from '../csv.reader';
import type { Conversation, Vote, VoteValue } from './types';

export interface ExportFile {
  name: string;
  text: string;
}

export function readPolisExport(votes: ExportFile, comments?: ExportFile): Conversation {
  return { votes: readVotes(votes), zeroed: comments ? readZeroed(comments) : [] };
}

function table(file: ExportFile, required: readonly string[]): { header: Map<string, number>; rows: CsvRow[] } {
  const [head, ...rows] = readCsvRows(file.text, file.name).filter((r) => !isBlankRow(r.fields));
  if (!head) throw lineError(file.name, 1, 'the file is empty; a header line is expected.', 'tệp trống; cần một dòng tiêu đề.');
  const header = new Map(head.fields.map((name, k) => [name.trim(), k]));
  const missing = required.filter((name) => !header.has(name));
  if (missing.length > 0) {
    const list = missing.join(', ');
    throw lineError(file.name, head.line, `the header lacks the column ${list}.`, `dòng tiêu đề thiếu cột ${list}.`);
  }
  return { header, rows };
}

function readVotes(file: ExportFile): Vote[] {
  const { header, rows } = table(file, ['timestamp', 'comment-id', 'voter-id', 'vote']);
  const cell = (row: CsvRow, name: string) => (row.fields[header.get(name)!] ?? '').trim();
  return rows.map((row) => {
    const at = Number(cell(row, 'timestamp'));
    if (cell(row, 'timestamp') === '' || !Number.isFinite(at)) throw badCell(file, row, 'timestamp', 'a number', 'một số');
    const statement = cell(row, 'comment-id');
    if (statement === '') throw badCell(file, row, 'comment-id', 'a statement id', 'mã ý kiến');
    const voter = cell(row, 'voter-id');
    if (voter === '') throw badCell(file, row, 'voter-id', 'a participant id', 'mã người tham gia');
    const raw = cell(row, 'vote');
    if (!['1', '0', '-1'].includes(raw)) throw badCell(file, row, 'vote', '1, 0 or -1', '1, 0 hoặc -1');
    return { voter, statement, value: Number(raw) as VoteValue, at };
  });
}

function readZeroed(file: ExportFile): string[] {
  const { header, rows } = table(file, ['comment-id', 'moderated']);
  const cell = (row: CsvRow, name: string) => (header.has(name) ? (row.fields[header.get(name)!] ?? '').trim() : '');
  return rows.flatMap((row) => {
    const id = cell(row, 'comment-id');
    if (id === '') throw badCell(file, row, 'comment-id', 'a statement id', 'mã ý kiến');
    const moderated = cell(row, 'moderated');
    if (!['1', '0', '-1'].includes(moderated)) throw badCell(file, row, 'moderated', '1, 0 or -1', '1, 0 hoặc -1');
    return moderated === '-1' || cell(row, 'is-meta') === '1' || cell(row, 'is-meta') === 'true' ? [id] : [];
  });
}

function badCell(file: ExportFile, row: CsvRow, column: string, expected: string, expectedVi: string) {
  return lineError(file.name, row.line, `column ${column} must hold ${expected}.`, `cột ${column} phải là ${expectedVi}.`);
}
