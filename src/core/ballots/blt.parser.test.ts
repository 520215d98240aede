// BLT election files: layout variations that occur in the wild, and refusals with their line.
import { describe, expect, it } from 'vitest';
import { parseBlt } from './blt.parser';

function ballots(profile: ReturnType<typeof parseBlt>) {
  return Array.from({ length: profile.size }, (_, b) => {
    const groups: string[][] = [];
    for (let k = profile.start[b]; k < profile.start[b + 1]; k++) (groups[profile.level[k]] ??= []).push(profile.candidates[profile.item[k]]);
    return [profile.weight[b], groups];
  });
}

describe('parseBlt', () => {
  it('reads seats, withdrawn candidates, ties, weights, names and title', () => {
    const text = '4 2\n-2\n3 1 2 3 0\n1.5 4=1 0\n2 1 3 0\n0\n"Đà Nẵng"\n"Huế"\n"Quảng Nam"\n"Hội An"\n"Bầu thử"\n';
    const profile = parseBlt(text, 'e.blt');
    expect(profile.seats).toBe(2);
    expect(profile.title).toBe('Bầu thử');
    expect(profile.candidates).toEqual(['Đà Nẵng', 'Quảng Nam', 'Hội An']);
    expect(profile.withdrawn).toEqual(['Huế']);
    // the withdrawn candidate 2 disappears from ballots; 3 1 2 3 and 2 1 3 become the same ballot
    expect(ballots(profile)).toEqual([
      [5, [['Đà Nẵng'], ['Quảng Nam']]],
      [1.5, [['Đà Nẵng', 'Hội An']]],
    ]);
  });

  it('accepts ballots and names laid out over lines differently, and CRLF', () => {
    const profile = parseBlt('2 1\r\n1 1\r\n 2 0 2 2 0 0\r\n"A" "B"\r\n"T"', 'e.blt');
    expect(ballots(profile)).toEqual([[1, [['A'], ['B']]], [2, [['B']]]]);
  });

  const refuse = (text: string, message: string) => expect(() => parseBlt(text, 'e.blt')).toThrow(message);

  it('names the line of a bad ballot', () => {
    refuse('3 1\n1 1 2 0\n1 1 7 0\n0\n"A"\n"B"\n"C"\n"T"\n', 'e.blt, line 3: candidate 7 is not among the 3 declared.');
    refuse('3 1\n1 1 2 0\n1 2 2 0\n0\n"A"\n"B"\n"C"\n"T"\n', 'e.blt, line 3: candidate 2 appears twice on one ballot.');
    refuse('3 1\n1 1 2 0\nx 2 0\n0\n"A"\n"B"\n"C"\n"T"\n', 'e.blt, line 3: a ballot must start with its weight (a positive number), not "x".');
  });

  it('refuses a bad first line, a missing end of ballots, unquoted names and extra text', () => {
    refuse('3\n', 'e.blt, line 1: expected the number of seats, found the end of the file.');
    refuse('2 3\n0\n"A"\n"B"\n', 'e.blt, line 1: the number of seats must be between 1 and 2, not 3.');
    refuse('2 1\n1 1 2 0\n', 'e.blt, line 2: the ballots must end with a line holding a single 0.');
    refuse('2 1\n1 1 2 0\n0\n"A"\nB\n"T"\n', 'e.blt, line 5: expected the name of candidate 2 in double quotes.');
    refuse('2 1\n0\n"A"\n"B"\n"T"\nmore\n', 'e.blt, line 6: unexpected "more" after the title.');
  });
});
