// Positions in hand-edited JSON: where the value at a path starts, and the parent's when it is missing.
import { describe, expect, it } from 'vitest';
import { fieldName, positionAt } from './json.reader';

describe('positionAt', () => {
  const text = '\uFEFF{\r\n  "a": [1, {"b": "x"}],\r\n  "c": 1,\r\n  "c": 2\r\n}';

  it('finds objects, lists, list items and plain values, a byte-order mark and CRLF aside', () => {
    expect(positionAt(text, [])).toEqual({ line: 1, column: 1 });
    expect(positionAt(text, ['a'])).toEqual({ line: 2, column: 8 });
    expect(positionAt(text, ['a', 1, 'b'])).toEqual({ line: 2, column: 18 });
  });

  it('takes the last of two equal keys, as JSON.parse does, and stops at the deepest value there', () => {
    expect(positionAt(text, ['c'])).toEqual({ line: 4, column: 8 });
    expect(positionAt(text, ['a', 5, 'b'])).toEqual({ line: 2, column: 8 });
  });

  it('writes a path as a person reads it', () => {
    expect(fieldName(['ballots', 2, 'ranking', 1])).toBe('ballots[2].ranking[1]');
  });
});
