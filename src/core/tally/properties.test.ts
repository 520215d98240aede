// Properties every count must have, checked on random profiles (fast-check). Expected values come
// from the definitions, computed here independently from the raw ballots, never from the code
// under test: who beats whom pairwise, what unanimity implies, what a weight means.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBallotJson } from '../ballots/json.parser';
import { ProfileBuilder } from '../ballots/profile.builder';
import { tally } from './tally';
import type { TallyResult } from './types';

interface RawBallot {
  order: number[];
  /** tie[k]: order[k] is tied with order[k−1]. */
  tie: boolean[];
  weight: number;
}

const rawBallot = (n: number, complete = false) =>
  fc.record({
    order: fc.shuffledSubarray([...Array(n).keys()], { minLength: complete ? n : 0, maxLength: n }),
    tie: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
    weight: fc.integer({ min: 1, max: 5 }),
  });

const rawProfile = (complete = false) =>
  fc.integer({ min: 2, max: 6 }).chain((n) => fc.record({ n: fc.constant(n), ballots: fc.array(rawBallot(n, complete), { minLength: 1, maxLength: 25 }) }));

const names = (n: number) => Array.from({ length: n }, (_, c) => `C${c}`);

function levelsOf(b: RawBallot): number[] {
  const levels: number[] = [];
  b.order.forEach((_, k) => levels.push(k === 0 ? 0 : levels[k - 1] + (b.tie[k] ? 0 : 1)));
  return levels;
}

function build(n: number, ballots: RawBallot[], candidateNames = names(n), permute = (c: number) => c) {
  const builder = new ProfileBuilder(candidateNames);
  for (const b of ballots) builder.addRanking(b.order.map(permute), levelsOf(b), b.weight);
  return builder.build();
}

// The pairwise matrix from its definition: i is preferred to j when listed in an earlier tie
// group, or listed while j is not.
function naivePairwise(n: number, ballots: RawBallot[]): number[][] {
  const d = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (const b of ballots) {
    const level = new Array<number>(n).fill(Infinity);
    levelsOf(b).forEach((l, k) => (level[b.order[k]] = l));
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (level[i] < level[j]) d[i][j] += b.weight;
  }
  return d;
}

function condorcetWinner(n: number, ballots: RawBallot[]): number | null {
  const d = naivePairwise(n, ballots);
  for (let c = 0; c < n; c++) if ([...Array(n).keys()].every((j) => j === c || d[c][j] > d[j][c])) return c;
  return null;
}

const sortedGroups = (r: TallyResult) => r.ranking.map((g) => [...g].sort());

describe('Condorcet consistency', () => {
  for (const method of ['schulze', 'schulze-margin', 'ranked-pairs', 'copeland', 'kemeny', 'minimax']) {
    it(`a Condorcet winner is the sole winner of ${method}`, () => {
      fc.assert(
        fc.property(rawProfile(), ({ n, ballots }) => {
          const winner = condorcetWinner(n, ballots);
          fc.pre(winner !== null);
          expect(tally(build(n, ballots), { method }).winners).toEqual([`C${winner}`]);
        }),
        { numRuns: 150 },
      );
    });
  }
});

describe('unanimity', () => {
  const unanimous = fc.integer({ min: 2, max: 7 }).chain((n) =>
    fc.record({ order: fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }), voters: fc.integer({ min: 1, max: 50 }) }),
  );

  it('when every voter gives the same strict order, the order-based rankings are that order', () => {
    fc.assert(
      fc.property(unanimous, ({ order, voters }) => {
        const profile = build(order.length, [{ order, tie: [], weight: voters }]);
        const expected = order.map((c) => [`C${c}`]);
        for (const method of ['borda', 'copeland', 'schulze', 'schulze-margin', 'ranked-pairs', 'kemeny']) {
          expect(tally(profile, { method }).ranking, method).toEqual(expected);
        }
        for (const method of ['plurality', 'minimax', 'irv']) expect(tally(profile, { method }).winners, method).toEqual([`C${order[0]}`]);
      }),
    );
  });

  it('STV elects the first k of a unanimous order, given voters enough for surpluses to flow', () => {
    // The i-th choice receives V − (i−1)·quota; it is positive for every i ≤ k when V > (k²−1)/2
    // (k ≤ 7 here). With fewer voters a choice can be elected with no surplus, and nothing moves on.
    fc.assert(
      fc.property(unanimous, fc.integer({ min: 1, max: 7 }), fc.integer({ min: 25, max: 500 }), ({ order }, k, voters) => {
        const seats = Math.min(k, order.length);
        const result = tally(build(order.length, [{ order, tie: [], weight: voters }]), { method: 'stv', seats });
        expect([...result.winners].sort()).toEqual(order.slice(0, seats).map((c) => `C${c}`).sort());
      }),
    );
  });

  it('when every voter approves the same set, exactly that set wins approval', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 8 }).chain((n) => fc.tuple(fc.constant(n), fc.subarray([...Array(n).keys()], { minLength: 1 }))), ([n, approved]) => {
        const builder = new ProfileBuilder(names(n));
        for (let v = 0; v < 7; v++) builder.addApproval(approved);
        expect([...tally(builder.build(), { method: 'approval' }).winners].sort()).toEqual(approved.map((c) => `C${c}`).sort());
      }),
    );
  });
});

