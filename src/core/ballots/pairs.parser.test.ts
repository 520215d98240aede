// Pairwise-comparison CSV: comparisons become pair ballots; problems are refused with their line.
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors';
import { BallotKind } from './profile';
import { parsePairs } from './pairs.parser';

describe('parsePairs', () => {
  it('reads comparisons with and without counts, quoted names, blank lines', () => {
    const profile = parsePairs('winner,loser,count\r\nA,B,2\r\n"Cần Thơ, TP",A,1.5\r\n\r\nA,B,1\r\n', 'p.csv');
    expect(profile.candidates).toEqual(['A', 'B', 'Cần Thơ, TP']);
    expect(Array.from(profile.kind)).toEqual([BallotKind.pair, BallotKind.pair]);
    expect(Array.from(profile.weight)).toEqual([3, 1.5]);
    expect(Array.from(profile.item)).toEqual([0, 1, 2, 0]);
    expect(parsePairs('Winner,Loser\nx,y\n', 'p.csv').weight[0]).toBe(1);
  });

  const refuse = (text: string, message: string) => expect(() => parsePairs(text, 'p.csv')).toThrow(message);

  it('refuses problems naming the line', () => {
    refuse('a,b\n', 'p.csv, line 1: the header must be "winner,loser" or "winner,loser,count", not "a,b".');
    refuse('winner,loser,count\nA,B,1\nA,B\n', 'p.csv, line 3: expected 3 columns as in the header, found 2.');
    refuse('winner,loser\nA,A\n', 'p.csv, line 2: "A" cannot be compared with itself.');
    refuse('winner,loser\n"A,B\n', 'p.csv, line 2: a quoted cell is not closed.');
    refuse('', 'p.csv, line 1: the file is empty');
  });

  it('takes a count of 0 as a valid comparison that adds nothing, and any non-negative number', () => {
    const profile = parsePairs('winner,loser,count\nA,B,0\nB,C,2.5\nC,A,1e1\nB,A,.5\n', 'p.csv');
    expect(profile.candidates).toEqual(['A', 'B', 'C']);
    // the 0 line names A and B but carries no weight, so only three ballots remain
    expect(Array.from(profile.weight)).toEqual([2.5, 10, 0.5]);
  });

  it('refuses a negative or non-numeric count in both languages', () => {
    for (const [count, line] of [['-1', 2], ['abc', 3], ['', 4], ['1,5', 5], ['Infinity', 6]] as const) {
      const rows = ['winner,loser,count', 'A,B,1', 'A,B,1', 'A,B,1', 'A,B,1', 'A,B,1'];
      rows[line - 1] = `A,B,${count.includes(',') ? `"${count}"` : count}`;
      let error: unknown;
      try {
        parsePairs(rows.join('\n'), 'p.csv');
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).message).toBe(`p.csv, line ${line}: the count must be a number of 0 or more, not "${count}".`);
      expect((error as InputError).vi).toBe(`p.csv, dòng ${line}: cột count (số lần) phải là một số từ 0 trở lên, không phải "${count}".`);
    }
  });
});
