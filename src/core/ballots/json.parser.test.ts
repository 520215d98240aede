// JSON ballots: every ballot kind, groups and clusters; problems reported at the ballot's line.
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors';
import { BallotKind } from './profile';
import { parseBallotJson } from './json.parser';

describe('parseBallotJson', () => {
  it('reads rankings, approvals, scores and pairs with weights, groups and clusters', () => {
    const doc = {
      candidates: ['A', 'B', 'C'],
      seats: 2,
      ballots: [
        { ranking: [['A'], ['B', 'C']], weight: 2, group: 'citizens', cluster: 'tay-nam-bo' },
        { ranking: ['A', ['C', 'B']], group: 'citizens', cluster: 'tay-nam-bo' },
        { approve: ['C'], group: 'departments' },
        { scores: { B: 4, A: 5 } },
        { pair: ['C', 'A'], weight: 0.5 },
      ],
    };
    const profile = parseBallotJson(JSON.stringify(doc), 'b.json');
    expect(profile.seats).toBe(2);
    expect(profile.size).toBe(4); // the first two rankings are the same ballot
    expect(Array.from(profile.weight)).toEqual([3, 1, 1, 0.5]);
    expect(Array.from(profile.kind)).toEqual([BallotKind.ranking, BallotKind.approval, BallotKind.scores, BallotKind.pair]);
    expect(profile.groups).toEqual(['citizens', 'departments']);
    expect(Array.from(profile.group)).toEqual([0, 1, -1, -1]);
    expect(profile.clusters).toEqual(['tay-nam-bo']);
    // score ballots are kept highest first
    expect(Array.from(profile.item.subarray(profile.start[2], profile.start[3]))).toEqual([0, 1]);
    expect(Array.from(profile.value!.subarray(profile.start[2], profile.start[3]))).toEqual([5, 4]);
  });

  const refuse = (text: string, message: string) => expect(() => parseBallotJson(text, 'b.json')).toThrow(message);
  const lines = (ballots: string[]) => `{\n  "candidates": ["A", "B"],\n  "ballots": [\n${ballots.map((b) => `    ${b}`).join(',\n')}\n  ]\n}\n`;

  it('names the line of a ballot that names an unknown candidate', () => {
    refuse(lines(['{"ranking": ["A"]}', '{"ranking": ["B"]}', '{"ranking": ["A", "Z"]}']), 'b.json, line 6: ballot 3 names "Z", which is not among the 2 declared candidates.');
  });

  it('names the line of other bad ballots', () => {
    refuse(lines(['{"ranking": ["A"], "approve": ["B"]}']), 'b.json, line 4: ballot 1 must hold exactly one of "ranking", "approve", "scores" or "pair".');
    refuse(lines(['{"approve": ["A"]}', '{"approve": ["A", "A"]}']), 'b.json, line 5: ballot 2 names "A" twice.');
    refuse(lines(['{"approve": ["A"], "weight": -1}']), 'b.json, line 4: ballot 1 has a weight that is not a positive number.');
    refuse(lines(['{"scores": {"A": "high"}}']), 'b.json, line 4: ballot 1 gives "A" a score that is not a number.');
  });

  it('names the line of a JSON syntax error', () => {
    refuse('{\n  "candidates": ["A"],\n  "ballots": [\n    {"ranking": ["A"]}\n    {"ranking": ["A"]}\n  ]\n}\n', 'b.json, line 5: the JSON is malformed: expected "]" or "," after a value in a list');
    refuse('{\n  "candidates": ["A", ]\n}', 'b.json, line 2: the JSON is malformed: unexpected "]".');
  });

  it('names the column and field of the offending value, in Vietnamese and English', () => {
    // line 6 is `    {"ranking": ["A", ["B", "Z"]]}`: "Z" starts in column 29
    const error = caught(lines(['{"ranking": ["A"]}', '{"ranking": ["B"]}', '{"ranking": ["A", ["B", "Z"]]}']));
    expect(error.message).toBe('b.json, line 6: ballot 3 names "Z", which is not among the 2 declared candidates. Column 29, field "ballots[2].ranking[1][1]".');
    expect(error.vi).toBe('b.json, dòng 6: phiếu 3 nêu "Z", không có trong 2 ứng viên đã khai báo. Cột 29, trường "ballots[2].ranking[1][1]".');
    expect(caught('{"candidates": ["A"], "ballots": [], "seats": 0}').message).toBe('b.json, line 1: "seats" must be a whole number of at least 1. Column 47, field "seats".');
  });

  it('names line and column of a syntax error, the end of the file included', () => {
    const error = caught('{\n  "candidates": ["A"],\n  "ballots": [\n    {"ranking": ["A"]}\n    {"ranking": ["A"]}\n  ]\n}\n');
    expect(error.message).toBe('b.json, line 5: the JSON is malformed: expected "]" or "," after a value in a list, found "{". Column 5.');
    expect(error.vi).toBe('b.json, dòng 5: JSON sai cú pháp: cần "]" hoặc "," sau một giá trị trong danh sách, nhưng gặp "{". Cột 5.');
    expect(caught('{"candidates": ["A"],\n "ballots": [["A"]').message).toBe('b.json, line 2: the JSON is malformed: expected "]" or "," after a value in a list, found the end of the file. Column 19.');
    expect(caught('{"candidates": ["A"],\n "ballots": [], "title": "Cần Thơ').vi).toBe('b.json, dòng 2: JSON sai cú pháp: tệp hết giữa chừng một giá trị. Cột 34.');
    expect(caught('{"candidates" ["A"]}').message).toBe('b.json, line 1: the JSON is malformed: expected ":" after a key, found "[". Column 15.');
    expect(caught('{"candidates": ["A"], "ballots": []} x').message).toBe('b.json, line 1: the JSON is malformed: unexpected "x" after the end of the document. Column 38.');
  });

  it('refuses a document without candidates', () => {
    refuse('{"ballots": []}', 'b.json, line 1: "candidates" must be a non-empty list of names.');
    refuse('{"candidates": ["A", "A"], "ballots": []}', 'b.json, line 1: the candidate "A" is declared twice.');
  });
});

function caught(text: string): InputError {
  try {
    parseBallotJson(text, 'b.json');
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('the file was read');
}