describe('neutrality: renaming and reordering candidates changes nothing', () => {
  const methods = ['approval', 'plurality', 'borda', 'copeland', 'minimax', 'schulze', 'schulze-margin', 'ranked-pairs', 'kemeny', 'irv', 'stv', 'bradley-terry'];
  it('gives the same result under a permutation of the candidate list and new names', () => {
    fc.assert(
      fc.property(
        rawProfile().chain((p) => fc.record({ p: fc.constant(p), perm: fc.shuffledSubarray([...Array(p.n).keys()], { minLength: p.n, maxLength: p.n }) })),
        ({ p: { n, ballots }, perm }) => {
          // candidate c becomes index perm[c], named "X<c>"; map results back by name
          const renamed = new Array<string>(n);
          perm.forEach((to, c) => (renamed[to] = `X${c}`));
          const original = build(n, ballots);
          const moved = build(n, ballots, renamed, (c) => perm[c]);
          const back = (name: string) => name.replace(/^X/, 'C');
          for (const method of methods) {
            let a: TallyResult;
            try {
              a = tally(original, { method, seats: 2 });
            } catch {
              // e.g. Bradley–Terry has no estimate: the other must refuse too
              expect(() => tally(moved, { method, seats: 2 }), method).toThrow();
              continue;
            }
            const b = tally(moved, { method, seats: 2 });
            if (a.tieBreaks || b.tieBreaks) continue; // settled by candidate order, which moved on purpose
            expect(sortedGroups({ ...b, ranking: b.ranking.map((g) => g.map(back)) }), method).toEqual(sortedGroups(a));
            // fitted values (Bradley–Terry) may differ in the last digits with the summation order
            const scoresBack = Object.fromEntries(Object.entries(b.scores ?? {}).map(([k, v]) => [back(k), v]));
            expect(Object.keys(scoresBack).sort(), method).toEqual(Object.keys(a.scores ?? {}).sort());
            for (const [name, score] of Object.entries(a.scores ?? {})) expect(Math.abs(scoresBack[name] - score), `${method} ${name}`).toBeLessThan(1e-9);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('weights', () => {
  it('a ballot of weight k counts as k copies of it', () => {
    fc.assert(
      fc.property(rawProfile(), ({ n, ballots }) => {
        const ranking = (b: RawBallot) => {
          const groups: string[][] = [];
          levelsOf(b).forEach((l, k) => (groups[l] ??= []).push(`C${b.order[k]}`));
          return groups;
        };
        const weighted = { candidates: names(n), ballots: ballots.map((b) => ({ ranking: ranking(b), weight: b.weight })) };
        const copies = { candidates: names(n), ballots: ballots.flatMap((b) => Array.from({ length: b.weight }, () => ({ ranking: ranking(b) }))) };
        const one = parseBallotJson(JSON.stringify(weighted), 'weighted.json');
        const many = parseBallotJson(JSON.stringify(copies), 'copies.json');
        for (const method of ['borda', 'schulze', 'irv', 'kemeny', 'plurality']) {
          expect(tally(many, { method }), method).toEqual(tally(one, { method }));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('approval counts add up to the approvals cast', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }).chain((n) =>
          fc.tuple(fc.constant(n), fc.array(fc.record({ approve: fc.subarray([...Array(n).keys()]), weight: fc.integer({ min: 1, max: 9 }) }), { maxLength: 40 })),
        ),
        ([n, ballots]) => {
          const builder = new ProfileBuilder(names(n));
          for (const b of ballots) builder.addApproval(b.approve, b.weight);
          const cast = ballots.reduce((sum, b) => sum + b.weight * b.approve.length, 0);
          const result = tally(builder.build(), { method: 'approval' });
          expect(Object.values(result.scores ?? {}).reduce((a, b) => a + b, 0)).toBe(cast);
        },
      ),
    );
  });

  it('stakeholder weights give each group its declared share of the count', () => {
    // group g's voters all approve candidate g alone, so candidate g's count is the group's weight
    fc.assert(
      fc.property(
        fc.array(fc.record({ voters: fc.integer({ min: 1, max: 40 }), share: fc.integer({ min: 1, max: 10 }) }), { minLength: 1, maxLength: 5 }),
        (groups) => {
          const builder = new ProfileBuilder(groups.map((_, g) => `G${g}`));
          groups.forEach((group, g) => builder.addApproval([g], group.voters, builder.groupId(`group${g}`)));
          const weights = { groups: Object.fromEntries(groups.map((group, g) => [`group${g}`, group.share])) };
          const result = tally(builder.build(), { method: 'approval', weights });
          const voters = groups.reduce((a, g) => a + g.voters, 0);
          const shares = groups.reduce((a, g) => a + g.share, 0);
          expect(result.voters).toBe(voters);
          groups.forEach((group, g) => expect(result.scores?.[`G${g}`]).toBeCloseTo((voters * group.share) / shares, 5));
        },
      ),
    );
  });
});
