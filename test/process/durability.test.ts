// What a user of the embedded database relies on: a change the server acknowledged survives the
// process being killed mid-write, and SIGTERM stops it cleanly.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spaceBody } from '../helpers/app';
import { startServer } from '../helpers/server-process';

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
    while (acknowledged.length < 150) await new Promise((r) => setTimeout(r, 20));
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
