// Results of a 1,000,000-ballot consultation on a PostgreSQL server, counted from the running tallies
// kept as ballots are stored (issue 13): approval 3 of 12, and rankings of 10 options. The ballots go
// in by bulk insert, marked as not tallied, so that the first count recounts them once — the path an
// upgraded database takes — and the uncached computations after it read only the tallies.
// Goal: < 50 ms per uncached computation. Run alone with `node --import tsx bench/stored-tally.bench.ts`.
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../src/db/connection';
import { migrateDatabase } from '../src/db/migrate';
import { queryRows } from '../src/db/rows';
import type { BallotSpec, StoredChoice } from '../src/core/consultations/spec';
import { consultationResults } from '../src/modules/consultations/results.service';
import { consultationOptions, consultations } from '../src/modules/consultations/consultation.table';
import { findPostgresBin, startPostgres } from '../test/setup/postgres-server';
import { approvalBallots, rankedBallots, type RawBallots } from './tally.bench';

const BALLOTS = 1_000_000;
const CHUNK = 20_000;
const clusters = ['k1', 'k2', 'k3'];
const keyed = (keys: string[]) => keys.map((key) => ({ key, title: { vi: key, en: key } }));
const ms = (from: number) => performance.now() - from;

async function seed(database: Database, spec: BallotSpec, raw: RawBallots): Promise<{ id: string; keys: string[] }> {
  const id = randomUUID();
  const keys = Array.from({ length: raw.candidates }, (_, c) => `o${c + 1}`);
  await database.db.insert(consultations).values({ id, title: { vi: 'Đo', en: 'Bench' }, ballot: spec, groups: [], clusters: keyed(clusters), access: 'invite', status: 'closed', tallyVersion: 0, ballotCount: raw.count });
  await database.db.insert(consultationOptions).values(keys.map((key, position) => ({ consultationId: id, key, position, title: { vi: key, en: key } })));
  for (let from = 0; from < raw.count; from += CHUNK) {
    const choices: string[] = [];
    const cells: string[] = [];
    for (let b = from; b < Math.min(raw.count, from + CHUNK); b++) {
      const listed = Array.from(raw.items.subarray(raw.start[b], raw.start[b + 1]), (c) => keys[c]);
      const choice: StoredChoice = spec.type === 'approval' ? { approve: listed } : { ranking: listed.map((k) => [k]) };
      choices.push(JSON.stringify(choice));
      cells.push(clusters[b % clusters.length]);
    }
    await database.db.execute(sql`insert into ballots (consultation_id, choice, cluster) select ${id}::uuid, c::jsonb, k from unnest(${sql.param(choices)}::text[], ${sql.param(cells)}::text[]) as u(c, k)`);
  }
  return { id, keys };
}

async function measure(database: Database, label: string, spec: BallotSpec, raw: RawBallots, methods: string[]) {
  let from = performance.now();
  const { id, keys } = await seed(database, spec, raw);
  console.log(`\n${label}: ${raw.count.toLocaleString('en')} ballots inserted in ${(ms(from) / 1000).toFixed(1)} s`);
  const [c] = await database.db.select().from(consultations).where(sql`${consultations.id} = ${id}`);
  const options = keys.map((key, position) => ({ key, position, title: { vi: key, en: key } }));
  from = performance.now();
  await consultationResults(database.db, c, options as never, { method: methods[0] });
  console.log(`  first count, recounting every ballot into the tallies once (an upgraded database): ${(ms(from) / 1000).toFixed(1)} s`);
  const [{ rankings }] = await queryRows<{ rankings: number }>(database.db, sql`select count(*)::int as rankings from ballot_rankings where consultation_id = ${id}`);
  if (rankings) console.log(`  ${rankings.toLocaleString('en')} distinct rankings kept (IRV and STV read them)`);
  const worst: Record<string, number> = {};
  for (const method of methods) {
    for (const by of [undefined, 'cluster'] as const) {
      const times: number[] = [];
      // IRV reads every distinct ranking (hundreds of thousands here): two runs are enough to see it
      const runs = method === 'irv' ? 2 : 5;
      for (let run = 0; run < runs; run++) {
        from = performance.now();
        await consultationResults(database.db, c, options as never, { method, by });
        times.push(ms(from));
      }
      times.sort((a, b) => a - b);
      const name = `${method}${by ? ' by cluster' : ''}`;
      worst[name] = times[runs - 1];
      console.log(`  ${name.padEnd(28)} median ${times[runs >> 1].toFixed(1).padStart(7)} ms   slowest of ${runs} ${times[runs - 1].toFixed(1).padStart(7)} ms`);
    }
  }
  return worst;
}

export async function benchStoredTally(): Promise<void> {
  console.log(`\nresults of ${BALLOTS.toLocaleString('en')}-ballot consultations from running tallies, PostgreSQL server, uncached`);
  const bin = findPostgresBin();
  if (!bin) return console.log('PostgreSQL server binaries not found: these figures are missing from this run.');
  const server = await startPostgres(bin);
  const database = await openDatabase({ databaseUrl: server.url });
  try {
    await migrateDatabase(database);
    const approval = await measure(database, 'approval, 3 of 12', { type: 'approval', min: 3, max: 3 }, approvalBallots(BALLOTS, 2024), ['approval']);
    const ranking = await measure(database, 'ranking of 10', { type: 'ranking' }, rankedBallots(BALLOTS, 2025), ['schulze', 'borda', 'plurality', 'irv']);
    console.log('Goal: < 50 ms per uncached computation (slowest run):');
    for (const [name, worst] of Object.entries({ ...Object.fromEntries(Object.entries(approval).map(([k, v]) => [`approval: ${k}`, v])), ...Object.fromEntries(Object.entries(ranking).map(([k, v]) => [`ranking: ${k}`, v])) })) {
      console.log(`  ${worst < 50 ? 'met   ' : 'MISSED'} ${name}: ${worst.toFixed(1)} ms`);
    }
  } finally {
    await database.close();
    server.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchStoredTally();
