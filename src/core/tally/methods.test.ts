// Small cases worked out by hand from each method's definition (the arithmetic is in the comments),
// covering what the published reference cases do not: ties on ballots, unlisted candidates,
// tie-breaking, score ballots, refusals.
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors';
import { parseBallotJson } from '../ballots/json.parser';
import { ProfileBuilder } from '../ballots/profile.builder';
import { tally } from './tally';

const json = (doc: object) => parseBallotJson(JSON.stringify(doc), 'test.json');
const rank = (ranking: (string | string[])[], weight = 1, extra: object = {}) => ({ ranking, weight, ...extra });

describe('borda', () => {
  // 4 candidates: position points 3, 2, 1, 0.
  // 1 × A > {B,C} (D unlisted): A 3; B, C share positions 1–2: (2+1)/2 = 1.5; D position 3: 0.
  // 2 × B (A, C, D unlisted): B 3; A, C, D share positions 1–3: (2+1+0)/3 = 1 each.
  const profile = json({ candidates: ['A', 'B', 'C', 'D'], ballots: [rank(['A', ['B', 'C']]), rank(['B'], 2)] });
  const result = tally(profile, { method: 'borda' });

  it('shares the mean points among tied and unlisted candidates', () => {
    expect(result.scores).toEqual({ B: 7.5, A: 5, C: 3.5, D: 2 });
    expect(result.ranking).toEqual([['B'], ['A'], ['C'], ['D']]);
  });

  it('explains the points by the weight received at each position', () => {
    expect(result.pointsPerPosition).toEqual([3, 2, 1, 0]);
    // A: first on ballot 1; ballot 2's weight 2 spread over positions 1–3
    expect(result.positions).toMatchObject({ A: [1, 0.666667, 0.666667, 0.666667], B: [2, 0.5, 0.5, 0] });
  });
});

describe('plurality and approval', () => {
  it('splits a first place tie evenly', () => {
    // 2 × {A,B} > C gives A 1, B 1; 1 × C gives C 1
    const result = tally(json({ candidates: ['A', 'B', 'C'], ballots: [rank([['A', 'B'], 'C'], 2), rank(['C'])] }), { method: 'plurality' });
    expect(result.scores).toEqual({ A: 1, B: 1, C: 1 });
    expect(result.winners).toEqual(['A', 'B', 'C']);
  });

  it('counts every candidate an order lists as approved', () => {
    const result = tally(json({ candidates: ['A', 'B', 'C'], ballots: [rank(['A', 'B'], 3), { approve: ['C', 'B'] }] }), { method: 'approval' });
    expect(result.scores).toEqual({ B: 4, A: 3, C: 1 });
  });
});

describe('copeland and minimax', () => {
  // Pairwise: A>B 3–2, B>C 4–1, A vs C 2–3 (C wins). A: 1 win 1 loss; B: 1–1; C: 1–1 → all 0.
  // 2 × A>B>C, 1 × C>A>B, 2 × B>C>A:  A over B = 2+1 = 3; B over C = 2+2 = 4; C over A = 1+2 = 3.
  const profile = json({ candidates: ['A', 'B', 'C'], ballots: [rank(['A', 'B', 'C'], 2), rank(['C', 'A', 'B']), rank(['B', 'C', 'A'], 2)] });

  it('copeland: a cycle ties everyone', () => {
    const result = tally(profile, { method: 'copeland' });
    expect(result.scores).toEqual({ A: 0, B: 0, C: 0 });
    expect(result.record).toEqual({ A: { wins: 1, losses: 1, ties: 0 }, B: { wins: 1, losses: 1, ties: 0 }, C: { wins: 1, losses: 1, ties: 0 } });
  });

  it('minimax: the weakest worst defeat wins', () => {
    // A's worst defeat: C over A with 3; B's: A over B with 3; C's: B over C with 4
    const result = tally(profile, { method: 'minimax' });
    expect(result.scores).toEqual({ A: 3, B: 3, C: 4 });
    expect(result.ranking).toEqual([['A', 'B'], ['C']]);
  });
});

