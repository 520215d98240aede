// Bootstrap stability is computed in the background, once per change of a consultation's ballots, and
// served as its last good version with the ballots it covers and when it was computed. A request
// never runs the draws itself: one job runs at a time (in a worker thread), everyone asking for the
// same figure shares the job under way, and a queued job overtaken by newer ballots takes them on.
// A job reads the ballots it draws from when it starts, so no request ever loads them.
import type { Stability } from '../../core/tally/stability';
import { InputError } from '../../core/errors';
import type { StabilityRequest } from './stability.runner';

export type StabilityFigure = Stability & { /** Ballots the draws were taken from. */ ballots: number; computedAt: string };
/** current: covers the ballots counted now; outdated: covers fewer, a newer one is on its way; pending: none yet; failed: could not be computed. */
export type StabilityStatus = 'current' | 'outdated' | 'pending' | 'failed';
/** `key` names the figure (consultation, method, resamples…); `ballots` is its version; `request` reads what the draws need, when the job starts. */
export type StabilityAsk = { key: string; ballots: number; request: () => Promise<StabilityRequest> };

type Job = { key: string; ballots: number; request: () => Promise<StabilityRequest>; done: Promise<StabilityFigure>; settle: (f: StabilityFigure | Error) => void };

export class StabilityJobs {
  private readonly figures = new Map<string, StabilityFigure>();
  private readonly failures = new Map<string, { ballots: number; error: Error }>();
  private readonly queued = new Map<string, Job>();
  private running: Job | undefined;
  private closed = false;
  /** Jobs finished since start, for tests and logs. */
  computed = 0;

  constructor(
    private readonly compute: (request: StabilityRequest) => Promise<Stability>,
    private readonly now: () => Date,
    private readonly limits = { queued: 32, kept: 1000 },
  ) {}

  /** What there is now, without waiting; starts a job for these ballots when none covers them and the queue has room. */
  latest(ask: StabilityAsk): { stability?: StabilityFigure; stabilityStatus: StabilityStatus } {
    const figure = this.figures.get(ask.key);
    if (figure && figure.ballots >= ask.ballots) return { stability: figure, stabilityStatus: 'current' };
    if (this.failedFor(ask)) return figure ? { stability: figure, stabilityStatus: 'failed' } : { stabilityStatus: 'failed' };
    // Nobody waits on this job here; its failure is kept in `failures`.
    this.job(ask, false)?.done.catch(() => {});
    return figure ? { stability: figure, stabilityStatus: 'outdated' } : { stabilityStatus: 'pending' };
  }

  /** The figure for at least these ballots, waiting for the job that computes it. */
  async current(ask: StabilityAsk): Promise<StabilityFigure> {
    const figure = this.figures.get(ask.key);
    if (figure && figure.ballots >= ask.ballots) return figure;
    this.failedFor(ask);
    return this.job(ask, true)!.done;
  }

  close() {
    this.closed = true;
    for (const job of this.queued.values()) job.settle(new Error('The server is shutting down.'));
    this.queued.clear();
  }

  /** Bad input (no ballots to draw from) is the caller's to hear, as before; other failures are not retried for the same ballots. */
  private failedFor(ask: StabilityAsk): boolean {
    const failure = this.failures.get(ask.key);
    if (!failure || failure.ballots !== ask.ballots) return false;
    if (failure.error instanceof InputError) throw failure.error;
    return true;
  }

  private job(ask: StabilityAsk, always: boolean): Job | undefined {
    if (this.running?.key === ask.key && this.running.ballots >= ask.ballots) return this.running;
    const queued = this.queued.get(ask.key);
    if (queued) {
      if (ask.ballots > queued.ballots) Object.assign(queued, { ballots: ask.ballots, request: ask.request });
      return queued;
    }
    // A full queue turns away anonymous asks (they get "pending" and may ask again), never a waiting one.
    if (this.closed || (!always && this.queued.size >= this.limits.queued)) return undefined;
    let settle!: Job['settle'];
    const done = new Promise<StabilityFigure>((resolve, reject) => (settle = (f) => (f instanceof Error ? reject(f) : resolve(f))));
    const job: Job = { key: ask.key, ballots: ask.ballots, request: ask.request, done, settle };
    this.queued.set(ask.key, job);
    this.pump();
    return job;
  }

  private pump() {
    if (this.running || this.closed) return;
    const job = this.queued.values().next().value;
    if (!job) return;
    this.queued.delete(job.key);
    this.running = job;
    job
      .request()
      .then(this.compute)
      .then(
        (stability) => {
          const figure = { ...stability, ballots: job.ballots, computedAt: this.now().toISOString() };
          const kept = this.figures.get(job.key);
          if (!kept || kept.ballots <= job.ballots) keep(this.figures, job.key, figure, this.limits.kept);
          this.failures.delete(job.key);
          job.settle(figure);
        },
        (error: Error) => {
          keep(this.failures, job.key, { ballots: job.ballots, error }, this.limits.kept);
          job.settle(error);
        },
      )
      .finally(() => {
        this.computed++;
        this.running = undefined;
        this.pump();
      });
  }
}

/** Sets key to value as the newest entry, dropping the oldest past `kept`. */
function keep<T>(map: Map<string, T>, key: string, value: T, kept: number) {
  map.delete(key);
  map.set(key, value);
  if (map.size > kept) map.delete(map.keys().next().value!);
}
