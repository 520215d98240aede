// Ballots per second over HTTP: 64 concurrent clients, each ballot acknowledged only once durable,
// against the real server process on PGlite and on a PostgreSQL server (fsync on). Beside them, in
// the same run: the server's /health rate (HTTP without the database) and PostgreSQL's own
// single-row insert rate on the same machine (pgbench, 64 clients), the ceiling without batching.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer } from '../test/helpers/server-process';
import { findPostgresBin, startPostgres } from '../test/setup/postgres-server';

const CLIENTS = 64;
const SECONDS = 8;
const token = 'bench-admin-token-0123456789abcdef';
const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
const options = Array.from({ length: 12 }, (_, i) => ({ key: `k${i + 1}`, title: { vi: `Khuyến nghị ${i + 1}`, en: `Recommendation ${i + 1}` } }));

type Load = { rate: number; p50: string; p99: string; failed: number };

/** Load from wrk (Debian's package): a C client, so that the load generator is not what is measured. */
function wrk(url: string, seconds: number, script?: string): Load {
  const args = ['-t1', `-c${CLIENTS}`, `-d${seconds}s`, '--latency', ...(script ? ['-s', script] : []), url];
  const out = execFileSync('wrk', args, { encoding: 'utf8' });
  const pick = (re: RegExp) => re.exec(out)?.[1] ?? '?';
  return { rate: Number(pick(/Requests\/sec:\s+([\d.]+)/)), p50: pick(/ 50%\s+(\S+)/), p99: pick(/ 99%\s+(\S+)/), failed: Number(pick(/Non-2xx or 3xx responses: (\d+)/).replace('?', '0')) };
}

const line = (label: string, l: Load) =>
  console.log(`${label.padEnd(38)} ${l.rate.toFixed(0).padStart(8)}/s   p50 ${l.p50.padStart(8)}   p99 ${l.p99.padStart(8)}   non-2xx ${l.failed}`);

function ballotScript(dir: string, tokens: string[], consultationId: string): string {
  const tokenFile = path.join(dir, 'tokens.txt');
  writeFileSync(tokenFile, tokens.join('\n'));
  const script = path.join(dir, 'ballot.lua');
  writeFileSync(
    script,
    `local tokens = {}
for line in io.lines("${tokenFile}") do tokens[#tokens + 1] = line end
local i = 0
request = function()
  i = i + 1
  local picks = { '"k' .. (i % 12 + 1) .. '"', '"k' .. ((i + 5) % 12 + 1) .. '"', '"k' .. ((i + 7) % 12 + 1) .. '"' }
  local body = '{"token":"' .. tokens[i] .. '","approve":[' .. table.concat(picks, ",") .. ']}'
  return wrk.format("POST", "/api/consultations/${consultationId}/ballots", { ["content-type"] = "application/json" }, body)
end
`,
  );
  return script;
}

async function benchServer(label: string, args: string[], env: Record<string, string>, tokensWanted: number) {
  const server = await startServer(args, { DOITHOAI_ADMIN_TOKEN: token, LOG_LEVEL: 'warn', ...env });
  try {
    const created = await fetch(`${server.base}/api/consultations`, {
      method: 'POST', headers,
      body: JSON.stringify({ title: { vi: 'Đo tốc độ', en: 'Benchmark' }, options, ballot: { type: 'approval', min: 3, max: 3 }, access: 'invite' }),
    }).then((r) => r.json());
    const tokens: string[] = [];
    while (tokens.length < tokensWanted) {
      const res = await fetch(`${server.base}/api/consultations/${created.id}/invitations`, { method: 'POST', headers, body: JSON.stringify({ count: 5000 }) }).then((r) => r.json());
      tokens.push(...res.tokens);
    }
    await fetch(`${server.base}/api/consultations/${created.id}/open`, { method: 'POST', headers: { authorization: headers.authorization } });
    line(`${label}: GET /health`, wrk(`${server.base}/health`, 3));
    const dir = mkdtempSync(path.join(tmpdir(), 'doithoai-wrk-'));
    try {
      const ballots = wrk(server.base, SECONDS, ballotScript(dir, tokens, created.id));
      line(`${label}: POST ballots (durable)`, ballots);
      const stored = await fetch(`${server.base}/api/consultations/${created.id}`, { headers }).then((r) => r.json());
      console.log(`  ${stored.ballots} ballots stored; ${ballots.failed} refused${ballots.failed ? ' (tokens ran out: a reused token is refused)' : ''}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
  }
}

function pgbenchInserts(bin: string, url: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'doithoai-pgbench-'));
  const script = path.join(dir, 'insert.sql');
  writeFileSync(script, "\\set id random(1, 1000000000)\ninsert into bench_single(id, note) values (:id, 'phiếu');\n");
  execFileSync(path.join(bin, 'psql'), [url, '-q', '-c', 'create table if not exists bench_single(id bigint, note text)']);
  const out = execFileSync(path.join(bin, 'pgbench'), ['-n', '-c', String(CLIENTS), '-j', '2', '-T', '5', '-f', script, url], { encoding: 'utf8' });
  rmSync(dir, { recursive: true, force: true });
  const tps = /tps = ([\d.]+)/.exec(out)?.[1];
  const latency = /latency average = ([\d.]+) ms/.exec(out)?.[1];
  console.log(`${'PostgreSQL: pgbench single-row insert'.padEnd(34)} ${Number(tps).toFixed(0).padStart(8)}/s   mean ${latency} ms (64 clients, each insert its own commit)`);
}

export async function benchBallots(): Promise<void> {
  console.log(`\nballot ingest benchmark — ${CLIENTS} concurrent connections (wrk), ${SECONDS} s; server and load generator share this machine's cores`);
  if (spawnSync('which', ['wrk']).status !== 0) {
    console.log('wrk is not installed (apt-get install -y wrk): the HTTP figures are missing from this run.');
    return;
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'doithoai-bench-'));
  try {
    await benchServer('PGlite', ['--data', dir], {}, 60_000);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const bin = findPostgresBin();
  if (!bin) return console.log('PostgreSQL server binaries not found: the PostgreSQL figures are missing from this run.');
  const pgServer = await startPostgres(bin, { durable: true });
  try {
    pgbenchInserts(bin, pgServer.url);
    await benchServer('PostgreSQL', [], { DATABASE_URL: pgServer.url }, 150_000);
  } finally {
    pgServer.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchBallots();
