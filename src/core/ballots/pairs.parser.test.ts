// Pairwise-comparison CSV: comparisons become pair ballots; problems are refused with their line.
import { describe, expect, it } from 'vitest';
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
    refuse('winner,loser,count\nA,B,-1\n', 'p.csv, line 2: the count must be a positive number, not "-1".');
    refuse('winner,loser\nA,A\n', 'p.csv, line 2: "A" cannot be compared with itself.');
    refuse('winner,loser\n"A,B\n', 'p.csv, line 2: a quoted cell is not closed.');
    refuse('', 'p.csv, line 1: the file is empty');
  });
});
