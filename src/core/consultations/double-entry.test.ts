import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batchCounts, compareEntries, finalReadings, isPaperType, normalizeChoice, type FormReading } from './double-entry';

const pick = (...keys: string[]): FormReading => ({ choice: { approve: keys } });

describe('double entry of paper ballots', () => {
  it('marks the forms the two readings disagree on, including a form one person skipped', () => {
    const first = [pick('r1', 'r2'), pick('r3', 'r4'), { spoilt: true } as const];
    const second = [pick('r1', 'r2'), pick('r3', 'r5')];
    expect(compareEntries(first, second).map((c) => c.same)).toEqual([true, false, false]);
  });

  it('counts nothing until every difference is resolved, then takes the resolutions', () => {
    const comparison = compareEntries([pick('r1', 'r2'), pick('r3', 'r4')], [pick('r1', 'r2'), pick('r3', 'r5')]);
    expect(finalReadings(comparison, new Map())).toEqual({ ok: false, unresolved: [1] });
    expect(finalReadings(comparison, new Map([[1, pick('r3', 'r5')]]))).toEqual({ ok: true, readings: [pick('r1', 'r2'), pick('r3', 'r5')] });
  });

  it('treats two identical entries as final as they stand', () => {
    const reading = fc.oneof(fc.constant<FormReading>({ spoilt: true }), fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd'), { minLength: 1, maxLength: 3 }).map((k) => pick(...k)));
    fc.assert(
      fc.property(fc.array(reading, { maxLength: 30 }), (forms) => {
        const comparison = compareEntries(forms, structuredClone(forms));
        expect(comparison.every((c) => c.same)).toBe(true);
        expect(finalReadings(comparison, new Map())).toEqual({ ok: true, readings: forms });
      }),
    );
  });

  it('reads ticks and tied places in any typed order alike, but never two different rankings', () => {
    const keys = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { minLength: 2, maxLength: 5 });
    fc.assert(
      fc.property(keys, fc.integer({ min: 0, max: 1000 }), (k, seed) => {
        const shuffled = [...k].sort((x, y) => ((x.charCodeAt(0) * 31 + seed) % 7) - ((y.charCodeAt(0) * 31 + seed) % 7));
        const same = (a: FormReading, b: FormReading) => compareEntries([a], [b])[0].same;
        const read = (c: Parameters<typeof normalizeChoice>[0]): FormReading => ({ choice: normalizeChoice(c) });
        expect(same(read({ approve: k }), read({ approve: shuffled }))).toBe(true);
        expect(same(read({ ranking: [k] }), read({ ranking: [shuffled] }))).toBe(true);
        const scores = Object.fromEntries(k.map((key, i) => [key, i]));
        expect(same(read({ scores }), read({ scores: Object.fromEntries(Object.entries(scores).reverse()) }))).toBe(true);
        // places in another order are another vote
        expect(same(read({ ranking: k.map((x) => [x]) }), read({ ranking: [...k].reverse().map((x) => [x]) }))).toBe(false);
      }),
    );
  });

  it('counts a batch for the list: differences, settled ones, and ballots once all are settled', () => {
    const rank = (...keys: string[]): FormReading => ({ choice: { ranking: keys.map((k) => [k]) } });
    const first = [rank('a', 'b'), rank('b', 'a'), { spoilt: true } as const];
    const second = [rank('a', 'b'), rank('a', 'b'), rank('c')];
    expect(batchCounts(first, null, new Map())).toEqual({ conflicts: null, resolved: 0, ballots: null, spoilt: null });
    expect(batchCounts(first, second, new Map([[1, rank('b', 'a')]]))).toEqual({ conflicts: 2, resolved: 1, ballots: null, spoilt: null });
    expect(batchCounts(first, second, new Map([[1, rank('b', 'a')], [2, { spoilt: true }]]))).toEqual({ conflicts: 2, resolved: 2, ballots: 2, spoilt: 1 });
  });

  it('takes every ballot type on paper except pairwise', () => {
    expect((['approval', 'ranking', 'score', 'budget', 'pairwise'] as const).map(isPaperType)).toEqual([true, true, true, true, false]);
  });
});
