// Reads pairwise comparisons from CSV: a header `winner,loser` or `winner,loser,count`, then one
// comparison per line. Each comparison says only that the winner was preferred to the loser,
// so it becomes a "pair" ballot, not a ranking. Options are numbered in order of first appearance.
import type { Profile } from './profile';
import { ProfileBuilder } from './profile.builder';
import { lineError, parseCount, quote, splitLines } from './source';

export function parsePairs(text: string, file: string): Profile {
  const lines = splitLines(text);
  const builder = new ProfileBuilder();
  let columns = 0;
  lines.forEach((raw, at) => {
    const line = at + 1;
    if (raw.trim() === '') return;
    const cells = splitCsvLine(raw, file, line);
    if (columns === 0) {
      const header = cells.map((cell) => cell.toLowerCase());
      if (header[0] !== 'winner' || header[1] !== 'loser' || (header.length === 3 && header[2] !== 'count') || header.length > 3) {
        throw lineError(file, line, `the header must be "winner,loser" or "winner,loser,count", not ${quote(raw)}.`);
      }
      columns = header.length;
      return;
    }
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
  });
  if (columns === 0) throw lineError(file, 1, 'the file is empty; expected the header "winner,loser,count".');
  return builder.build();
}

function idOf(builder: ProfileBuilder, name: string): number {
  const known = builder.candidateIndex(name);
  return known >= 0 ? known : builder.addCandidate(name);
}

/** Splits one CSV line; quoted cells may hold commas and doubled quotes. Cells are trimmed. */
export function splitCsvLine(line: string, file: string, lineNumber: number): string[] {
  const cells: string[] = [];
  let p = 0;
  for (;;) {
    while (line[p] === ' ' || line[p] === '\t') p++;
    let cell = '';
    if (line[p] === '"') {
      p++;
      for (;;) {
        const close = line.indexOf('"', p);
        if (close < 0) throw lineError(file, lineNumber, 'a quoted cell is not closed.');
        cell += line.slice(p, close);
        p = close + 1;
        if (line[p] !== '"') break;
        cell += '"';
        p++;
      }
      while (line[p] === ' ' || line[p] === '\t') p++;
      if (p < line.length && line[p] !== ',') throw lineError(file, lineNumber, 'unexpected text after a quoted cell.');
    } else {
      const comma = line.indexOf(',', p);
      const end = comma < 0 ? line.length : comma;
      cell = line.slice(p, end).trim();
      p = end;
    }
    cells.push(cell);
    if (p >= line.length) return cells;
    p++; // the comma
  }
}
