// Runs untrusted-file parsing in a worker thread with a heap cap and a time limit, and waits for its
// one answer. A worker that overruns either is terminated; the caller learns which limit it hit.
import { Worker, type WorkerOptions } from 'node:worker_threads';

export type WorkerLimits = { timeMs: number; memoryMb: number };

export type WorkerOutcome = { ok: true; answer: unknown } | { ok: false; why: 'time' | 'memory' | 'failed' };

export function runWorker(source: string | URL, options: WorkerOptions, limits: WorkerLimits): Promise<WorkerOutcome> {
  return new Promise((resolve) => {
    const worker = new Worker(source, { ...options, resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: 32 } });
    let settled = false;
    const settle = (outcome: WorkerOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(outcome);
    };
    const timer = setTimeout(() => settle({ ok: false, why: 'time' }), limits.timeMs);
    worker.once('message', (answer) => settle({ ok: true, answer }));
    worker.once('error', (err: Error & { code?: string }) => settle({ ok: false, why: err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'failed' }));
    // Stopped before answering (the heap cap can end it without an 'error' event).
    worker.once('exit', () => settle({ ok: false, why: 'failed' }));
  });
}
