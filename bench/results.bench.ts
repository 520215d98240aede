// Results at hall scale (issue 13), on PGlite and on a PostgreSQL server (fsync on): a published
// 30,000-ballot approval consultation and a 30,000-ballot ranking of ten options, seeded through the
// ballot writer; `/r/{id}` and the results API under 64 clients (wrk) beside `/health` measured in the
// same run — goal ≥ 0.5× the /health rate, p99 < 200 ms, 0 errors —; then the hall burst and 1,000
// live-result streams (results.hall.ts). Run alone with `node --import tsx bench/results.bench.ts`.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import type { OpenOptions } from '../src/db/connection';
import { startServer } from '../test/helpers/server-process';
import { findPostgresBin, startPostgres } from '../test/setup/postgres-server';
import { hallBurst, liveStreams } from './results.hall';
import { adminHeaders, adminToken, seconds, seedConsultation } from './results.seed';

const CLIENTS = 64;
const SECONDS = 6;
const BALLOTS = 30_000;

type Load = { rate: number; p99: number; errors: number };

/** wrk (Debian's package): a C client, so that the load generator is not what is measured. */
function wrk(url: string): Load {
  const out = execFileSync('wrk', ['-t1', `-c${CLIENTS}`, `-d${SECONDS}s`, '--latency', url], { encoding: 'utf8' });
  const pick = (re: RegExp) => re.exec(out)?.[1];
  const p99 = pick(/ 99%\s+([\d.]+\w+)/) ?? '0ms';
  const ms = Number.parseFloat(p99) * (p99.endsWith('us') ? 0.001 : p99.endsWith('ms') ? 1 : p99.endsWith('s') ? 1000 : 60_000);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out)?.slice(1).reduce((s, n) => s + Number(n), 0) ?? 0;
  return { rate: Number(pick(/Requests\/sec:\s+([\d.]+)/)), p99: ms, errors: Number(pick(/Non-2xx or 3xx responses: (\d+)/) ?? 0) + socket };
}

function report(label: string, l: Load, health?: Load) {
  const ratio = health ? l.rate / health.rate : 1;
  const met = !health || (ratio >= 0.5 && l.p99 < 200 && l.errors === 0);
  const versus = health ? `  ${ratio.toFixed(2)}× /health  ${met ? 'goal met' : 'GOAL NOT MET'}` : '';
  console.log(`  ${label.padEnd(34)} ${l.rate.toFixed(0).padStart(7)}/s   p99 ${l.p99.toFixed(1).padStart(7)} ms   errors ${l.errors}${versus}`);
}

/** Publishes through the API, which counts the results and renders the page at publication. */
async function publish(base: string, id: string) {
  const started = performance.now();
  const res = await fetch(`${base}/api/consultations/${id}/publish`, { method: 'POST', headers: adminHeaders });
  if (!res.ok) throw new Error(`publish failed: ${await res.text()}`);
  console.log(`  published ${id.slice(0, 8)} (results counted and page rendered at publication) in ${seconds(started)}`);
}

/**
 * Publishing a ranking starts its stability draws in the background (their ballots are read first,
 * which on PGlite holds the server's thread): wait until /health answers 20 times in a row within
 * 20 ms, at most a minute, so that the figures measure serving results and not the draws.
 */
async function settle(base: string) {
  const started = performance.now();
  let quick = 0;
  while (quick < 20 && performance.now() - started < 60_000) {
    const asked = performance.now();
    await fetch(`${base}/health`).then((r) => r.arrayBuffer());
    quick = performance.now() - asked < 20 ? quick + 1 : 0;
    await sleep(50);
  }
  console.log(`  waited ${seconds(started)} for the background work of publication to end`);
}

async function seedAll(where: OpenOptions) {
  const started = performance.now();
  const ids = { approval: await seedConsultation(where, 'approval', BALLOTS), ranking: await seedConsultation(where, 'ranking', BALLOTS), hall: await seedConsultation(where, 'approval', 0, true) };
  console.log(`  seeded 2 × ${BALLOTS.toLocaleString('en')} ballots through the ballot writer in ${seconds(started)}`);
  return ids;
}

async function benchOn(label: string, where: OpenOptions, args: string[], env: Record<string, string>) {
  console.log(`\n${label}`);
  const ids = await seedAll(where);
  const server = await startServer(args, { DOITHOAI_ADMIN_TOKEN: adminToken, LOG_LEVEL: 'warn', DOITHOAI_LIVE_STREAMS_PER_ADDRESS: '2000', ...env });
  try {
    for (const id of [ids.approval, ids.ranking]) await publish(server.base, id);
    await settle(server.base);
    const started = performance.now();
    // /health is measured before and after the results, and the faster run is the baseline.
    const before = wrk(`${server.base}/health`);
    const runs = [ids.approval, ids.ranking].flatMap((id, i) => {
      const name = i ? 'ranking' : 'approval';
      return [[`GET /r/{id} (${name})`, wrk(`${server.base}/r/${id}`)], [`GET results API (${name})`, wrk(`${server.base}/api/consultations/${id}/results`)]] as const;
    });
    const after = wrk(`${server.base}/health`);
    const health = before.rate >= after.rate ? before : after;
    report('GET /health (before)', before);
    report('GET /health (after)', after);
    for (const [label, load] of runs) report(label, load, health);
    console.log(`  (load runs took ${seconds(started)})`);
    await hallBurst(server.base, ids.hall, ids.approval);
    await liveStreams(server.base, ids.hall);
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
  }
}

export async function benchResults(): Promise<void> {
  console.log(`\nresults benchmark — ${CLIENTS} connections (wrk), ${SECONDS} s each; server and load generator share this machine's cores`);
  if (spawnSync('which', ['wrk']).status !== 0) return console.log('wrk is not installed (apt-get install -y wrk): the results figures are missing from this run.');
  // BENCH_DATABASES=postgres (or pglite) runs one of the two.
  const on = (kind: string) => (process.env.BENCH_DATABASES ?? 'pglite,postgres').split(',').includes(kind);
  const dir = mkdtempSync(path.join(tmpdir(), 'doithoai-results-'));
  try {
    if (on('pglite')) await benchOn('PGlite', { dataDir: dir }, ['--data', dir], {});
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (!on('postgres')) return;
  const bin = findPostgresBin();
  if (!bin) return console.log('PostgreSQL server binaries not found: the PostgreSQL figures are missing from this run.');
  const pg = await startPostgres(bin, { durable: true });
  try {
    await benchOn('PostgreSQL', { databaseUrl: pg.url }, [], { DATABASE_URL: pg.url });
  } finally {
    pg.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchResults();
