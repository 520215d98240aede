// The periodic sweep, on fake timers: each interval one look for stale open conversations; a conversation is
// handed to the recomputer once per votes_version (not again while it stays stale at the same version, as
// one below the first map's threshold or whose update failed does), again when its version moves or when it
// turns stale again after being fresh; a sweep still under way skips the tick; a failed look is reported and
// the next tick looks again; nothing after stop().
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sweepStaleMaps } from './recompute.sweep';

describe('sweepStaleMaps', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] }));
  afterEach(() => vi.useRealTimers());

  it('hands each stale conversation once per votes_version', async () => {
    let stale: { id: string; votesVersion: number }[] = [];
    let looks = 0;
    const handed: string[] = [];
    const sweep = sweepStaleMaps(async () => (looks++, stale), 1_000, (id) => handed.push(id), () => undefined);
    await vi.advanceTimersByTimeAsync(999);
    expect(looks).toBe(0);
    stale = [{ id: 'a', votesVersion: 3 }, { id: 'b', votesVersion: 1 }];
    await vi.advanceTimersByTimeAsync(1);
    expect(handed).toEqual(['a', 'b']);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(looks).toBe(3);
    expect(handed).toEqual(['a', 'b']);
    stale = [{ id: 'a', votesVersion: 4 }, { id: 'b', votesVersion: 1 }];
    await vi.advanceTimersByTimeAsync(1_000);
    expect(handed).toEqual(['a', 'b', 'a']);
    // b's map caught up, then a newer vote at a version seen before it was fresh: handed again
    stale = [];
    await vi.advanceTimersByTimeAsync(1_000);
    stale = [{ id: 'b', votesVersion: 1 }];
    await vi.advanceTimersByTimeAsync(1_000);
    expect(handed).toEqual(['a', 'b', 'a', 'b']);
    await sweep.stop();
    stale = [{ id: 'c', votesVersion: 1 }];
    await vi.advanceTimersByTimeAsync(10_000);
    expect(handed).toEqual(['a', 'b', 'a', 'b']);
  });

  it('skips a tick while a look is under way; a failed look is reported and the next tick looks again', async () => {
    const holds: (() => void)[] = [];
    let fail = true;
    let looks = 0;
    const errors: unknown[] = [];
    const handed: string[] = [];
    const sweep = sweepStaleMaps(
      () => {
        looks++;
        if (fail) return Promise.reject(new Error('connection lost'));
        return new Promise((resolve) => holds.push(() => resolve([{ id: 'a', votesVersion: 1 }])));
      },
      1_000,
      (id) => handed.push(id),
      (err) => errors.push(err),
    );
    await vi.advanceTimersByTimeAsync(1_000);
    expect(errors).toHaveLength(1);
    fail = false;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(looks).toBe(2);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(looks).toBe(2);
    holds.shift()!();
    const stopping = sweep.stop();
    await vi.advanceTimersByTimeAsync(0);
    await stopping;
    expect(handed).toEqual(['a']);
  });
});
