// Issue 13, several app processes on one PostgreSQL: two `serve` processes on one DATABASE_URL take
// ballots through both, each one's live view sees what the other took, the published list still
// verifies, one token raced through both gets exactly one ballot, and the per-address limit is one
// limit; `serve --workers 2` answers from two processes and stops on SIGTERM.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { clusterConferenceSpec } from '../helpers/consultation';
import { scratchServerDatabase, type ScratchDatabase } from '../helpers/database';
import { binPath, START_LIMIT_MS, startServer, type ServerProcess } from '../helpers/server-process';
import { openStream, waitFor } from '../helpers/streams';

// Starts are slow on a shared machine; the limit bounds a hang, it measures nothing.
vi.setConfig({ testTimeout: 3 * START_LIMIT_MS, hookTimeout: 3 * START_LIMIT_MS });

const token = 'scale-out-admin-token-0123456789';
const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };

async function post(base: string, url: string, body?: object, extra: Record<string, string> = headers) {
  const res = await fetch(`${base}${url}`, { method: 'POST', headers: extra, body: JSON.stringify(body ?? {}) });
  return { status: res.status, body: await res.json().catch(() => null) };
}

/** A consultation (approve 2–3 of six) opened through `base`, with `count` invitations. */
async function openConsultation(base: string, count: number) {
  const id = (await post(base, '/api/consultations', clusterConferenceSpec({ clusters: [] }))).body.id as string;
  const tokens = (await post(base, `/api/consultations/${id}/invitations`, { count })).body.tokens as string[];
  await post(base, `/api/consultations/${id}/open`);
  return { id, tokens };
}

const vote = (base: string, id: string, ballot: string) => post(base, `/api/consultations/${id}/ballots`, { token: ballot, approve: ['r1', 'r2'] }, { 'content-type': 'application/json' });

describe('two server processes on one PostgreSQL database', () => {
  let scratch: ScratchDatabase;
  const servers: ServerProcess[] = [];
  beforeAll(async () => {
    scratch = await scratchServerDatabase();
    for (let i = 0; i < 2; i++) servers.push(await startServer([], { DOITHOAI_ADMIN_TOKEN: token, DATABASE_URL: scratch.url }));
  });
  afterAll(async () => {
    for (const s of servers) s.child.kill('SIGTERM');
    expect(await Promise.all(servers.map((s) => s.exited))).toEqual([0, 0]);
    await scratch.drop();
  });

  it('takes ballots through both, each live view sees the ballots the other took, and the published list verifies', async () => {
    const [a, b] = servers;
    const { id, tokens } = await openConsultation(a.base, 20);
    const live = `/api/consultations/${id}/live`;
    const streams = [await openStream(`${a.base}${live}`, headers), await openStream(`${b.base}${live}`, headers)];
    const seen = async (stream: (typeof streams)[number], ballots: number) => {
      for (let event = await stream.next(); event.ballots < ballots; event = await stream.next());
    };
    const receipts: string[] = [];
    for (const t of tokens.slice(0, 10)) receipts.push((await vote(a.base, id, t)).body.receipt);
    await seen(streams[1], 10);
    for (const t of tokens.slice(10)) receipts.push((await vote(b.base, id, t)).body.receipt);
    await seen(streams[0], 20);
    for (const s of streams) s.close();

    const list = await fetch(`${b.base}/api/consultations/${id}/ballots.csv`, { headers });
    const folder = mkdtempSync(path.join(tmpdir(), 'doithoai-scale-'));
    try {
      const file = path.join(folder, `ballots-${id}.csv`);
      writeFileSync(file, await list.text());
      const checked = spawnSync(process.execPath, [binPath, 'verify', file, '--json', '--receipt', receipts[15]], { encoding: 'utf8' });
      expect(checked.status).toBe(0);
      expect(JSON.parse(checked.stdout)).toMatchObject({ ballots: 20, receipts: 20, list: 'intact', receipt: { found: true } });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('gives 50 racing submissions of one token, spread over both processes, exactly one ballot', async () => {
    const { id, tokens } = await openConsultation(servers[0].base, 1);
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => vote(servers[i % 2].base, id, tokens[0])));
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses).toEqual([201, ...Array(49).fill(409)]);
    expect(new Set(answers.filter((r) => r.status === 409).map((r) => r.body.error.code))).toEqual(new Set(['ballot.token_used']));
    const detail = await fetch(`${servers[1].base}/api/consultations/${id}`, { headers });
    expect((await detail.json()).ballots).toBe(1);
  });

  it('counts one sign-in limit per address across both processes (10 a minute)', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 20; i++) {
      codes.push((await post(servers[i % 2].base, '/api/auth/login', { email: `nobody${i}@example.vn`, password: 'sai' }, { 'content-type': 'application/json' })).status);
    }
    expect(codes).toEqual([...Array(10).fill(401), ...Array(10).fill(429)]);
  });
});

/** GET /health on a new connection each time, so that the cluster may hand it to any worker. */
const healthOnNewConnection = (base: string) =>
  new Promise<number>((resolve, reject) => http.get(`${base}/health`, { agent: false }, (res) => res.resume().on('end', () => resolve(res.statusCode ?? 0))).on('error', reject));

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('serve --workers', () => {
  it('answers /health from two worker processes on one port, replaces one that dies, and stops them all on SIGTERM', async () => {
    const scratch = await scratchServerDatabase();
    try {
      // Log lines (level info) carry the process id of the worker writing them: the only place it shows.
      const server = await startServer(['--workers', '2'], { DATABASE_URL: scratch.url, LOG_LEVEL: 'info' });
      const pidsOf = (text: string) => new Set(server.output().split('\n').filter((line) => line.includes(text)).map((line) => JSON.parse(line).pid as number));
      const started = () => pidsOf('"msg":"Đối Thoại: http');
      // The first worker answers as soon as it listens; wait until each has said it listens.
      await waitFor(() => started().size === 2, START_LIMIT_MS);
      for (let i = 0; i < 10; i++) expect(await healthOnNewConnection(server.base)).toBe(200);
      const answered = pidsOf('"url":"/health"');
      expect(answered.size).toBe(2);
      expect(answered.has(server.child.pid!)).toBe(false);

      const [victim] = answered;
      process.kill(victim, 'SIGKILL');
      await waitFor(() => server.output().includes('a worker died: starting another') && started().size === 3, START_LIMIT_MS);
      expect(await healthOnNewConnection(server.base)).toBe(200);

      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      expect([...started()].filter(alive)).toEqual([]);
      expect(server.output()).toContain('shutting down');
    } finally {
      await scratch.drop();
    }
  });

  it('runs one process on the embedded database and says so, in Vietnamese first', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'doithoai-workers-'));
    try {
      const server = await startServer(['--data', dir, '--workers', '2']);
      expect(server.output()).toContain('Cơ sở dữ liệu nhúng chỉ cho một tiến trình: bỏ qua --workers, chạy một tiến trình');
      expect(server.output()).toContain('the embedded database allows one process');
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
