// The components and projections on matrices small enough to diagonalise by hand.
import { describe, expect, it } from 'vitest';
import { analyseConversation } from './analyse';
import { voteMatrix } from './matrix';
import { principalComponents, project } from './pca';
import type { Vote } from './types';

const votes = (rows: Record<string, (number | null)[]>): Vote[] =>
  Object.entries(rows).flatMap(([voter, values]) => values.flatMap((v, j) => (v === null ? [] : [{ voter, statement: `s${j}`, value: v as Vote['value'], at: 0 }])));

describe('principal components', () => {
  it('finds the one axis of two opposed blocs', () => {
    // rows (1,1),(1,1),(−1,−1),(−1,−1): centre (0,0), XᵀX = [[4,4],[4,4]], first component (1,1)/√2;
    // a full voter projects to ±(1 + 1)/√2 = ±√2, scaled by √(2/2) = 1; nothing is left for the second
    const matrix = voteMatrix({ votes: votes({ a: [1, 1], b: [1, 1], c: [-1, -1], d: [-1, -1] }) });
    const pcs = principalComponents(matrix);
    expect([...pcs.first].map((x) => x * Math.SQRT2)).toEqual([expect.closeTo(1, 9), expect.closeTo(1, 9)]);
    const [a, , c] = project(matrix, pcs);
    expect(a[0]).toBeCloseTo(Math.SQRT2, 9);
    expect(c[0]).toBeCloseTo(-Math.SQRT2, 9);
    expect(a[1]).toBeCloseTo(0, 9);
  });

  it('fills a missing vote with the mean and scales a sparse voter out by √(statements / votes)', () => {
    // e voted only on s0. Column means: s0 (1 + 1 − 1 − 1 + 1)/5 = 0.2, s1 0. Centred votes:
    // a, b (0.8, 1); c, d (−1.2, −1); e (0.8, ·). XᵀX = [[3·0.64 + 2·1.44, 2·0.8 + 2·1.2], [4, 4]] = [[4.8, 4], [4, 4]].
    // λ = 4.4 + √(0.16 + 16) = 8.419950; vector (4, λ − 4.8) normalised = (0.741453, 0.671005).
    // e: 0.8 × 0.741453 × √(2/1) = 0.838858
    const matrix = voteMatrix({ votes: votes({ a: [1, 1], b: [1, 1], c: [-1, -1], d: [-1, -1], e: [1, null] }) });
    const pcs = principalComponents(matrix);
    expect([...pcs.center]).toEqual([expect.closeTo(0.2, 12), 0]);
    expect(pcs.first[0]).toBeCloseTo(0.741453, 6);
    expect(pcs.first[1]).toBeCloseTo(0.671005, 6);
    expect(project(matrix, pcs)[4][0]).toBeCloseTo(0.838858, 6);
  });

  it('finds the axis of a split orthogonal to the all-ones start', () => {
    // bloc L agrees with s0, s1 and disagrees with s2, s3; bloc R the reverse. Centre 0; XᵀX = 4·uuᵀ with
    // u = (1, 1, −1, −1): first component ±u/2, on which L sits at ±(1 + 1 + 1 + 1)/2 = ±2 and R opposite.
    // XᵀX times all ones is 0 (and times the alternating vector too), so a start from those alone finds nothing.
    const matrix = voteMatrix({ votes: votes({ l1: [1, 1, -1, -1], l2: [1, 1, -1, -1], r1: [-1, -1, 1, 1], r2: [-1, -1, 1, 1] }) });
    const pcs = principalComponents(matrix);
    const sign = Math.sign(pcs.first[0]);
    expect([...pcs.first].map((e) => e * sign)).toEqual([0.5, 0.5, -0.5, -0.5].map((e) => expect.closeTo(e, 9)));
    const [l1, , r1] = project(matrix, pcs);
    expect(Math.abs(l1[0])).toBeCloseTo(2, 9);
    expect(r1[0]).toBeCloseTo(-l1[0], 9);
    expect(analyseConversation({ votes: votes(Object.fromEntries(Array.from({ length: 16 }, (_, i) => [`p${i}`, i < 8 ? [1, 1, -1, -1] : [-1, -1, 1, 1]]))) }).groups.map((g) => g.members.length)).toEqual([8, 8]);
  });
});
