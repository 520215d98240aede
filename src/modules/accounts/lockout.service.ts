// Locks after repeated failures (policy in core/accounts/lockout.ts). An attempt is counted as a
// failure *before* it is checked and forgiven when it succeeds, so a burst of parallel guesses cannot
// all slip in while the first ones are still being checked.
import { eq, lt } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import { afterFailure, lockEnds, lockoutPolicy, unlocked } from '../../core/accounts/lockout';
import { failureLocks } from './lockout.table';
import { sha256 } from './secrets';

export type Gate = { allowed: true } | { allowed: false; until: Date };

/** The lock key of a sign-in e-mail, whatever letter case or spaces it came with. */
export const loginKey = (email: string) => `login:${sha256(email.trim().toLowerCase())}`;

/** Refuses the attempt while a lock is in force; otherwise counts it as a failure until `forgive`. */
export async function beginAttempt(db: Db, key: string, now: Date): Promise<Gate> {
  return db.transaction(async (tx) => {
    await tx.insert(failureLocks).values({ key }).onConflictDoNothing();
    const [row] = await tx.select().from(failureLocks).where(eq(failureLocks.key, key)).for('update');
    const state = row ?? { ...unlocked };
    const until = lockEnds(state, now);
    if (until) return { allowed: false, until };
    const next = afterFailure(state, now);
    await tx.update(failureLocks).set(next).where(eq(failureLocks.key, key));
    // Locks are rare, so that is when rows nobody has failed on for a day are cleared away.
    if (next.lockedUntil) await tx.delete(failureLocks).where(lt(failureLocks.lastFailureAt, new Date(now.getTime() - lockoutPolicy.forgetAfterHours * 3_600_000)));
    return { allowed: true };
  });
}

/** The attempt succeeded: the count starts again from nothing. */
export async function forgive(db: Db, key: string): Promise<void> {
  await db.delete(failureLocks).where(eq(failureLocks.key, key));
}
