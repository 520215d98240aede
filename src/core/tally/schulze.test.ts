// Schulze's winners are every candidate that nobody beats by strongest path, and the ranking
// peels them off in layers. The two fixed cases are the smallest where a winner beats fewer
// others than another winner (issue 11); the property recomputes the strongest paths here, plainly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBallotJson } from '../ballots/json.parser';
import { ProfileBuilder } from '../ballots/profile.builder';
import { tally } from './tally';

const orders = (candidates: string[], ...ballots: string[][]) =>
  parseBallotJson(JSON.stringify({ candidates, ballots: ballots.map((ranking) => ({ ranking })) }), 'test.json');

describe('schulze: every unbeaten candidate wins', () => {
  for (const method of ['schulze', 'schulze-margin']) {
    it(`${method}: A>B>C and B>C>A — A ties every contest, B beats C, so A and B win`, () => {
      // A–B 1:1, A–C 1:1, B–C 2:0: the only link is B→C, so nobody beats A and nobody beats B
      const result = tally(orders(['A', 'B', 'C'], ['A', 'B', 'C'], ['B', 'C', 'A']), { method });
      expect([...result.winners].sort()).toEqual(['A', 'B']);
      expect(result.ranking.map((g) => [...g].sort())).toEqual([['A', 'B'], ['C']]);
    });

    it(`${method}: A>B>C>D, B>C>D>A, C>D>A>B — A, B and C win`, () => {
      // Pairwise: A>B 2:1, B>C 2:1, C>D 3:0, D>A 2:1, A–C 1:2 (C>A), B–D 2:1 (B>D).
      // Winning votes: A→B 2, B→C 2, C→D 3, D→A 2, C→A 2, B→D 2. Strongest paths:
      // A→C = 2 (A→B→C) = C→A; B→C = 2 = C→B (C→A→B); A→B 2 = B→A 2 (B→D→A); D is beaten by C
      // (C→D 3 against D→C 2). Margins: every link 1 except C→D 3, giving the same picture.
      const a = ['A', 'B', 'C', 'D'];
      const result = tally(orders(a, ['A', 'B', 'C', 'D'], ['B', 'C', 'D', 'A'], ['C', 'D', 'A', 'B']), { method });
      expect([...result.winners].sort()).toEqual(['A', 'B', 'C']);
      expect(result.ranking.map((g) => [...g].sort())).toEqual([['A', 'B', 'C'], ['D']]);
    });
  }
});

interface Raw {
  order: number[];
  cut: boolean[];
  weight: number;
}

const profiles = fc.integer({ min: 2, max: 6 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    ballots: fc.array(
      fc.record({
        order: fc.shuffledSubarray([...Array(n).keys()], { minLength: 1, maxLength: n }),
        cut: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
        weight: fc.integer({ min: 1, max: 4 }),
      }),
      { minLength: 1, maxLength: 9 },
    ),
  }),
);

// Level of each candidate on a ballot (Infinity when unlisted); cut[k] false ties order[k] with order[k−1].
function levels(n: number, b: Raw): number[] {
  const level = new Array<number>(n).fill(Infinity);
  let l = 0;
  b.order.forEach((c, k) => {
    if (k > 0 && b.cut[k]) l++;
    level[c] = l;
  });
  return level;
}

function expected(n: number, ballots: Raw[], strength: 'winning' | 'margin') {
  const d = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (const b of ballots) {
    const level = levels(n, b);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (level[i] < level[j]) d[i][j] += b.weight;
  }
  const p = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (d[i][j] > d[j][i] ? (strength === 'winning' ? d[i][j] : d[i][j] - d[j][i]) : 0)),
  );
  for (let k = 0; k < n; k++)
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) if (i !== j && i !== k && j !== k) p[i][j] = Math.max(p[i][j], Math.min(p[i][k], p[k][j]));
  const ranking: string[][] = [];
  let rest = [...Array(n).keys()];
  while (rest.length) {
    const top = rest.filter((x) => rest.every((y) => p[x][y] >= p[y][x]));
    ranking.push(top.map((c) => `C${c}`));
    rest = rest.filter((c) => !top.includes(c));
  }
  return ranking;
}

describe('schulze on random profiles', () => {
  for (const strength of ['winning', 'margin'] as const) {
    const method = strength === 'winning' ? 'schulze' : 'schulze-margin';
    it(`${method}: winners are exactly those x with p[x][y] ≥ p[y][x] for every y, then the same among the rest`, () => {
      fc.assert(
        fc.property(profiles, ({ n, ballots }) => {
          const builder = new ProfileBuilder(Array.from({ length: n }, (_, c) => `C${c}`));
          for (const b of ballots) {
            const level = levels(n, b);
            builder.addRanking(b.order, b.order.map((c) => level[c]), b.weight);
          }
          const want = expected(n, ballots, strength);
          const got = tally(builder.build(), { method });
          expect([...got.winners].sort()).toEqual(want[0]);
          expect(got.ranking.map((g) => [...g].sort())).toEqual(want);
        }),
        { numRuns: 400 },
      );
    });
  }
});
