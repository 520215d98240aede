import { describe, expect, it } from 'vitest';
import { adjustedRandIndex } from './rand-index';

describe('adjustedRandIndex', () => {
  it('is 1 for the same partition under other names', () => {
    expect(adjustedRandIndex([0, 0, 1, 1, 2], ['b', 'b', 'a', 'a', 'c'])).toBe(1);
  });

  it('matches the worked example: [0,0,0,1,1,1] against [0,0,1,1,2,2] is 0.2424', () => {
    // pairs together in both: 1 + 1 = 2; in the first: 3 + 3 = 6; in the second: 1 + 1 + 1 = 3; of 15 pairs.
    // expected 6 × 3 / 15 = 1.2, largest (6 + 3)/2 = 4.5 → (2 − 1.2)/(4.5 − 1.2) = 0.242424
    expect(adjustedRandIndex([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2])).toBeCloseTo(0.242424, 6);
  });
});
