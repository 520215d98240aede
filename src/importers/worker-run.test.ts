// The limits of a parsing worker: one that keeps allocating is stopped by its heap cap, one that never
// answers by its time limit; either way the caller is told which, and the worker is gone.
import { describe, expect, it } from 'vitest';
import { runWorker } from './worker-run';

describe('runWorker', () => {
  it('hands back the first answer', async () => {
    expect(await runWorker(`require('node:worker_threads').parentPort.postMessage(6 * 7)`, { eval: true }, { timeMs: 20_000, memoryMb: 64 })).toEqual({ ok: true, answer: 42 });
  });

  it('stops a worker that passes its heap cap', async () => {
    const hog = `const kept = []; for (;;) kept.push(new Array(1e5).fill({ x: kept.length }));`;
    expect(await runWorker(hog, { eval: true }, { timeMs: 120_000, memoryMb: 32 })).toEqual({ ok: false, why: 'memory' });
  });

  it('stops a worker that never answers', async () => {
    expect(await runWorker(`setInterval(() => {}, 1000)`, { eval: true }, { timeMs: 300, memoryMb: 64 })).toEqual({ ok: false, why: 'time' });
  });

  it('reports a worker that throws as failed', async () => {
    expect(await runWorker(`throw new Error('broken file')`, { eval: true }, { timeMs: 20_000, memoryMb: 64 })).toEqual({ ok: false, why: 'failed' });
  });
});
