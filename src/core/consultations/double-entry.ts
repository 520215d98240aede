// Paper ballots are typed in twice, by two people. This compares the two readings of a batch form by
// form, and once every difference has a resolution, gives the final readings to count. Approval,
// ranking, score and budget forms can be typed; a pairwise ballot is a sequence of screens, not a
// paper form.
import { canonicalJson } from './receipt';
import type { BallotType, StoredChoice } from './spec';

export const paperTypes: readonly BallotType[] = ['approval', 'ranking', 'score', 'budget'];
export const isPaperType = (type: BallotType) => paperTypes.includes(type);

/**
 * A checked choice in the one form both entries are stored in, so that what means the same on paper
 * compares equal: ticks in the order printed (the order typed means nothing), options tied in a
 * ranking likewise, scores by option key. The order of a ranking's places is kept: it is the vote.
 */
export function normalizeChoice(choice: StoredChoice): StoredChoice {
  if ('approve' in choice) return { approve: [...choice.approve].sort() };
  if ('ranking' in choice) return { ranking: choice.ranking.map((place) => [...place].sort()) };
  if ('scores' in choice) return { scores: Object.fromEntries(Object.entries(choice.scores).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) };
  return choice;
}

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

/** Where a batch stands, for the list of batches: differing forms, those settled, and what counts. */
export function batchCounts(first: readonly FormReading[] | null, second: readonly FormReading[] | null, resolutions: ReadonlyMap<number, FormReading>) {
  if (!first || !second) return { conflicts: null, resolved: 0, ballots: null, spoilt: null };
  const comparison = compareEntries(first, second);
  const differing = comparison.filter((c) => !c.same);
  const resolved = differing.filter((c) => resolutions.has(c.form)).length;
  const final = finalReadings(comparison, resolutions);
  if (!final.ok) return { conflicts: differing.length, resolved, ballots: null, spoilt: null };
  const ballots = final.readings.filter((r) => 'choice' in r).length;
  return { conflicts: differing.length, resolved, ballots, spoilt: final.readings.length - ballots };
}
