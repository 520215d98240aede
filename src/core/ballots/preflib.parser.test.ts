// PrefLib files: what is read (names, ties, counts, line endings) and what is refused, with the
// line of the problem in the message.
import { describe, expect, it } from 'vitest';
import { BallotKind } from './profile';
import { parsePrefLib } from './preflib.parser';

const header = (n: number, voters?: number) =>
  [`# NUMBER ALTERNATIVES: ${n}`, ...(voters === undefined ? [] : [`# NUMBER VOTERS: ${voters}`]), ...Array.from({ length: n }, (_, k) => `# ALTERNATIVE NAME ${k + 1}: N${k + 1}`)].join('\n');

/** Each distinct ballot as [weight, groups of names]. */
function ballots(profile: ReturnType<typeof parsePrefLib>) {
  return Array.from({ length: profile.size }, (_, b) => {
    const groups: string[][] = [];
    for (let k = profile.start[b]; k < profile.start[b + 1]; k++) (groups[profile.level[k]] ??= []).push(profile.candidates[profile.item[k]]);
    return [profile.weight[b], groups];
  });
}

describe('parsePrefLib', () => {
  it('reads names, counts and ties, and merges identical orders', () => {
    const text = `${header(4, 9)}\n5: 1,3,{2,4}\n3: 2, 1\n1: 1,3,{4,2}\n`;
    const profile = parsePrefLib(text, 'votes.toi', 'toi');
    expect(profile.candidates).toEqual(['N1', 'N2', 'N3', 'N4']);
    expect(ballots(profile)).toEqual([
      [6, [['N1'], ['N3'], ['N2', 'N4']]],
      [3, [['N2'], ['N1']]],
    ]);
  });

  it('accepts CRLF line ends and a byte-order mark', () => {
    const text = `\ufeff${header(2)}\r\n2: 1,2\r\n1: 2,1\r\n`.replace(/\n(?!\r)/g, '\r\n').replace(/\r\r/g, '\r');
    expect(ballots(parsePrefLib(text, 'votes.soc', 'soc'))).toEqual([[2, [['N1'], ['N2']]], [1, [['N2'], ['N1']]]]);
  });

  it('names alternatives without a name by their number', () => {
    expect(parsePrefLib('# NUMBER ALTERNATIVES: 2\n# ALTERNATIVE NAME 2: Hà Nội\n1: 1,2\n', 'v.soc', 'soc').candidates).toEqual(['1', 'Hà Nội']);
  });

  it('reads the first category of a .cat file as approvals', () => {
    const profile = parsePrefLib(`${header(4)}\n4: {1,3},{2},{4}\n2: {},{1,2,3,4}\n`, 'votes.cat', 'cat');
    expect(profile.kind[0]).toBe(BallotKind.approval);
    expect(ballots(profile)).toEqual([[4, [['N1', 'N3']]], [2, []]]);
  });

  const refuse = (text: string, kind: Parameters<typeof parsePrefLib>[2], message: string) =>
    expect(() => parsePrefLib(text, `votes.${kind}`, kind)).toThrow(message);

  it('names the line of a candidate that was not declared', () => {
    refuse(`${header(4)}\n1: 1,2,3,4\n1: 1,2,3,4\n1: 1,9,3,4\n`, 'soc', 'votes.soc, line 8: candidate 9 is not among the 4 declared.');
  });

  it('refuses a candidate twice, a tie in a strict order, an incomplete complete order', () => {
    refuse(`${header(3)}\n1: 1,2,1\n`, 'soi', 'votes.soi, line 5: candidate 1 appears twice.');
    refuse(`${header(3)}\n1: 1,{2,3}\n`, 'soc', 'votes.soc, line 5: a complete strict order (.soc) cannot hold a tie {…}.');
    refuse(`${header(3)}\n1: 1,2\n`, 'toc', 'votes.toc, line 5: a complete order (.toc) must rank all 3 candidates; this line ranks 2.');
  });

  it('refuses malformed data lines', () => {
    refuse(`${header(3)}\n1 1,2,3\n`, 'soc', 'votes.soc, line 5: the count must be followed by a colon, as in "3: 1,2,3".');
    refuse(`${header(3)}\nx: 1,2,3\n`, 'soc', 'votes.soc, line 5: a data line must start with a count');
    refuse(`${header(3)}\n0: 1,2,3\n`, 'soc', 'votes.soc, line 5: the count is 0');
    refuse(`${header(3)}\n1: 1,{2,3\n`, 'toc', 'votes.toc, line 5: a tie opened with "{" is not closed with "}".');
    refuse(`${header(3)}\n1: 1;2;3\n`, 'soc', 'votes.soc, line 5: expected a comma after a candidate');
  });

  it('checks the declared number of voters against the data', () => {
    refuse(`${header(2, 5)}\n3: 1,2\n1: 2,1\n`, 'soc', 'votes.soc, line 2: the header declares 5 voters but the data lines hold 4.');
  });

  it('refuses a file that declares no alternatives, and headers after data', () => {
    refuse('1: 1,2\n', 'soc', 'votes.soc, line 1: the header does not declare the alternatives');
    refuse(`${header(2)}\n1: 1,2\n# NUMBER VOTERS: 1\n`, 'soc', 'votes.soc, line 5: a header line (#) comes after the data lines');
    refuse('# ALTERNATIVE NAME 1: A\n# ALTERNATIVE NAME 2: A\n1: 1,2\n', 'soc', 'votes.soc, line 2: the name "A" is given to two alternatives.');
  });
});
