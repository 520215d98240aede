// Reads pairwise comparisons from CSV: a header `winner,loser` or `winner,loser,count`, then one
// comparison per line. Each comparison says only that the winner was preferred to the loser,
// so it becomes a "pair" ballot, not a ranking. Options are numbered in order of first appearance.
// The CSV itself is read by the one reader (core/csv.reader.ts), cells trimmed.
import type { Profile } from './profile';
import { ProfileBuilder } from './profile.builder';
import { isBlankRow, readCsvRows, type CsvRow } from '../csv.reader';
import { lineError, parseCount, quote } from './source';

export function parsePairs(text: string, file: string): Profile {
  const rows = readCsvRows(text, file, { trim: true }).filter((row) => !isBlankRow(row.fields));
  if (rows.length === 0) throw lineError(file, 1, 'the file is empty; expected the header "winner,loser,count".');
  const columns = headerColumns(rows[0], file);
  const builder = new ProfileBuilder();
  for (const { line, fields: cells } of rows.slice(1)) {
    if (cells.length !== columns) throw lineError(file, line, `expected ${columns} columns as in the header, found ${cells.length}.`);
    const [winner, loser] = cells;
    if (winner === '' || loser === '') throw lineError(file, line, 'the winner and the loser must both be named.');
    if (winner === loser) throw lineError(file, line, `${quote(winner)} cannot be compared with itself.`);
    // a count of 0 is an observation too (a team that won none of its games against another)
    const count = columns === 3 ? parseCount(cells[2]) : 1;
    if (Number.isNaN(count)) {
      throw lineError(file, line, `the count must be a number of 0 or more, not ${quote(cells[2])}.`, `cột count (số lần) phải là một số từ 0 trở lên, không phải ${quote(cells[2])}.`);
    }
    builder.addPair(idOf(builder, winner), idOf(builder, loser), count);
  }
  return builder.build();
}

function headerColumns({ line, fields }: CsvRow, file: string): number {
  const header = fields.map((cell) => cell.toLowerCase());
  if (header[0] !== 'winner' || header[1] !== 'loser' || (header.length === 3 && header[2] !== 'count') || header.length > 3) {
    throw lineError(file, line, `the header must be "winner,loser" or "winner,loser,count", not ${quote(fields.join(','))}.`);
  }
  return header.length;
}

function idOf(builder: ProfileBuilder, name: string): number {
  const known = builder.candidateIndex(name);
  return known >= 0 ? known : builder.addCandidate(name);
}
