// One worker thread that computes opinion maps, started on first use and kept for the next job, with a
// heap cap. A job past its time limit, or a worker that dies (out of memory), fails that job only — the
// last good map stays — and the next job starts a fresh worker.
import { Worker } from 'node:worker_threads';
import type { MapAnswer, MapRequest } from './map.compute';

const TIME_LIMIT_MS = 5 * 60_000;
/** Pol.is's math worker runs out of memory and stays down (polis#1401): here a job fails and the next gets a new worker. */
export const MAP_MEMORY_LIMIT_MB = 2048;

type Reply = { id: number; answer: MapAnswer } | { id: number; error: string };

export class MapWorker {
  private worker: Worker | undefined;
  private next = 1;
  private waiting = new Map<number, { resolve: (a: MapAnswer) => void; reject: (e: Error) => void }>();

  constructor(private readonly memoryLimitMb = MAP_MEMORY_LIMIT_MB) {}

  run(request: MapRequest): Promise<MapAnswer> {
    const worker = this.worker ?? this.start();
    worker.ref();
    const id = this.next++;
    return new Promise<MapAnswer>((resolve, reject) => {
      const timer = setTimeout(() => this.stop(new Error('The opinion map took too long.')), TIME_LIMIT_MS);
      const settle = () => {
        clearTimeout(timer);
        this.waiting.delete(id);
        if (this.waiting.size === 0) this.worker?.unref();
      };
      this.waiting.set(id, { resolve: (a) => (settle(), resolve(a)), reject: (e) => (settle(), reject(e)) });
      worker.postMessage({ id, ...request });
    });
  }

  /** Ends the worker; jobs still running fail. */
  async close(): Promise<void> {
    this.stop(new Error('The server is shutting down.'));
  }

  private start(): Worker {
    const worker = new Worker(new URL('./map.worker.mjs', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: this.memoryLimitMb } });
    worker.unref();
    worker.on('message', (reply: Reply) => {
      const job = this.waiting.get(reply.id);
      if (!job) return;
      if ('answer' in reply) job.resolve(reply.answer);
      else job.reject(new Error(reply.error));
    });
    const lost = (err?: Error) => {
      if (this.worker === worker) this.stop(err ?? new Error('The opinion map worker stopped.'));
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
