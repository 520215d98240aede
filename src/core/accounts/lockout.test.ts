import { describe, expect, it } from 'vitest';
import { afterFailure, lockEnds, minutesLeft, unlocked, type LockState } from './lockout';

const t0 = new Date('2026-03-01T08:00:00Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

function fail(times: number, state: LockState = unlocked, when = t0): LockState {
  let s = state;
  for (let i = 0; i < times; i++) s = afterFailure(s, when);
  return s;
}

describe('lockout after repeated failures', () => {
  it('allows four failures without a lock and locks for one minute at the fifth', () => {
    expect(lockEnds(fail(4), t0)).toBeNull();
    expect(lockEnds(fail(5), t0)).toEqual(at(1));
    expect(lockEnds(fail(5), at(1))).toBeNull();
  });

  it('doubles the lock with each further failure: 1, 2, 4, 8, 16, 32, then 60 minutes at most', () => {
    const locks: number[] = [];
    let s = fail(4);
    for (let i = 0; i < 9; i++) {
      s = afterFailure(s, t0);
      locks.push((s.lockedUntil!.getTime() - t0.getTime()) / 60_000);
    }
    expect(locks).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60]);
  });

  it('starts counting again when the previous failure is more than a day old', () => {
    const s = afterFailure(fail(4), new Date(t0.getTime() + 25 * 3_600_000));
    expect(s.failures).toBe(1);
    expect(s.lockedUntil).toBeNull();
  });

  it('tells the person to wait whole minutes, at least one', () => {
    expect(minutesLeft(at(2), t0)).toBe(2);
    expect(minutesLeft(new Date(t0.getTime() + 61_000), t0)).toBe(2);
    expect(minutesLeft(new Date(t0.getTime() + 1_000), t0)).toBe(1);
  });
});
