import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { currentPhase, phaseStatus, vietnamDate } from './phases';

describe('phases', () => {
  it('reads the date on the Vietnamese calendar: 17:30 UTC on 30/06 is already 01/07 in Hà Nội', () => {
    expect(vietnamDate(new Date('2025-06-30T17:30:00Z'))).toBe('2025-07-01');
    expect(vietnamDate(new Date('2025-06-30T16:59:59Z'))).toBe('2025-06-30');
  });

  it('counts the first and the last day of a phase as active', () => {
    const p = { startsOn: '2024-03-01', endsOn: '2024-03-31' };
    expect(phaseStatus(p, '2024-02-29')).toBe('upcoming');
    expect(phaseStatus(p, '2024-03-01')).toBe('active');
    expect(phaseStatus(p, '2024-03-31')).toBe('active');
    expect(phaseStatus(p, '2024-04-01')).toBe('done');
  });

  it('picks the active phase, else the next upcoming one', () => {
    const phases = [
      { key: 'a', startsOn: '2024-01-01', endsOn: '2024-01-31' },
      { key: 'b', startsOn: '2024-03-01', endsOn: '2024-03-31' },
    ];
    expect(currentPhase(phases, '2024-01-15')?.key).toBe('a');
    expect(currentPhase(phases, '2024-02-15')?.key).toBe('b');
    expect(currentPhase(phases, '2025-01-01')?.key).toBe('b');
    expect(currentPhase([], '2025-01-01')).toBeNull();
  });

  it('a dated phase is exactly one of upcoming, active, done, in date order', () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, day, (a, b, today) => {
        const [startsOn, endsOn] = a <= b ? [a, b] : [b, a];
        const status = phaseStatus({ startsOn, endsOn }, today);
        const expected = today < startsOn ? 'upcoming' : today > endsOn ? 'done' : 'active';
        expect(status).toBe(expected);
      }),
    );
  });
});
