// Issue 13: the running tallies move in the transaction that stores the ballots, so a server killed
// (SIGKILL) in the middle of a hall's voting comes back with tallies that count exactly what was
// stored — no acknowledged ballot lost, none counted twice, for every method and breakdown — on the
// embedded database and on a PostgreSQL server. The recount reads the ballots table itself.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { methodsFor, profileOf, type StoredBallot } from '../../src/core/consultations/profile';
import { tally } from '../../src/core/tally/tally';
import type { TallyResult } from '../../src/core/tally/types';
import { openDatabase } from '../../src/db/connection';
import { queryRows } from '../../src/db/rows';
import { sql } from 'drizzle-orm';
import { scratchServerDatabase, type ScratchDatabase } from '../helpers/database';
import { START_LIMIT_MS, startServer, type ServerProcess } from '../helpers/server-process';

// Two starts on a shared machine; the limit bounds a hang, it measures nothing.
vi.setConfig({ testTimeout: 3 * START_LIMIT_MS });

const token = 'tally-kill-admin-token-0123456789';
const env = { DOITHOAI_ADMIN_TOKEN: token };
const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
const options = ['a', 'b', 'c', 'd', 'e', 'f'];
const groups = ['dn', 'ng'];
const clusters = ['k1', 'k2'];
const keyed = (keys: string[]) => keys.map((key) => ({ key, title: { vi: key, en: key } }));

async function post(base: string, url: string, body: object = {}) {
  const res = await fetch(`${base}${url}`, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json().catch(() => null) };
}

/** A ranking consultation with invitations in every group × cluster, opened. */
async function openRanking(base: string) {
  const spec = { title: { vi: 'Xếp hạng', en: 'Ranking' }, options: keyed(options), ballot: { type: 'ranking' }, groups: keyed(groups), clusters: keyed(clusters), access: 'invite' };
  const id = (await post(base, '/api/consultations', spec)).body.id as string;
  const lists: string[][] = [];
  for (const group of groups) for (const cluster of clusters) lists.push((await post(base, `/api/consultations/${id}/invitations`, { count: 300, group, cluster })).body.tokens);
  await post(base, `/api/consultations/${id}/open`);
  // voters of every group × cluster take turns, so that each part has ballots when the server is killed
  return { id, tokens: lists[0].flatMap((_, k) => lists.map((list) => list[k])) };
}

// A ranking of some of the options, with ties, drawn from the ballot's number (the same every run).
function rankingOf(n: number): string[][] {
  const order = [...options].sort((x, y) => ((n * 7919 + x.charCodeAt(0) * 104729) % 97) - ((n * 7919 + y.charCodeAt(0) * 104729) % 97));
  const listed = order.slice(0, 2 + (n % 5));
  return listed.reduce<string[][]>((tied, o, k) => (k > 0 && (n + k) % 4 === 0 ? (tied[tied.length - 1].push(o), tied) : [...tied, [o]]), []);
}

/** Votes from eight clients until `enough` ballots are acknowledged, then kills the server mid-load. */
async function voteAndKill(server: ServerProcess, id: string, tokens: string[], enough: number): Promise<string[]> {
  const receipts: string[] = [];
  let next = 0;
  let killed = false;
  const voter = async () => {
    while (!killed && next < tokens.length) {
      const n = next++;
      const res = await fetch(`${server.base}/api/consultations/${id}/ballots`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: tokens[n], ranking: rankingOf(n) }) }).catch(() => null);
      if (res?.status === 201) receipts.push((await res.json()).receipt);
    }
  };
  const voters = Array.from({ length: 8 }, voter);
  while (receipts.length < enough && next < tokens.length) await new Promise((r) => setTimeout(r, 10));
  server.child.kill('SIGKILL');
  killed = true;
  await Promise.all(voters);
  expect(await server.exited).toBeNull();
  return receipts;
}

// What the result says about the options; the API adds presentation (alternatives, withholding).
const figures = (r: TallyResult) => ({ voters: r.voters, winners: r.winners, ranking: r.ranking, scores: r.scores });

describe.each(['embedded', 'postgres'] as const)('running tallies after SIGKILL on the %s database', (kind) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'doithoai-tally-kill-'));
  let scratch: ScratchDatabase | undefined;
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await scratch?.drop();
  });

  it('count after restart exactly what was stored, and every acknowledged ballot is stored', async () => {
    if (kind === 'postgres') scratch = await scratchServerDatabase();
    const start = () => (scratch ? startServer([], { ...env, DATABASE_URL: scratch.url }) : startServer(['--data', dir], env));
    const first = await start();
    const { id, tokens } = await openRanking(first.base);
    const acknowledged = await voteAndKill(first, id, tokens, 300);

    const second = await start();
    const served: Record<string, TallyResult> = {};
    try {
      const list = await fetch(`${second.base}/api/consultations/${id}/ballots.csv`, { headers }).then((r) => r.text());
      expect(acknowledged.filter((r) => !list.includes(r))).toEqual([]);
      for (const method of [methodsFor.ranking.default, ...methodsFor.ranking.others]) {
        for (const by of ['group', 'cluster']) served[`${method}/${by}`] = await fetch(`${second.base}/api/consultations/${id}/results?method=${method}&by=${by}`, { headers }).then((r) => r.json());
      }
    } finally {
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    }

    // The recount, from the ballots table itself, once the server has stopped.
    const database = await openDatabase(scratch ? { databaseUrl: scratch.url } : { dataDir: dir });
    const read = async () => ({
      stored: await queryRows<StoredBallot>(database.db, sql`select choice, "group", cluster from ballots where consultation_id = ${id}`),
      // the results above came from the tallies kept while voting, not from a recount at restart
      kept: await queryRows<{ version: number; ballots: string }>(database.db, sql`select c.tally_version as version, (select sum(ballots)::text from ballot_tallies t where t.consultation_id = c.id) as ballots from consultations c where c.id = ${id}`),
    });
    const { stored, kept } = await read().finally(() => database.close());
    expect(kept).toEqual([{ version: 1, ballots: String(stored.length) }]);
    expect(stored.length).toBeGreaterThanOrEqual(acknowledged.length);
    const profile = profileOf(options, stored, { groups, clusters });
    for (const [key, result] of Object.entries(served)) {
      const [method, by] = key.split('/') as [string, 'group' | 'cluster'];
      const recount = tally(profile, { method, breakdown: [by] });
      expect(figures(result), key).toEqual(figures(recount));
      const partsOf = (r: TallyResult) => (by === 'group' ? r.byGroup : r.byCluster) as Record<string, TallyResult>;
      for (const [part, counted] of Object.entries(partsOf(recount))) expect(figures(partsOf(result)[part]), `${key} ${part}`).toEqual(figures(counted));
    }
  });
});
