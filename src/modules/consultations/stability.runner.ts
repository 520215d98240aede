// The worker thread that computes bootstrap stability (src/workers/job-worker.ts): a job past its time
// limit, or a worker that dies (memory cap), fails that job only; the next job starts a fresh worker.
import type { Profile } from '../../core/ballots/profile';
import { InputError } from '../../core/errors';
import type { Stability } from '../../core/tally/stability';
import type { TallyOptions } from '../../core/tally/types';
import { JobWorker } from '../../workers/job-worker';

export type StabilityRequest = { profile: Profile; options: TallyOptions; resamples: number; seed: number };
export type StabilityAnswer = { id: number; stability: Stability } | { id: number; error: { input: boolean; message: string; vi?: string } };

export class StabilityWorker extends JobWorker<StabilityRequest, Stability> {
  constructor() {
    super({
      script: new URL('./stability.worker.mjs', import.meta.url),
      memoryLimitMb: 512,
      timeLimitMs: 5 * 60_000,
      what: 'The stability computation',
      worker: 'The stability worker',
      read: (reply) => {
        const answer = reply as StabilityAnswer;
        if ('stability' in answer) return answer.stability;
        return answer.error.input ? new InputError(answer.error.message, {}, answer.error.vi) : new Error(answer.error.message);
      },
    });
  }
}
