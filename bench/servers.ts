// Where the load benchmarks run: the server as its own process, on PGlite and on a PostgreSQL server with
// fsync on (BENCH_DATABASES=pglite,postgres chooses; both by default), and /health's rate on it — the
// baseline every figure of a run stands beside.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer } from '../test/helpers/server-process';
import { findPostgresBin, startPostgres } from '../test/setup/postgres-server';
import { agent } from './load';
import { adminToken } from './results.seed';

/** /health's rate (wrk, 64 connections, 5 s). */
export function healthBaseline(base: string): number {
  const out = execFileSync('wrk', ['-t1', '-c64', '-d5s', `${base}/health`], { encoding: 'utf8' });
  return Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
}

async function serveAndLoad(label: string, args: string[], env: Record<string, string>, load: (base: string) => Promise<void>) {
  console.log(`\n${label}`);
  const server = await startServer(args, { DOITHOAI_ADMIN_TOKEN: adminToken, LOG_LEVEL: 'warn', ...env });
  try {
    await load(server.base);
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
  }
}

/** Runs `load` against a fresh server on each database; `what` names the figures a missing tool leaves out. */
export async function onEachDatabase(what: string, env: Record<string, string>, load: (base: string) => Promise<void>): Promise<void> {
  if (spawnSync('which', ['wrk']).status !== 0) return console.log(`wrk is not installed (apt-get install -y wrk): the ${what} figures are missing from this run.`);
  const on = (kind: string) => (process.env.BENCH_DATABASES ?? 'pglite,postgres').split(',').includes(kind);
  const dir = mkdtempSync(path.join(tmpdir(), `doithoai-${what}-`));
  try {
    if (on('pglite')) await serveAndLoad('PGlite', ['--data', dir], env, load);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const bin = on('postgres') ? findPostgresBin() : undefined;
  if (on('postgres') && !bin) return console.log(`PostgreSQL server binaries not found: the PostgreSQL ${what} figures are missing from this run.`);
  if (bin) {
    const pg = await startPostgres(bin, { durable: true });
    try {
      await serveAndLoad('PostgreSQL', [], { ...env, DATABASE_URL: pg.url }, load);
    } finally {
      pg.stop();
    }
  }
  agent.destroy();
}
