// Paper ballots are typed in twice, by two people. This compares the two readings of a batch form by
// form, and once every difference has a resolution, gives the final readings to count.
import { canonicalJson } from './receipt';
import type { StoredChoice } from './spec';

/** What one person read off one paper form: a valid choice, or a spoilt form (not counted). */
export type FormReading = { choice: StoredChoice } | { spoilt: true };

export type FormComparison = { form: number; first: FormReading | null; second: FormReading | null; same: boolean };

const sameReading = (a: FormReading | null, b: FormReading | null) => a !== null && b !== null && canonicalJson(a) === canonicalJson(b);

export function compareEntries(first: readonly FormReading[], second: readonly FormReading[]): FormComparison[] {
  const forms = Math.max(first.length, second.length);
  return Array.from({ length: forms }, (_, form) => {
    const a = first[form] ?? null;
    const b = second[form] ?? null;
    return { form, first: a, second: b, same: sameReading(a, b) };
  });
}

/** The readings to count, or the forms that still differ and have no resolution. */
export function finalReadings(
  comparison: readonly FormComparison[],
  resolutions: ReadonlyMap<number, FormReading>,
): { ok: true; readings: FormReading[] } | { ok: false; unresolved: number[] } {
  const unresolved = comparison.filter((c) => !c.same && !resolutions.has(c.form)).map((c) => c.form);
  if (unresolved.length) return { ok: false, unresolved };
  return { ok: true, readings: comparison.map((c) => resolutions.get(c.form) ?? (c.first as FormReading)) };
}
