// One worker thread that computes bootstrap stability, started on first use and kept for the next
// job. A job that runs past its time limit, or a worker that dies (memory cap), fails that job only;
// the next job starts a fresh worker.
import { Worker } from 'node:worker_threads';
import type { Profile } from '../../core/ballots/profile';
import { InputError } from '../../core/errors';
import type { Stability } from '../../core/tally/stability';
import type { TallyOptions } from '../../core/tally/types';

const TIME_LIMIT_MS = 5 * 60_000;
const MEMORY_LIMIT_MB = 512;

export type StabilityRequest = { profile: Profile; options: TallyOptions; resamples: number; seed: number };
export type StabilityAnswer = { id: number; stability: Stability } | { id: number; error: { input: boolean; message: string; vi?: string } };

export class StabilityWorker {
  private worker: Worker | undefined;
  private next = 1;
  private waiting = new Map<number, { resolve: (s: Stability) => void; reject: (e: Error) => void }>();

  run(request: StabilityRequest): Promise<Stability> {
    const worker = this.worker ?? this.start();
    // Held open while a job runs (someone is waiting for it), let go of when idle.
    worker.ref();
    const id = this.next++;
    return new Promise<Stability>((resolve, reject) => {
      const timer = setTimeout(() => this.stop(new Error('The stability computation took too long.')), TIME_LIMIT_MS);
      const settle = () => {
        clearTimeout(timer);
        this.waiting.delete(id);
        if (this.waiting.size === 0) this.worker?.unref();
      };
      this.waiting.set(id, { resolve: (s) => (settle(), resolve(s)), reject: (e) => (settle(), reject(e)) });
      worker.postMessage({ id, ...request });
    });
  }

  /** Ends the worker; jobs still running fail. */
  async close(): Promise<void> {
    this.stop(new Error('The server is shutting down.'));
  }

  private start(): Worker {
    const worker = new Worker(new URL('./stability.worker.mjs', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: MEMORY_LIMIT_MB } });
    // An idle worker must not keep a finished process (or test run) alive.
    worker.unref();
    worker.on('message', (answer: StabilityAnswer) => {
      const job = this.waiting.get(answer.id);
      if (!job) return;
      if ('stability' in answer) job.resolve(answer.stability);
      else job.reject(answer.error.input ? new InputError(answer.error.message, {}, answer.error.vi) : new Error(answer.error.message));
    });
    const lost = (err?: Error) => {
      if (this.worker === worker) this.stop(err ?? new Error('The stability worker stopped.'));
    };
    worker.on('error', lost);
    worker.on('exit', () => lost());
    this.worker = worker;
    return worker;
  }

  private stop(reason: Error) {
    const worker = this.worker;
    this.worker = undefined;
    for (const job of [...this.waiting.values()]) job.reject(reason);
    void worker?.terminate();
  }
}
