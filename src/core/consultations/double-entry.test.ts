import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareEntries, finalReadings, type FormReading } from './double-entry';

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
});
