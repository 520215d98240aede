// When a first map may be drawn: two participants with min(7, statements) votes each; otherwise how many
// more votes and participants. Expected values worked by hand.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapReadiness } from './readiness';

describe('map readiness', () => {
  it('examples by hand', () => {
    expect(mapReadiness([], 3)).toEqual({ ready: false, votesNeeded: 6, participantsNeeded: 2, votesEach: 3 });
    expect(mapReadiness([2], 3)).toEqual({ ready: false, votesNeeded: 4, participantsNeeded: 1, votesEach: 3 });
    expect(mapReadiness([3, 2, 1], 3)).toEqual({ ready: false, votesNeeded: 1, participantsNeeded: 0, votesEach: 3 });
    expect(mapReadiness([3, 3], 3)).toEqual({ ready: true, votesNeeded: 0, participantsNeeded: 0, votesEach: 3 });
    // 25 statements: 7 votes each
    expect(mapReadiness([9, 6, 6], 25)).toEqual({ ready: false, votesNeeded: 1, participantsNeeded: 0, votesEach: 7 });
    expect(mapReadiness([], 0).ready).toBe(false);
  });

  const counts = fc.array(fc.nat(30), { maxLength: 8 });
  it('property: ready exactly when two participants have min(7, statements) votes', () => {
    fc.assert(
      fc.property(counts, fc.integer({ min: 1, max: 40 }), (c, s) => {
        const need = Math.min(7, s);
        expect(mapReadiness(c, s).ready).toBe(c.filter((n) => n >= need).length >= 2);
      }),
    );
  });

  it('property: one more vote never raises the votes needed, and lowers them by at most one', () => {
    fc.assert(
      fc.property(counts, fc.integer({ min: 1, max: 40 }), fc.nat(8), (c, s, who) => {
        const before = mapReadiness(c, s).votesNeeded;
        const more = [...c];
        if (who < more.length) more[who]++;
        else more.push(1);
        const after = mapReadiness(more, s).votesNeeded;
        expect(after).toBeLessThanOrEqual(before);
        expect(before - after).toBeLessThanOrEqual(1);
      }),
    );
  });
});
