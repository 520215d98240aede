// Running tallies: ballots added in batches, each batch over its own list of options (in any
// order, some options joining later), merged in any order, count exactly as the same ballots
// counted whole — every method, stakeholder weights and breakdowns included. The whole count is
// checked against published cases in reference.test.ts, methods.test.ts and schulze.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BallotKind } from '../ballots/profile';
import { ProfileBuilder } from '../ballots/profile.builder';
import { partsFor, type TallyCell } from './cells';
import { addBallot, emptyTally, type RunningTally, type TallyBallot } from './running';
import { mergeTallies } from './running.merge';
import { countCells, tally } from './tally';
import { methodNames, type TallyOptions } from './types';

const groups = ['citizens', 'officials'];
const clusters = ['north', 'south'];

interface Raw {
  kind: BallotKind;
  order: number[];
  tie: boolean[];
  values: number[];
  weight: number;
  group: number;
  cluster: number;
  batch: number;
}

const rawBallot = (n: number, kinds: BallotKind[], batches: number) =>
  fc.record({
    kind: fc.constantFrom(...kinds),
    order: fc.shuffledSubarray([...Array(n).keys()], { minLength: 0, maxLength: n }),
    tie: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
    values: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: n, maxLength: n }),
    weight: fc.integer({ min: 1, max: 3 }),
    group: fc.integer({ min: -1, max: groups.length - 1 }),
    cluster: fc.integer({ min: -1, max: clusters.length - 1 }),
    batch: fc.integer({ min: 0, max: batches - 1 }),
  });

const allKinds = [BallotKind.ranking, BallotKind.approval, BallotKind.scores, BallotKind.pair];

const scenario = fc.record({ n: fc.integer({ min: 1, max: 6 }), batches: fc.integer({ min: 1, max: 4 }) }).chain(({ n, batches }) =>
  fc.record({
    n: fc.constant(n),
    ballots: fc
      .oneof(fc.constantFrom(...allKinds).map((k) => [k]), fc.subarray(allKinds, { minLength: 1 }))
      .chain((kinds) => fc.array(rawBallot(n, kinds, batches) as fc.Arbitrary<Raw>, { maxLength: 25 })),
    // the order batches are merged in, and each batch's own order of the options it knows
    mergeOrder: fc.shuffledSubarray([...Array(batches).keys()], { minLength: batches, maxLength: batches }),
    optionOrders: fc.array(fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }), { minLength: batches, maxLength: batches }),
    method: fc.constantFrom(...methodNames),
    seats: fc.integer({ min: 1, max: n }),
    weights: fc.option(fc.tuple(fc.constantFrom(0, 1, 2, 5), fc.constantFrom(1, 3))),
    breakdown: fc.subarray(['group', 'cluster'] as const),
  }),
);

const names = (n: number) => Array.from({ length: n }, (_, c) => `option ${c}`);

/** The ballot as the profile would hold it, over option indices given by `index`. */
function ballotOf(b: Raw, index: (c: number) => number): TallyBallot {
  if (b.kind === BallotKind.pair) return { kind: b.kind, items: b.order.slice(0, 2).map(index), levels: [0, 1] };
  const order = b.kind === BallotKind.scores ? [...b.order].sort((x, y) => b.values[y] - b.values[x]) : b.order;
  const levels: number[] = [];
  order.forEach((c, k) => {
    const tied = b.kind === BallotKind.approval || (b.kind === BallotKind.scores ? b.values[c] === b.values[order[k - 1]] : b.tie[k]);
    levels.push(k === 0 ? 0 : levels[k - 1] + (tied ? 0 : 1));
  });
  return { kind: b.kind, items: order.map(index), levels, values: order.map((c) => b.values[c]) };
}

const usable = (b: Raw) => b.kind !== BallotKind.pair || b.order.length >= 2;

function wholeProfile(n: number, ballots: Raw[]) {
  const builder = new ProfileBuilder(names(n));
  groups.forEach((g) => builder.groupId(g));
  clusters.forEach((k) => builder.clusterId(k));
  for (const b of ballots.filter(usable)) {
    const { kind, items, levels, values } = ballotOf(b, (c) => c);
    if (kind === BallotKind.pair) builder.addPair(items[0], items[1], b.weight, b.group, b.cluster);
    else if (kind === BallotKind.approval) builder.addApproval(items, b.weight, b.group, b.cluster);
    else if (kind === BallotKind.scores) builder.addScores(items, values!, b.weight, b.group, b.cluster);
    else builder.addRanking(items, levels, b.weight, b.group, b.cluster);
  }
  return builder.build();
}

// Each batch is tallied per group × cluster cell over the options its ballots name, in the
// batch's own order; batches are then merged into the running cells in the given order.
function runningCells(n: number, ballots: Raw[], mergeOrder: number[], optionOrders: number[][]): TallyCell[] {
  const parts = partsFor(methodNames);
  const running = new Map<string, TallyCell>();
  for (const batch of mergeOrder) {
    const mine = ballots.filter((b) => b.batch === batch && usable(b));
    const named = new Set(mine.flatMap((b) => (b.kind === BallotKind.pair ? b.order.slice(0, 2) : b.order)));
    const known = optionOrders[batch].filter((c, k) => named.has(c) || k % 2 === 0);
    const cells = new Map<string, RunningTally>();
    for (const b of mine) {
      const key = `${b.group}/${b.cluster}`;
      const tally = cells.get(key) ?? emptyTally(known.map((c) => names(n)[c]), parts);
      cells.set(key, addBallot(tally, ballotOf(b, (c) => known.indexOf(c)), b.weight));
    }
    for (const [key, tally] of cells) {
      const [g, k] = key.split('/').map(Number);
      const before = running.get(key);
      running.set(key, { group: groups[g] ?? null, cluster: clusters[k] ?? null, tally: before ? mergeTallies(before.tally, tally) : tally });
    }
  }
  return [...running.values()];
}

const outcome = (count: () => unknown) => {
  try {
    return count();
  } catch (err) {
    return { error: (err as Error).message };
  }
};

describe('running tallies', () => {
  it('count as the whole ballots do, for every method, whatever the batches, their options and merge order', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const options: TallyOptions = { method: s.method, seats: s.seats, breakdown: s.breakdown };
        if (s.weights) options.weights = { groups: { citizens: s.weights[0], officials: s.weights[1] } };
        const whole = outcome(() => tally(wholeProfile(s.n, s.ballots), options));
        const cells = runningCells(s.n, s.ballots, s.mergeOrder, s.optionOrders);
        const frame = { candidates: names(s.n), groups, clusters };
        expect(outcome(() => countCells(cells, frame, options))).toEqual(whole);
      }),
      { numRuns: 400 },
    );
  });

  it('keep whole numbers when every ballot weighs 1', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const cells = runningCells(s.n, s.ballots.map((b) => ({ ...b, weight: 1 })), s.mergeOrder, s.optionOrders);
        const numbers = cells.map(({ tally }) => JSON.stringify(tally));
        expect(numbers.join(' ')).not.toMatch(/\d\.\d/);
      }),
      { numRuns: 200 },
    );
  });
});
