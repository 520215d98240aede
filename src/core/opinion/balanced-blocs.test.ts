// Two equal blocs voting opposite ways on statements split half and half: the leading direction is then
// orthogonal to the all-ones starting vector, which the product's first maps meet at once (the demo, a
// small conversation). Worked by hand: the direction is ±(1, 1, 1, −1, −1, −1)/√6 and the groups are the blocs.
import { describe, expect, it } from 'vitest';
import { analyseConversation } from './analyse';
import type { Vote } from './types';

const blocs = (size: number, statements: number): Vote[] =>
  Array.from({ length: 2 * size }, (_, p) =>
    Array.from({ length: statements }, (_, s) => ({ voter: `p${p}`, statement: `s${s}`, value: ((p < size) === (s < statements / 2) ? 1 : -1) as 1 | -1, at: 0 })),
  ).flat();

describe('two equal blocs on balanced statements', () => {
  it('give the blocs as the two groups, along (1, 1, 1, −1, −1, −1)/√6', () => {
    const map = analyseConversation({ votes: blocs(5, 6) });
    expect(map.groups.map((g) => [...g.members].sort())).toEqual(expect.arrayContaining([['p0', 'p1', 'p2', 'p3', 'p4'], ['p5', 'p6', 'p7', 'p8', 'p9']]));
    expect(map.groups).toHaveLength(2);
    const first = map.pca.components[0].map((x) => Math.abs(x));
    for (const x of first) expect(x).toBeCloseTo(1 / Math.sqrt(6), 9);
  });

  it('also when the first update saw one bloc only (its state warm-starts the next)', () => {
    const all = blocs(5, 6);
    const early = analyseConversation({ votes: all.slice(0, 12) });
    const map = analyseConversation({ votes: all }, early.state);
    expect(map.groups).toHaveLength(2);
  });
});
