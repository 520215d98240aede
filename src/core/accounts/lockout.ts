// Repeated failures (wrong passwords, wrong one-time codes) lock the account or contact for a time
// that doubles with each further failure, so a guesser gets a handful of tries an hour whatever
// address they come from, while a person who mistypes waits a minute.
export type LockState = { failures: number; lastFailureAt: Date | null; lockedUntil: Date | null };

export const lockoutPolicy = {
  /** Failures allowed before the first lock. */
  freeFailures: 5,
  firstLockMinutes: 1,
  maxLockMinutes: 60,
  /** A failure this long after the previous one starts the count again. */
  forgetAfterHours: 24,
} as const;

export const unlocked: LockState = { failures: 0, lastFailureAt: null, lockedUntil: null };

/** When the lock in force ends, or null when an attempt may be made now. */
export function lockEnds(state: LockState, now: Date): Date | null {
  return state.lockedUntil && state.lockedUntil > now ? state.lockedUntil : null;
}

/** The state after one more failure: 1, 2, 4 … minutes of lock from the fifth one on, capped. */
export function afterFailure(state: LockState, now: Date): LockState {
  const forgotten = state.lastFailureAt && now.getTime() - state.lastFailureAt.getTime() > lockoutPolicy.forgetAfterHours * 3_600_000;
  const failures = forgotten ? 1 : state.failures + 1;
  const beyond = failures - lockoutPolicy.freeFailures;
  if (beyond < 0) return { failures, lastFailureAt: now, lockedUntil: null };
  const minutes = Math.min(lockoutPolicy.firstLockMinutes * 2 ** Math.min(beyond, 30), lockoutPolicy.maxLockMinutes);
  return { failures, lastFailureAt: now, lockedUntil: new Date(now.getTime() + minutes * 60_000) };
}

/** Whole minutes left until `until`, at least 1: what the person is told to wait. */
export const minutesLeft = (until: Date, now: Date) => Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
