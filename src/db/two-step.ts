// A short write transaction in two round trips, for the hottest path (ballots): the first script opens
// the transaction and reads; the second, built from what the first read, writes and commits. Each
// script is plain SQL with several statements (the simple query protocol allows no parameters), so
// values go in as literals through `literal` only. In READ COMMITTED every statement of a script takes
// its own snapshot, so a statement after a `for update` sees whatever committed before the lock.
export type ScriptRows = Record<string, unknown>[];

/** Runs `read` after BEGIN, then `write(readResults)` (null: nothing to write) and COMMIT; rolls back on any error. */
export type TwoStep = (read: string, write: (results: ScriptRows[]) => string | null) => Promise<ScriptRows[]>;

/** A text literal for those scripts (standard_conforming_strings is on in every supported PostgreSQL). */
export function literal(value: string | number | null): string {
  if (value === null) return 'null';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
    return String(value);
  }
  if (value.includes('\0')) throw new Error('a text value holds a NUL character');
  return `'${value.replaceAll("'", "''")}'`;
}