describe('ranked pairs', () => {
  // Comparisons only: A beat B 5 times, B beat C 3 times, C beat A once. Locked: A>B (5), B>C (3);
  // C>A (1) would close the cycle and is skipped.
  const builder = new ProfileBuilder(['A', 'B', 'C']);
  builder.addPair(0, 1, 5);
  builder.addPair(1, 2, 3);
  builder.addPair(2, 0, 1);
  const result = tally(builder.build(), { method: 'ranked-pairs' });

  it('skips the pair that would close a cycle', () => {
    expect(result.ranking).toEqual([['A'], ['B'], ['C']]);
    expect(result.locked).toEqual([
      { winner: 'A', loser: 'B', margin: 5, votes: 5 },
      { winner: 'B', loser: 'C', margin: 3, votes: 3 },
    ]);
    expect(result.skipped).toEqual([{ winner: 'C', loser: 'A', margin: 1, votes: 1 }]);
  });
});

describe('kemeny', () => {
  it('refuses more than 10 candidates', () => {
    const names = Array.from({ length: 11 }, (_, k) => `C${k}`);
    expect(() => tally(json({ candidates: names, ballots: [rank(names)] }), { method: 'kemeny' })).toThrow(/up to 10 candidates; there are 11/);
  });

  it('says when several orders are optimal', () => {
    // one A>B and one B>A: both orders agree with 1 preference
    const result = tally(json({ candidates: ['A', 'B'], ballots: [rank(['A', 'B']), rank(['B', 'A'])] }), { method: 'kemeny' });
    expect(result.score).toBe(1);
    expect(result.optimalOrders).toBe(2);
    expect(result.tieBreaks).toEqual([{ among: ['A', 'B'], rule: 'first-optimal-order' }]);
  });
});

describe('irv', () => {
  it('breaks a tie for last by the earlier rounds', () => {
    // 6 A; 4 B; 3 C>B; 1 D>C>B. Round 1: A6 B4 C3 D1 → D out, its ballot to C.
    // Round 2: A6 B4 C4: B and C tie; in round 1 C had 3 < B's 4 → C out; its 4 ballots go to B.
    // Round 3: B8 A6, and 8 of 14 is a majority.
    const profile = json({ candidates: ['A', 'B', 'C', 'D'], ballots: [rank(['A'], 6), rank(['B'], 4), rank(['C', 'B'], 3), rank(['D', 'C', 'B'])] });
    const result = tally(profile, { method: 'irv' });
    expect(result.rounds?.map((r) => r.tally)).toEqual([{ A: 6, B: 4, C: 3, D: 1 }, { A: 6, B: 4, C: 4 }, { A: 6, B: 8 }]);
    expect(result.rounds?.map((r) => r.eliminated)).toEqual([['D'], ['C'], []]);
    expect(result.winners).toEqual(['B']);
    expect(result.tieBreaks).toEqual([{ round: 2, among: ['B', 'C'], chosen: 'C', rule: 'earlier-rounds' }]);
    expect(result.rounds?.[1].transfer).toEqual({ from: 'C', reason: 'elimination', to: { B: 4 }, exhausted: 0 });
    expect(result.ranking).toEqual([['B'], ['A'], ['C'], ['D']]);
  });

  it('says when only candidate order could break the tie', () => {
    const result = tally(json({ candidates: ['A', 'B'], ballots: [rank(['A']), rank(['B'])] }), { method: 'irv' });
    expect(result.winners).toEqual(['A']);
    expect(result.tieBreaks?.[0]).toMatchObject({ chosen: 'B', rule: 'candidate-order' });
  });

  it('counts ballots with no continuing candidate as exhausted', () => {
    // 3 A; 2 B; 2 C (C alone). Round 1 no majority (3 of 7) → C out, exhausted 2; round 2: A 3 of 5.
    const result = tally(json({ candidates: ['A', 'B', 'C'], ballots: [rank(['A'], 3), rank(['B'], 2), rank(['C'], 2)] }), { method: 'irv' });
    expect(result.rounds?.[1]).toMatchObject({ tally: { A: 3, B: 2 }, exhausted: 2, elected: ['A'] });
  });
});

