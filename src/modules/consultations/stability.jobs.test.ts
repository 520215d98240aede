// The background stability jobs: one computation at a time, shared by everyone asking, newer ballots
// taken on by a queued job, a full queue turning away only those who do not wait.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../core/ballots/profile';
import { InputError } from '../../core/errors';
import type { Stability } from '../../core/tally/stability';
import { StabilityJobs } from './stability.jobs';
import type { StabilityRequest } from './stability.runner';

/** A compute port whose jobs finish when the test says so. */
function controlled() {
  const calls: { request: StabilityRequest; finish: (s: Stability | Error) => void }[] = [];
  const compute = (request: StabilityRequest) =>
    new Promise<Stability>((resolve, reject) => calls.push({ request, finish: (s) => (s instanceof Error ? reject(s) : resolve(s)) }));
  return { calls, compute };
}

// The request is read when the job starts, a turn after the ask: `settled` waits for it.
const figure = (seed: number): Stability => ({ resamples: 10, seed, failed: 0, rankShares: {}, rankInterval90: {}, topSame: [] });
const ask = (key: string, ballots: number) => ({ key, ballots, request: async () => ({ profile: {} as Profile, options: { method: 'approval' }, resamples: 10, seed: ballots }) });
const settled = () => new Promise((r) => setTimeout(r, 0));
const at = new Date('2026-12-02T10:00:00Z');

describe('stability jobs', () => {
  it('answers pending without waiting, starts one job, and serves its figure with the ballots it covers', async () => {
    const { calls, compute } = controlled();
    const jobs = new StabilityJobs(compute, () => at);
    expect(jobs.latest(ask('a', 5))).toEqual({ stabilityStatus: 'pending' });
    expect(jobs.latest(ask('a', 5))).toEqual({ stabilityStatus: 'pending' });
    await settled();
    expect(calls).toHaveLength(1);
    calls[0].finish(figure(5));
    await settled();
    expect(jobs.latest(ask('a', 5))).toEqual({ stability: { ...figure(5), ballots: 5, computedAt: '2026-12-02T10:00:00.000Z' }, stabilityStatus: 'current' });
    // A new ballot: the old figure is served as outdated while the next one is computed.
    expect(jobs.latest(ask('a', 6))).toMatchObject({ stability: { ballots: 5 }, stabilityStatus: 'outdated' });
    await settled();
    expect(calls).toHaveLength(2);
    expect(calls[1].request.seed).toBe(6);
  });

  it('runs one job at a time; a queued job overtaken by newer ballots computes the newest only, and those waiting share it', async () => {
    const { calls, compute } = controlled();
    const jobs = new StabilityJobs(compute, () => at);
    const first = jobs.current(ask('a', 1));
    const second = jobs.current(ask('b', 1));
    const third = jobs.current(ask('b', 3));
    jobs.latest(ask('b', 2));
    await settled();
    expect(calls).toHaveLength(1);
    calls[0].finish(figure(1));
    expect((await first).ballots).toBe(1);
    await settled();
    expect(calls).toHaveLength(2);
    expect(calls[1].request.seed).toBe(3);
    calls[1].finish(figure(3));
    expect(await second).toEqual(await third);
    expect((await second).ballots).toBe(3);
    expect(jobs.computed).toBe(2);
  });

  it('turns away anonymous asks when the queue is full, never one that waits', async () => {
    const { calls, compute } = controlled();
    const jobs = new StabilityJobs(compute, () => at, { queued: 1, kept: 10 });
    jobs.latest(ask('running', 1));
    jobs.latest(ask('queued', 1));
    jobs.latest(ask('turned-away', 1));
    const waited = jobs.current(ask('waits', 1));
    await settled();
    for (let i = 0; i < 3; i++) {
      calls[i].finish(figure(i));
      await settled();
    }
    expect(calls.map((c) => c.request)).toHaveLength(3);
    expect((await waited).seed).toBe(2);
    expect(jobs.latest(ask('turned-away', 1)).stabilityStatus).toBe('pending');
  });

  it('hands bad input back to every later asker of the same ballots, and does not compute it again', async () => {
    const { calls, compute } = controlled();
    const jobs = new StabilityJobs(compute, () => at);
    const waiting = jobs.current(ask('a', 0));
    await settled();
    calls[0].finish(new InputError('There are no ballots to resample.'));
    await expect(waiting).rejects.toThrow('no ballots');
    expect(() => jobs.latest(ask('a', 0))).toThrow('no ballots');
    await expect(jobs.current(ask('a', 0))).rejects.toThrow('no ballots');
    expect(calls).toHaveLength(1);
  });
});
