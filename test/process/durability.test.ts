// What an operator relies on: a change the server acknowledged survives the process being killed
// mid-write, SIGTERM stops it cleanly, and the same holds on a PostgreSQL server.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it, vi } from 'vitest';
import { spaceBody } from '../helpers/app';
import { START_LIMIT_MS, startServer } from '../helpers/server-process';

// Each case starts up to two real server processes (migrations, the demo); on a busy shared machine one
// start can take minutes, so each case may use two full start limits and a third for its own work —
// it bounds a hang, it measures nothing.
vi.setConfig({ testTimeout: 3 * START_LIMIT_MS });

const token = 'durability-admin-token-0123456789';
const env = { DOITHOAI_ADMIN_TOKEN: token };
const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };

describe('the server process on the embedded database', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'doithoai-kill-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every acknowledged write after SIGKILL during writes, and after restart', async () => {
    const first = await startServer(['--data', dir], env);
    const acknowledged: string[] = [];
    let killed = false;
    const writer = async (w: number) => {
      for (let i = 0; !killed; i++) {
        const res = await fetch(`${first.base}/api/spaces`, { method: 'POST', headers, body: JSON.stringify(spaceBody(`w${w}-n${i}`)) }).catch(() => null);
        if (res?.status === 201) acknowledged.push((await res.json()).id);
      }
    };
    const writers = [0, 1, 2, 3].map(writer);
    const enough = Date.now() + START_LIMIT_MS;
    while (acknowledged.length < 150) {
      if (Date.now() > enough) {
        killed = true;
        first.child.kill('SIGKILL');
        throw new Error(`only ${acknowledged.length} of 150 writes acknowledged: ${first.output()}`);
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    first.child.kill('SIGKILL');
    killed = true;
    await Promise.all(writers);
    expect(await first.exited).toBeNull();

    const second = await startServer(['--data', dir], env);
    try {
      const res = await fetch(`${second.base}/api/spaces`, { headers });
      const stored = new Set((await res.json()).spaces.map((s: { id: string }) => s.id));
      const lost = acknowledged.filter((id) => !stored.has(id));
      expect(lost).toEqual([]);
      expect(stored.size).toBeGreaterThanOrEqual(acknowledged.length);
    } finally {
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    }
  });

  it('refuses a second server on the same data folder with one sentence', async () => {
    const running = await startServer(['--data', dir], env);
    try {
      await expect(startServer(['--data', dir], env)).rejects.toThrow(/đang được tiến trình \d+ sử dụng \(data folder .* is in use by process \d+\)/);
    } finally {
      running.child.kill('SIGTERM');
      await running.exited;
    }
  });
});

describe('the server process on a PostgreSQL server (DATABASE_URL)', () => {
  it('migrates, loads the demo once across two starts, and stops on SIGTERM', async () => {
    const admin = new pg.Client({ connectionString: inject('postgresUrl') });
    await admin.connect();
    const name = `serve_${Date.now()}`;
    await admin.query(`create database ${name}`);
    const url = new URL(inject('postgresUrl'));
    url.pathname = `/${name}`;
    try {
      for (let start = 0; start < 2; start++) {
        const server = await startServer(['--demo'], { ...env, DATABASE_URL: url.toString() });
        const res = await fetch(`${server.base}/api/spaces`, { headers });
        expect((await res.json()).spaces.map((s: { slug: string }) => s.slug)).toEqual(['acvn-hoi-nghi-cum-2017', 'can-tho-phan-cap-2022', 'can-tho-uu-tien-2024', 'lien-ket-vung-dbscl']);
        server.child.kill('SIGTERM');
        expect(await server.exited).toBe(0);
      }
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });
});
