// The zip bomb of issue 11 against the real server process: an .xlsx of about 2 MB whose one sheet
// unpacks to 2.1 GB, uploaded to a plan's import. It must be refused with a 4xx before it is unpacked,
// leave the server's memory where it was and /health answering. Times and memory are printed for the
// record (the issue asks for an answer within 1 s) but not asserted: the machine is shared.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { spaceBody } from '../helpers/app';
import { startServer, type ServerProcess } from '../helpers/server-process';
import { bombSheet, xlsxParts, zipOf } from '../helpers/zip';

// Packing 2.1 GB takes tens of seconds on a busy machine; the ceiling bounds a hang, it measures nothing.
vi.setConfig({ testTimeout: 600_000, hookTimeout: 600_000 });

const token = 'zip-bomb-admin-token-0123456789';
const auth = { authorization: `Bearer ${token}` };
const MiB = 1024 * 1024;
const rssMiB = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

describe('a zip bomb uploaded to the server process', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'doithoai-bomb-'));
  let server: ServerProcess;
  let planId: string;
  let sheet: Awaited<ReturnType<typeof bombSheet>>;
  let bomb: Buffer;

  beforeAll(async () => {
    sheet = await bombSheet(2100 * MiB);
    bomb = zipOf(xlsxParts(sheet));
    server = await startServer(['--data', dir], { DOITHOAI_ADMIN_TOKEN: token });
    const json = { ...auth, 'content-type': 'application/json' };
    const space = await (await fetch(`${server.base}/api/spaces`, { method: 'POST', headers: json, body: JSON.stringify(spaceBody('bom-nen')) })).json();
    const plan = { title: { vi: 'Kế hoạch', en: 'Plan' }, summary: { vi: 'Tóm tắt', en: 'Summary' }, reportingPeriod: 'quarterly' };
    planId = (await (await fetch(`${server.base}/api/spaces/${space.id}/plans`, { method: 'POST', headers: json, body: JSON.stringify(plan) })).json()).id;
  });
  afterAll(async () => {
    server?.child.kill('SIGTERM');
    await server?.exited;
    rmSync(dir, { recursive: true, force: true });
  });

  const upload = (bytes: Buffer) =>
    fetch(`${server.base}/api/plans/${planId}/import?format=xlsx&name=bom.xlsx`, { method: 'POST', headers: { ...auth, 'content-type': 'application/octet-stream' }, body: new Blob([new Uint8Array(bytes)]) });

  /** Uploads the file while asking /health every 50 ms; the slowest /health answer is the stall. */
  async function measured(bytes: Buffer) {
    const pid = server.child.pid!;
    const before = rssMiB(pid);
    let uploading = true;
    let slowestHealth = 0;
    const prober = (async () => {
      while (uploading) {
        const t = performance.now();
        await fetch(`${server.base}/health`);
        slowestHealth = Math.max(slowestHealth, performance.now() - t);
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    const started = performance.now();
    const res = await upload(bytes);
    const answerMs = performance.now() - started;
    const body = await res.json();
    uploading = false;
    await prober;
    const after = rssMiB(pid);
    return { status: res.status, body, answerMs, slowestHealth, before, after };
  }

  it('refuses the 2 MB → 2.1 GB workbook with a 4xx, its memory flat and /health answering', async () => {
    expect(bomb.length).toBeLessThan(3 * MiB);
    const m = await measured(bomb);
    console.log(
      `zip bomb ${(bomb.length / MiB).toFixed(2)} MiB → 2100 MiB: HTTP ${m.status} in ${m.answerMs.toFixed(0)} ms; ` +
        `RSS ${m.before.toFixed(1)} → ${m.after.toFixed(1)} MiB; slowest /health ${m.slowestHealth.toFixed(0)} ms`,
    );
    expect(m.status).toBe(413);
    expect(m.body.error.code).toBe('upload.unpacked_too_large');
    expect(m.body.error.vi).toBe('Tệp bom.xlsx giải nén ra ít nhất 2100 MB, vượt giới hạn 200 MB.');
    expect(m.after - m.before).toBeLessThan(100);
    expect((await fetch(`${server.base}/health`)).status).toBe(200);
  });

  it('stops unpacking the same bomb when its central directory understates the sheet', async () => {
    // 150 MB declared: under the 200 MB cap, and a ratio of about 75 that the ratio check lets by.
    const liar = zipOf(xlsxParts({ ...sheet, declaredSize: 150 * MiB }));
    const m = await measured(liar);
    console.log(
      `lying zip bomb (declares 150 MiB): HTTP ${m.status} in ${m.answerMs.toFixed(0)} ms; ` +
        `RSS ${m.before.toFixed(1)} → ${m.after.toFixed(1)} MiB; slowest /health ${m.slowestHealth.toFixed(0)} ms`,
    );
    expect(m.status).toBe(400);
    expect(m.body.error.code).toBe('upload.sizes_disagree');
    expect(m.after - m.before).toBeLessThan(100);
    expect((await fetch(`${server.base}/health`)).status).toBe(200);
  });
});