describe('stv', () => {
  it('needs a number of seats it can fill', () => {
    const profile = json({ candidates: ['A', 'B'], ballots: [rank(['A'])] });
    expect(() => tally(profile, { method: 'stv' })).toThrow(/needs the number of seats/);
    expect(() => tally(profile, { method: 'stv', seats: 3 })).toThrow(/Cannot fill 3 seats with 2 candidates/);
  });

  it('passes a surplus on at a fractional value', () => {
    // 1 seat would be trivial; 2 seats, 9 voters: quota ⌊9/3⌋+1 = 4. A has 6: surplus 2, factor 1/3;
    // A's 6 ballots (A>B) give B 2 → B 2, C 3. No quota; exclude B (2 < 3)... B's ballots (A>B)
    // have no further preference → exhausted. C is the only continuing candidate for the last seat.
    const result = tally(json({ candidates: ['A', 'B', 'C'], ballots: [rank(['A', 'B'], 6), rank(['C'], 3)] }), { method: 'stv', seats: 2 });
    expect(result.quota).toBe(4);
    expect(result.rounds?.[0].transfer).toEqual({ from: 'A', reason: 'surplus', factor: 1 / 3, to: { B: 2 }, exhausted: 0 });
    expect(result.winners).toEqual(['A', 'C']);
  });
});

describe('score and majority judgment', () => {
  const scores = (s: Record<string, number>, weight = 1) => ({ scores: s, weight });

  it('score: mean over the ballots that scored the option, median beside it', () => {
    // A: 5, 3, 1 → mean 3, median 3. B: 4 (weight 2) → mean 4. C: never scored.
    const profile = json({ candidates: ['A', 'B', 'C'], ballots: [scores({ A: 5 }), scores({ B: 4 }, 2), scores({ A: 3 }), scores({ A: 1 })] });
    const result = tally(profile, { method: 'score' });
    expect(result.ranking).toEqual([['B'], ['A'], ['C']]);
    expect(result.scores).toEqual({ B: 4, A: 3 });
    expect(result.medians).toEqual({ A: 3, B: 4, C: null });
    expect(result.raters).toEqual({ A: 3, B: 2, C: 0 });
  });

  it('score: an even split takes the midpoint as the median', () => {
    const result = tally(json({ candidates: ['A'], ballots: [scores({ A: 2 }), scores({ A: 5 })] }), { method: 'score' });
    expect(result.medians).toEqual({ A: 3.5 });
  });

  it('majority judgment: the median grade first, then the gauge', () => {
    // A: 2 3 3 3 5 → grade 3, 20 % above, 20 % below → ranks by −0.2.
    // B: 3 3 3 4 4 → grade 3, 40 % above, 0 % below → ranks by +0.4, above A.
    // C: 1 1 4 4 4 → grade 4, first (though its mean, 2.8, is the lowest).
    const grades = { A: [2, 3, 3, 3, 5], B: [3, 3, 3, 4, 4], C: [1, 1, 4, 4, 4] };
    const ballots = [0, 1, 2, 3, 4].map((v) => scores({ A: grades.A[v], B: grades.B[v], C: grades.C[v] }));
    const result = tally(json({ candidates: ['A', 'B', 'C'], ballots }), { method: 'majority-judgment' });
    expect(result.ranking).toEqual([['C'], ['B'], ['A']]);
    expect(result.gauge).toEqual({ A: { grade: 3, above: 0.2, below: 0.2 }, B: { grade: 3, above: 0.4, below: 0 }, C: { grade: 4, above: 0, below: 0.4 } });
  });

  it('refuse ballots without scores', () => {
    expect(() => tally(json({ candidates: ['A', 'B'], ballots: [rank(['A'])] }), { method: 'score' })).toThrow(
      'Method "score" cannot count ranked ballots; it needs score ballots.',
    );
  });
});

describe('bradley-terry', () => {
  it('reports each option\'s chance to beat a random other option', () => {
    // equal strengths: every chance is 1/2
    const builder = new ProfileBuilder(['A', 'B']);
    builder.addPair(0, 1);
    builder.addPair(1, 0);
    expect(tally(builder.build(), { method: 'bradley-terry' }).chance).toEqual({ A: 0.5, B: 0.5 });
  });

  it('says when the maximum-likelihood estimate does not exist', () => {
    const builder = new ProfileBuilder(['A', 'B', 'C']);
    builder.addPair(0, 1, 3);
    builder.addPair(1, 2, 1);
    builder.addPair(2, 1, 1);
    expect(() => tally(builder.build(), { method: 'bradley-terry' })).toThrow(/"A" never lost/);
  });
});

