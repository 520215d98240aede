// The pacing of the background recomputation, on fake timers: the first change runs at once, the changes
// within the interval after it make one run at its end, a change during a run makes one more run after it,
// and conversations are paced apart.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MapRecomputer } from './recompute';

describe('MapRecomputer', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
  afterEach(() => vi.useRealTimers());

  const setUp = () => {
    const runs: string[] = [];
    const holds: (() => void)[] = [];
    const recomputer = new MapRecomputer(
      (id) => {
        runs.push(id);
        return new Promise<void>((resolve) => holds.push(resolve));
      },
      5_000,
      () => undefined,
    );
    const finish = async () => {
      holds.shift()?.();
      await vi.advanceTimersByTimeAsync(0);
    };
    return { runs, recomputer, finish };
  };

  it('runs the first change at once and the changes within the next 5 s together at its end', async () => {
    const { runs, recomputer, finish } = setUp();
    recomputer.stale('a');
    await vi.advanceTimersByTimeAsync(0);
    expect(runs).toEqual(['a']);
    await finish();
    for (let k = 0; k < 10; k++) recomputer.stale('a');
    await vi.advanceTimersByTimeAsync(4_999);
    expect(runs).toEqual(['a']);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toEqual(['a', 'a']);
    await finish();
    await recomputer.close();
  });

  it('a change during a run makes one more run after it; conversations are paced apart', async () => {
    const { runs, recomputer, finish } = setUp();
    recomputer.stale('a');
    recomputer.stale('b');
    await vi.advanceTimersByTimeAsync(0);
    expect(runs).toEqual(['a', 'b']);
    recomputer.stale('a');
    recomputer.stale('a');
    await finish();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(runs).toEqual(['a', 'b', 'a']);
    await finish();
    await finish();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(runs).toEqual(['a', 'b', 'a']);
    await recomputer.close();
  });
});
