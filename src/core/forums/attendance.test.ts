import { describe, expect, it } from 'vitest';
import { rollUp } from './attendance';

describe('attendance roll-up', () => {
  it('sums points into the forum, counting an unknown expectation and a point without registrations as zero', () => {
    const points = [{ id: 'hall', expected: 200 }, { id: 'hue', expected: 40 }, { id: 'org', expected: null }];
    const counts = new Map([['hall', { registered: 150, checkedIn: 120 }], ['org', { registered: 3, checkedIn: 2 }]]);
    expect(rollUp(points, counts)).toEqual({
      points: [
        { pointId: 'hall', expected: 200, registered: 150, checkedIn: 120 },
        { pointId: 'hue', expected: 40, registered: 0, checkedIn: 0 },
        { pointId: 'org', expected: null, registered: 3, checkedIn: 2 },
      ],
      overall: { expected: 240, registered: 153, checkedIn: 122 },
    });
  });
});