describe('the entry point', () => {
  it('rejects an unknown method with the list of known ones', () => {
    expect(() => tally(json({ candidates: ['A'], ballots: [] }), { method: 'condorcet' })).toThrow(InputError);
    expect(() => tally(json({ candidates: ['A'], ballots: [] }), { method: 'condorcet' })).toThrow(/use one of approval, plurality/);
  });

  it('with no ballots, ties everyone and names no winner', () => {
    expect(tally(json({ candidates: ['A', 'B'], ballots: [] }), { method: 'schulze' })).toEqual({
      method: 'schulze', candidates: ['A', 'B'], voters: 0, ranking: [['A', 'B']], winners: [],
    });
  });

  it('breaks the count down per group and per cluster', () => {
    const profile = json({
      candidates: ['A', 'B'],
      ballots: [
        rank(['A'], 3, { group: 'citizens', cluster: 'north' }),
        rank(['B'], 1, { group: 'citizens', cluster: 'south' }),
        rank(['B'], 2, { group: 'departments', cluster: 'south' }),
      ],
    });
    const result = tally(profile, { method: 'plurality', breakdown: ['group', 'cluster'] });
    expect(result.scores).toEqual({ A: 3, B: 3 });
    expect(result.byGroup).toMatchObject({ citizens: { voters: 4, scores: { A: 3, B: 1 } }, departments: { voters: 2, scores: { B: 2, A: 0 } } });
    expect(result.byCluster).toMatchObject({ north: { winners: ['A'] }, south: { winners: ['B'], voters: 3 } });
  });

  it('weights groups and reports the weighting', () => {
    // citizens (4 voters, all A) and departments (2 voters, all B) at 1 : 3 → A 6·¼ = 1.5, B 4.5
    const profile = json({ candidates: ['A', 'B'], ballots: [rank(['A'], 4, { group: 'citizens' }), rank(['B'], 2, { group: 'departments' })] });
    const result = tally(profile, { method: 'plurality', weights: { groups: { citizens: 1, departments: 3, businesses: 2 } } });
    expect(result.scores).toEqual({ B: 4.5, A: 1.5 });
    expect(result.weighting).toEqual({
      citizens: { declared: 1, share: 0.25, voters: 4 },
      departments: { declared: 3, share: 0.75, voters: 2 },
      businesses: { declared: 2, share: 0, voters: 0 },
    });
  });

  it('weights the groups within each cluster of a breakdown too', () => {
    // north: citizens 4 × A, departments 2 × B, weighted 1 : 3 → A 1.5, B 4.5; south: 3 × A only
    const profile = json({
      candidates: ['A', 'B'],
      ballots: [
        rank(['A'], 4, { group: 'citizens', cluster: 'north' }),
        rank(['B'], 2, { group: 'departments', cluster: 'north' }),
        rank(['A'], 3, { group: 'citizens', cluster: 'south' }),
      ],
    });
    const result = tally(profile, { method: 'plurality', weights: { groups: { citizens: 1, departments: 3 } }, breakdown: ['cluster'] });
    expect(result.byCluster).toMatchObject({ north: { scores: { B: 4.5, A: 1.5 } }, south: { scores: { A: 3, B: 0 } } });
  });

  it('refuses group weights for ballots without a weighted group', () => {
    const ungrouped = json({ candidates: ['A'], ballots: [rank(['A'])] });
    expect(() => tally(ungrouped, { method: 'plurality', weights: { groups: { citizens: 1 } } })).toThrow(/belong to no stakeholder group/);
    const unknown = json({ candidates: ['A'], ballots: [rank(['A'], 1, { group: 'press' })] });
    expect(() => tally(unknown, { method: 'plurality', weights: { groups: { citizens: 1 } } })).toThrow(/Group "press" has ballots but no weight/);
  });
});
