// The background stability jobs: one computation at a time, shared by everyone asking, newer ballots
// taken on by a queued job, a full queue turning away only those who do not wait.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../core/ballots/profile';
import { InputError } from '../../core/errors';
import type { Stability } from '../../core/tally/stability';
import { StabilityJobs, type FigureStore, type StabilityFigure } from './stability.jobs';
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
const ask = (key: string, ballots: number) => ({ consultationId: `c-${key}`, key, ballots, request: async () => ({ profile: {} as Profile, options: { method: 'approval' }, resamples: 10, seed: ballots }) });
const settled = () => new Promise((r) => setTimeout(r, 0));
const at = new Date('2026-12-02T10:00:00Z');

describe('stability jobs', () => {
  it('answers pending without waiting, starts one job, and serves its figure with the ballots it covers', async () => {
    const { calls, compute } = controlled();
    const jobs = new StabilityJobs(compute, () => at, { minIntervalMs: 0 });
    expect(await jobs.latest(ask('a', 5))).toEqual({ stabilityStatus: 'pending' });
    expect(await jobs.latest(ask('a', 5))).toEqual({ stabilityStatus: 'pending' });
    await settled();
    expect(calls).toHaveLength(1);
    calls[0].finish(figure(5));
    await settled();
    expect(await jobs.latest(ask('a', 5))).toEqual({ stability: { ...figure(5), ballots: 5, computedAt: '2026-12-02T10:00:00.000Z' }, stabilityStatus: 'current' });
    // A new ballot: the old figure is served as outdated while the next one is computed.
    expect(await jobs.latest(ask('a', 6))).toMatchObject({ stability: { ballots: 5 }, stabilityStatus: 'outdated' });
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
    await jobs.latest(ask('b', 2));
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
    const jobs = new StabilityJobs(compute, () => at, { queued: 1, kept: 10, minIntervalMs: 0 });
    await jobs.latest(ask('running', 1));
    await jobs.latest(ask('queued', 1));
    await jobs.latest(ask('turned-away', 1));
    const waited = jobs.current(ask('waits', 1));
    await settled();
    for (let i = 0; i < 3; i++) {
      calls[i].finish(figure(i));
      await settled();
    }
    expect(calls.map((c) => c.request)).toHaveLength(3);
    expect((await waited).seed).toBe(2);
    expect((await jobs.latest(ask('turned-away', 1))).stabilityStatus).toBe('pending');
  });

  it('hands bad input back to every later asker of the same ballots, and does not compute it again', async () => {
    const { calls, compute } = controlled();
    const jobs = new StabilityJobs(compute, () => at);
    const waiting = jobs.current(ask('a', 0));
    await settled();
    calls[0].finish(new InputError('There are no ballots to resample.'));
    await expect(waiting).rejects.toThrow('no ballots');
    await expect(jobs.latest(ask('a', 0))).rejects.toThrow('no ballots');
    await expect(jobs.current(ask('a', 0))).rejects.toThrow('no ballots');
    expect(calls).toHaveLength(1);
  });

  it('while ballots keep coming, starts no new job until the last figure is older than the interval', async () => {
    const { calls, compute } = controlled();
    let clock = at.getTime();
    const jobs = new StabilityJobs(compute, () => new Date(clock), { minIntervalMs: 10_000 });
    await jobs.latest(ask('a', 5));
    await settled();
    calls[0].finish(figure(5));
    await settled();
    clock += 9_000;
    expect(await jobs.latest(ask('a', 9))).toMatchObject({ stability: { ballots: 5 }, stabilityStatus: 'outdated' });
    await settled();
    expect(calls).toHaveLength(1);
    clock += 2_000;
    await jobs.latest(ask('a', 9));
    await settled();
    expect(calls).toHaveLength(2);
    expect(calls[1].request.seed).toBe(9);
  });

  it('serves a figure another process stored, and stores its own for the others', async () => {
    const kept = new Map<string, StabilityFigure>();
    const store: FigureStore = { read: async (a) => kept.get(a.key), write: async (a, f) => void kept.set(a.key, f) };
    const one = controlled();
    const first = new StabilityJobs(one.compute, () => at, {}, store);
    const waited = first.current(ask('a', 4));
    await settled();
    one.calls[0].finish(figure(4));
    expect((await waited).ballots).toBe(4);
    await settled();
    expect(kept.get('a')).toMatchObject({ ballots: 4, seed: 4 });
    const other = controlled();
    const second = new StabilityJobs(other.compute, () => at, {}, store);
    expect(await second.latest(ask('a', 4))).toMatchObject({ stability: { ballots: 4, seed: 4 }, stabilityStatus: 'current' });
    await settled();
    expect(other.calls).toHaveLength(0);
  });

  it('starts the job at once when a consultation closes, whatever the interval, and waits for nobody', async () => {
    const { calls, compute } = controlled();
    const jobs = new StabilityJobs(compute, () => at, { minIntervalMs: 60_000 });
    await jobs.latest(ask('a', 5));
    await settled();
    calls[0].finish(figure(5));
    await settled();
    await jobs.refresh(ask('a', 7));
    await settled();
    expect(calls).toHaveLength(2);
    await jobs.refresh(ask('a', 7));
    await settled();
    expect(calls).toHaveLength(2);
  });
});
