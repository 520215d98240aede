// Bootstrap stability is computed in the background, once per change of a consultation's ballots, and
// served as its last good version with the ballots it covers and when it was computed. A request
// never runs the draws itself: one job runs at a time (in a worker thread), everyone asking for the
// same figure shares the job under way, and a queued job overtaken by newer ballots takes them on.
// A job reads the ballots it draws from when it starts, so no request ever loads them. Figures are
// kept in the database too (stability.store.ts): another process, or this one after a restart, serves
// them instead of drawing again. While ballots keep arriving, a figure younger than `minIntervalMs`
// is served as outdated without starting a new job, so a busy hall costs one job per interval.
import type { Stability } from '../../core/tally/stability';
import { InputError } from '../../core/errors';
import type { StabilityRequest } from './stability.runner';

export type StabilityFigure = Stability & { /** Ballots the draws were taken from. */ ballots: number; computedAt: string };
/** current: covers the ballots counted now; outdated: covers fewer, a newer one is on its way; pending: none yet; failed: could not be computed. */
export type StabilityStatus = 'current' | 'outdated' | 'pending' | 'failed';
/** `key` names the figure (consultation, method, resamples…); `ballots` is its version; `request` reads what the draws need, when the job starts. */
export type StabilityAsk = { consultationId: string; key: string; ballots: number; request: () => Promise<StabilityRequest> };

/** Where figures are kept beyond this process: the last one per key. */
export type FigureStore = {
  read: (ask: StabilityAsk) => Promise<StabilityFigure | undefined>;
  write: (ask: StabilityAsk, figure: StabilityFigure) => Promise<void>;
};

type Job = StabilityAsk & { done: Promise<StabilityFigure>; settle: (f: StabilityFigure | Error) => void };
type Limits = { queued: number; kept: number; minIntervalMs: number };
const defaults: Limits = { queued: 32, kept: 1000, minIntervalMs: 10_000 };

export class StabilityJobs {
  private readonly figures = new Map<string, StabilityFigure>();
  private readonly failures = new Map<string, { ballots: number; error: Error }>();
  private readonly queued = new Map<string, Job>();
  private running: Job | undefined;
  private closed = false;
  private readonly limits: Limits;
  /** Jobs finished since start, for tests and logs. */
  computed = 0;

  constructor(
    private readonly compute: (request: StabilityRequest) => Promise<Stability>,
    private readonly now: () => Date,
    limits: Partial<Limits> = {},
    private readonly store?: FigureStore,
    private readonly warn: (err: unknown) => void = () => {},
  ) {
    this.limits = { ...defaults, ...limits };
  }

  /** What there is now, without waiting; starts a job for these ballots when none covers them, the last is not too recent and the queue has room. */
  async latest(ask: StabilityAsk): Promise<{ stability?: StabilityFigure; stabilityStatus: StabilityStatus }> {
    const figure = await this.figure(ask);
    if (figure && figure.ballots >= ask.ballots) return { stability: figure, stabilityStatus: 'current' };
    if (this.failedFor(ask)) return figure ? { stability: figure, stabilityStatus: 'failed' } : { stabilityStatus: 'failed' };
    const recent = figure && this.now().getTime() - Date.parse(figure.computedAt) < this.limits.minIntervalMs;
    // Nobody waits on this job here; its failure is kept in `failures`.
    if (!recent) this.job(ask, false)?.done.catch(() => {});
    return figure ? { stability: figure, stabilityStatus: 'outdated' } : { stabilityStatus: 'pending' };
  }

  /** The figure for at least these ballots, waiting for the job that computes it. */
  async current(ask: StabilityAsk): Promise<StabilityFigure> {
    const figure = await this.figure(ask);
    if (figure && figure.ballots >= ask.ballots) return figure;
    this.failedFor(ask);
    return this.job(ask, true)!.done;
  }

  /** Starts the job for these ballots now, whatever the interval (a consultation just closed or published); nobody waits. */
  async refresh(ask: StabilityAsk): Promise<void> {
    const figure = await this.figure(ask);
    if (figure && figure.ballots >= ask.ballots) return;
    this.job(ask, true)?.done.catch(() => {});
  }

  // This process's copy, or the stored one when that is newer (another process drew it, or an earlier run).
  private async figure(ask: StabilityAsk): Promise<StabilityFigure | undefined> {
    const kept = this.figures.get(ask.key);
    if ((kept && kept.ballots >= ask.ballots) || !this.store) return kept;
    const stored = await this.store.read(ask).catch((err) => (this.warn(err), undefined));
    if (!stored || (kept && kept.ballots >= stored.ballots)) return kept;
    keep(this.figures, ask.key, stored, this.limits.kept);
    return stored;
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
    const job: Job = { ...ask, done, settle };
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
          this.store?.write(job, figure).catch(this.warn);
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
