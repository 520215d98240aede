// The running tallies kept in the ballot-writing transaction (issue 13) against a full recount of the
// stored ballots, on both databases: random ballots of every type, in random batches through the
// online writer and as paper batches, some of each rolled back by a failure after the tallies were
// written — for every method a consultation of that type offers, overall, by group and by cluster,
// with and without stakeholder weights, the count from the tallies is the count of the ballots.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methodsFor, profileOf } from '../../src/core/consultations/profile';
import type { BallotType, StoredChoice } from '../../src/core/consultations/spec';
import { countCells, methodOf, tally } from '../../src/core/tally/tally';
import type { TallyOptions } from '../../src/core/tally/types';
import type { Database } from '../../src/db/connection';
import type { TwoStep } from '../../src/db/two-step';
import { BallotWriter, writeBallotsWithin } from '../../src/modules/consultations/ballot.writer';
import { consultationOptions, consultations, invitations } from '../../src/modules/consultations/consultation.table';
import { loadStoredBallots, loadStoredBallotsPaged } from '../../src/modules/consultations/results.service';
import { storedTallies } from '../../src/modules/consultations/tally.store';
import { openTestDatabase, storageKinds } from '../helpers/database';

const options = ['a', 'b', 'c', 'd', 'e'];
const groups = ['dn', 'ng'];
const clusters = ['k1', 'k2', 'k3'];
const types: BallotType[] = ['approval', 'ranking', 'score', 'budget', 'pairwise'];

const someOptions = (min: number) => fc.shuffledSubarray(options, { minLength: min, maxLength: options.length });
const choiceOf: Record<BallotType, fc.Arbitrary<StoredChoice>> = {
  approval: someOptions(1).map((approve) => ({ approve })),
  // a ranking with ties: consecutive options cut into tie groups
  ranking: fc.tuple(someOptions(1), fc.array(fc.boolean(), { minLength: 5, maxLength: 5 })).map(([listed, cuts]) => ({
    ranking: listed.reduce<string[][]>((groups, o, k) => (k > 0 && !cuts[k] ? (groups[groups.length - 1].push(o), groups) : [...groups, [o]]), []),
  })),
  score: fc.tuple(someOptions(1), fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 5, maxLength: 5 })).map(([keys, s]) => ({ scores: Object.fromEntries(keys.map((k, i) => [k, s[i]])) })),
  budget: fc.tuple(someOptions(1), fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 5, maxLength: 5 })).map(([keys, s]) => ({ scores: Object.fromEntries(keys.map((k, i) => [k, s[i]])) })),
  pairwise: fc.array(someOptions(2).map((o) => [o[0], o[1]] as [string, string]), { minLength: 1, maxLength: 4 }).map((pairs) => ({ pairs, skipped: [] })),
};

const place = fc.record({ group: fc.constantFrom(null, ...groups), cluster: fc.constantFrom(null, ...clusters) });
const batchOf = (type: BallotType) =>
  fc.record({
    paper: fc.boolean(),
    fails: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
    ballots: fc.array(fc.record({ choice: choiceOf[type], place }), { minLength: 1, maxLength: 12 }),
  });

describe.each(storageKinds)('running tallies on %s', (kind) => {
  let database: Database;
  let failNext = false;
  // The online writer's transaction, failing after its tallies were written when the test says so.
  const twoStep: TwoStep = (read, write) => database.twoStep(read, (rows) => {
    const script = write(rows);
    return script !== null && failNext ? `${script};\nselect 1 / 0` : script;
  });
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(() => database?.close());

  async function openConsultation(type: BallotType): Promise<string> {
    const id = randomUUID();
    const ballot = type === 'budget' ? { type, points: 10 } : { type };
    const keyed = (keys: string[]) => keys.map((key) => ({ key, title: { vi: key, en: key } }));
    await database.db.insert(consultations).values({ id, title: { vi: 't', en: 't' }, ballot, groups: keyed(groups), clusters: keyed(clusters), access: 'invite', status: 'open' });
    await database.db.insert(consultationOptions).values(options.map((key, position) => ({ consultationId: id, key, position, title: { vi: key, en: key } })));
    return id;
  }

  async function cast(id: string, batch: { paper: boolean; fails: boolean; ballots: { choice: StoredChoice; place: { group: string | null; cluster: string | null } }[] }) {
    if (batch.paper) {
      // A paper batch commits with its ballots, or not at all.
      const write = database.db.transaction(async (tx) => {
        for (const { choice, place } of batch.ballots) await writeBallotsWithin(tx, id, [{ tokenHash: null, choice, paper: place }]);
        if (batch.fails) throw new Error('simulated failure');
      });
      return batch.fails ? expect(write).rejects.toThrow('simulated failure') : write;
    }
    const tokens = batch.ballots.map(() => randomUUID());
    await database.db.insert(invitations).values(batch.ballots.map((b, i) => ({ consultationId: id, tokenHash: tokens[i], ...b.place })));
    const writer = new BallotWriter(database.db, twoStep);
    failNext = batch.fails;
    const settled = await Promise.allSettled(batch.ballots.map((b, i) => writer.submit(id, tokens[i], b.choice)));
    failNext = false;
    expect(settled.map((s) => s.status)).toEqual(batch.ballots.map(() => (batch.fails ? 'rejected' : 'fulfilled')));
  }

  // Fractional shares summed in different orders may differ in the last bits; a millionth is far below any figure shown.
  const rounded = (value: unknown): unknown =>
    typeof value === 'number' ? Math.round(value * 1e6) / 1e6 : Array.isArray(value) ? value.map(rounded) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)])) : value;
  const outcome = (count: () => unknown) => {
    try {
      return rounded(count());
    } catch (err) {
      return { error: (err as Error).message };
    }
  };

  async function expectRecount(id: string, type: BallotType) {
    const stored = await loadStoredBallots(database.db, id);
    const profile = profileOf(options, stored, { groups, clusters });
    const frame = { candidates: options, groups, clusters };
    for (const method of [methodsFor[type].default, ...methodsFor[type].others]) {
      const cells = await storedTallies(database.db, id, options, methodOf(method));
      expect(cells.reduce((sum, cell) => sum + cell.ballots, 0)).toBe(stored.length);
      for (const weights of [undefined, { groups: { dn: 0.7, ng: 0.3 } }]) {
        const query: TallyOptions = { method, weights, breakdown: ['group', 'cluster'], seats: 2 };
        expect(outcome(() => countCells(cells, frame, query)), `${type} ${method} ${weights ? 'weighted' : ''}`).toEqual(outcome(() => tally(profile, query)));
      }
    }
  }

  for (const type of types) {
    it(`keeps ${type} tallies equal to a recount of the stored ballots, whatever the batches and failures`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(batchOf(type), { minLength: 1, maxLength: 5 }), async (batches) => {
          const id = await openConsultation(type);
          for (const batch of batches) await cast(id, batch);
          await expectRecount(id, type);
        }),
        { numRuns: kind === 'postgres' ? 12 : 8 },
      );
    }, 240_000);
  }

  it('reads the stored ballots page by page for the stability draws, every one once, in the published order', async () => {
    const id = await openConsultation('ranking');
    const ballots = fc.sample(fc.record({ choice: choiceOf.ranking, place }), { numRuns: 23, seed: 13 });
    await cast(id, { paper: true, fails: false, ballots });
    const whole = await loadStoredBallots(database.db, id);
    expect(whole).toHaveLength(23);
    for (const size of [1, 5, 23, 100]) expect(await loadStoredBallotsPaged(database.db, id, size)).toEqual(whole);
  });
});
