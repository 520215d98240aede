// Pol.is's vote statistics, checked against values worked by hand from their definitions
// (math/stats.clj, math/repness.clj in compdemocracy/polis), and its selection rules on small groups.
import { describe, expect, it } from 'vitest';
import { statementPriority } from './priority';
import { consensus, groupInformedConsensus, proportionTest, representatives, twoProportionTest, type Counts } from './repness';

const c = (agree: number, disagree: number, seen: number): Counts => ({ agree, disagree, seen });

describe('vote statistics', () => {
  it('one-proportion z: 2·√(n+1)·((s+1)/(n+1) − ½)', () => {
    // 3 agrees of 5 votes: 2·√6·(4/6 − 0.5) = 2 × 2.449490 × 0.166667 = 0.816497
    expect(proportionTest(3, 5)).toBeCloseTo(0.816497, 6);
    // 8 of 10: 2·√11·(9/11 − 0.5) = 2 × 3.316625 × 0.318182 = 2.110579
    expect(proportionTest(8, 10)).toBeCloseTo(2.110579, 6);
  });

  it('two-proportion z with one added to each count', () => {
    // 8 of 10 in the group, 2 of 10 outside → 9/11 against 3/11, pooled 12/22:
    // (0.818182 − 0.272727) / √(0.545455 × 0.454545 × 2/11) = 0.545455 / 0.212316 = 2.569047
    expect(twoProportionTest(8, 2, 10, 10)).toBeCloseTo(2.569047, 5);
    // everyone agrees everywhere: the pooled share is 1 and Pol.is returns 0
    expect(twoProportionTest(0, 0, 0, 0)).toBeCloseTo(0, 12);
  });

  it('group-informed consensus multiplies (agrees + 1)/(votes + 2) over groups', () => {
    // (3 + 1)/(4 + 2) × (1 + 1)/(2 + 2) = 2/3 × 1/2 = 1/3
    expect(groupInformedConsensus([c(3, 1, 4), c(1, 1, 2)])).toBeCloseTo(1 / 3, 12);
  });

  it('orders statements to vote on by [(1 − p)(E + 1)·a·(1 + 8·2^(−S/5))]²', () => {
    // A 3, D 1, S 5 → P 1, p = 2/7, a = 4/7; E = 0.5; 1 + 8·2^(−1) = 5:
    // (5/7 × 1.5 × 4/7 × 5)² = (150/49)² = 9.371095
    expect(statementPriority(c(3, 1, 5), 0.5)).toBeCloseTo(9.371095, 5);
    // nobody has voted: p = a = ½, (½ × 1 × ½ × 9)² = 5.0625 — a new statement comes up quickly
    expect(statementPriority(c(0, 0, 0), 0)).toBeCloseTo(5.0625, 10);
    expect(statementPriority(c(9, 0, 9), 2, true)).toBe(49);
  });
});

describe('representative statements', () => {
  it('picks what sets each group apart: agrees before disagrees, both z-scores above 1.2816', () => {
    // statement a: group 0 agrees 8 of 10, group 1 agrees 2 of 10 and disagrees 8 of 10.
    // Group 0: pa = 9/12 = 0.75, pat = 2.110579, ra = 0.75 / (3/12) = 3, rat = 2.569047 → agree.
    // Group 1 on a: its disagrees 8 of 10 against 2 of 10 outside → the same figures for disagree.
    // Statement b: both groups split 5/5 — nobody's.
    const counts = [
      [c(8, 2, 10), c(5, 5, 10)],
      [c(2, 8, 10), c(5, 5, 10)],
    ];
    const [zero, one] = representatives(counts, ['a', 'b']);
    expect(zero).toHaveLength(1);
    expect(zero[0]).toMatchObject({ statement: 'a', direction: 'agree', agree: 0.8, repness: 3, probability: 0.75 });
    expect(zero[0].repnessTest).toBeCloseTo(2.569047, 5);
    expect(zero[0].probabilityTest).toBeCloseTo(2.110579, 5);
    expect(one).toHaveLength(1);
    expect(one[0]).toMatchObject({ statement: 'a', direction: 'disagree', agree: 0.2, repness: 3, probability: 0.75 });
    // the shares a public report prints beside them: 8 of group 0's 10 votes agree, 8 of group 1's 10 disagree
    expect(zero[0]).toMatchObject({ disagree: 0.2, votes: 10 });
    expect(one[0]).toMatchObject({ disagree: 0.8, votes: 10 });
  });

  it('never chooses a statement moderated out', () => {
    const counts = [
      [c(8, 2, 10), c(9, 1, 10)],
      [c(2, 8, 10), c(1, 9, 10)],
    ];
    const [zero] = representatives(counts, ['a', 'b'], new Set(['a']));
    expect(zero.map((r) => r.statement)).toEqual(['b']);
  });

  it('falls back to the best agreed statement when none passes both tests', () => {
    // 2 of 3 agree in group 0 against 1 of 3 outside: pat = 2·√4·(3/4 − ½) = 1 < 1.2816, nothing passes;
    // the best agree (ra = (3/5)/(2/5) = 1.5 > 1 and pa = 0.6 > ½) is shown alone
    const [zero] = representatives([[c(2, 1, 3)], [c(1, 2, 3)]], ['only']);
    expect(zero).toHaveLength(1);
    expect(zero[0]).toMatchObject({ statement: 'only', direction: 'agree' });
    expect(zero[0].repness).toBeCloseTo(1.5, 12);
  });
});

describe('consensus', () => {
  it('keeps statements most agree (or disagree) with: p > ½ and z > 1.2816', () => {
    // x: 18 of 20 agree → p = 19/22, z = 2·√21·(19/21 − ½) = 3.70970; y: 11 of 20 → z = 2·√21·(12/21 − ½) = 0.655, out;
    // z: 18 of 20 disagree → consensus against
    const found = consensus([c(18, 1, 20), c(11, 9, 20), c(1, 18, 20)], ['x', 'y', 'z']);
    expect(found.agree.map((s) => s.statement)).toEqual(['x']);
    expect(found.agree[0].probabilityTest).toBeCloseTo(3.7097, 4);
    expect(found.disagree.map((s) => s.statement)).toEqual(['z']);
    // the share printed beside them: 18 of x's 20 votes agree, 18 of z's 20 disagree
    expect(found.agree[0]).toMatchObject({ share: 0.9, votes: 20 });
    expect(found.disagree[0]).toMatchObject({ share: 0.9, votes: 20 });
  });
});
