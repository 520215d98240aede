// A consultation's running tallies, kept per group × cluster cell as stored ballots arrive (some
// options approved after the first ballots), count as its stored ballots counted whole do, for
// every method the consultation offers, with breakdowns and group weights.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TallyCell } from '../tally/cells';
import { emptyTally } from '../tally/running';
import { countCells, tally } from '../tally/tally';
import { consultationParts, methodsFor, profileOf, type StoredBallot } from './profile';
import { addChoice } from './running-tally';
import { ballotTypes, type BallotType, type StoredChoice } from './spec';

const options = ['a', 'b', 'c', 'd', 'e'];
const groups = ['dân', 'cán bộ'];
const clusters = ['xã 1'];

const someOptions = fc.shuffledSubarray(options, { minLength: 1 });
const choiceOf: Record<BallotType, fc.Arbitrary<StoredChoice>> = {
  approval: someOptions.map((approve) => ({ approve })),
  ranking: fc.tuple(someOptions, fc.array(fc.boolean(), { minLength: 5, maxLength: 5 })).map(([order, tie]) => ({
    ranking: order.reduce<string[][]>((groups, key, k) => (k > 0 && tie[k] ? groups[groups.length - 1].push(key) : groups.push([key]), groups), []),
  })),
  score: fc.dictionary(fc.constantFrom(...options), fc.integer({ min: 0, max: 5 }), { minKeys: 1 }).map((scores) => ({ scores })),
  budget: fc.dictionary(fc.constantFrom(...options), fc.integer({ min: 0, max: 10 }), { minKeys: 1 }).map((scores) => ({ scores })),
  pairwise: fc.array(fc.shuffledSubarray(options, { minLength: 2, maxLength: 2 }) as fc.Arbitrary<[string, string]>, { minLength: 1, maxLength: 4 }).map((pairs) => ({ pairs, skipped: [] })),
};

const storedBallots = (type: BallotType) =>
  fc.array(
    fc.record({ choice: choiceOf[type], group: fc.constantFrom(null, ...groups), cluster: fc.constantFrom(null, ...clusters) }),
    { minLength: 1, maxLength: 30 },
  );

function runningCells(type: BallotType, stored: StoredBallot[], knownAtStart: number): TallyCell[] {
  const cells = new Map<string, TallyCell>();
  for (const { choice, group, cluster } of stored) {
    const key = JSON.stringify([group, cluster]);
    const cell = cells.get(key) ?? { group, cluster, tally: emptyTally(options.slice(0, knownAtStart), consultationParts(type)) };
    cells.set(key, { ...cell, tally: addChoice(cell.tally, choice) });
  }
  return [...cells.values()];
}

const outcome = (count: () => unknown) => {
  try {
    return count();
  } catch (err) {
    return { error: (err as Error).message };
  }
};

describe('a consultation’s running tallies', () => {
  for (const type of ballotTypes) {
    it(`count ${type} ballots as the stored ballots counted whole`, () => {
      const methods = [methodsFor[type].default, ...methodsFor[type].others];
      fc.assert(
        fc.property(storedBallots(type), fc.integer({ min: 0, max: 5 }), fc.constantFrom(...methods), fc.subarray(['group', 'cluster'] as const), fc.boolean(), (stored, known, method, breakdown, weighted) => {
          const declared = { groups, clusters };
          const options_ = { method, breakdown, ...(weighted ? { weights: { groups: { dân: 2, 'cán bộ': 1 } } } : {}) };
          const whole = outcome(() => tally(profileOf(options, stored, declared), options_));
          const frame = { candidates: options, ...declared };
          expect(outcome(() => countCells(runningCells(type, stored, known), frame, options_))).toEqual(whole);
        }),
        { numRuns: 60 },
      );
    });
  }
});
