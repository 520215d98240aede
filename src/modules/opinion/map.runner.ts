// The worker thread that computes opinion maps (src/workers/job-worker.ts): a job past its time limit, or a
// worker that dies (out of memory), fails that job only — the last good map stays — and the next job starts
// a fresh worker.
import { JobWorker } from '../../workers/job-worker';
import type { MapAnswer, MapRequest } from './map.compute';

/** Pol.is's math worker runs out of memory and stays down (polis#1401): here a job fails and the next gets a new worker. */
export const MAP_MEMORY_LIMIT_MB = 2048;

export class MapWorker extends JobWorker<MapRequest, MapAnswer> {
  constructor(memoryLimitMb = MAP_MEMORY_LIMIT_MB) {
    super({
      script: new URL('./map.worker.mjs', import.meta.url),
      memoryLimitMb,
      timeLimitMs: 5 * 60_000,
      what: 'The opinion map',
      worker: 'The opinion map worker',
      read: (reply) => ('answer' in reply ? (reply.answer as MapAnswer) : new Error(String(reply.error))),
    });
  }
}
