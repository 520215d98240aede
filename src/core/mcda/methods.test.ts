// TOPSIS, the weighted sum and the two ways of giving weights, on cases worked out by hand.
import { describe, expect, it } from 'vitest';
import { mirrored } from './mirrored.fixture';
import { namedGroups } from './ranking';
import { topsisModel } from './topsis';
import { directWeights, swingWeights } from './weights';
import { minMaxNormalise, weightedSumModel } from './weighted-sum';

describe('TOPSIS', () => {
  it('scores the mirrored case X: 1 − t, Y: 1/2, Z: t', () => {
    for (const t of [0.2, 0.6, 0.9]) {
      const model = topsisModel(mirrored(t));
      const [x, y, z] = model.score(model.weights);
      expect(x).toBeCloseTo(1 - t, 12);
      expect(y).toBeCloseTo(0.5, 12);
      expect(z).toBeCloseTo(t, 12);
    }
  });

  it('gives the ideal 1 and the anti-ideal 0', () => {
    // A is best on both criteria, C worst on both
    const model = topsisModel({ alternatives: ['A', 'B', 'C'], criteria: ['p', 'q'], weights: [0.5, 0.5], directions: ['benefit', 'cost'], matrix: [[9, 1], [5, 4], [2, 8]] });
    const [a, , c] = model.score(model.weights);
    expect(a).toBe(1);
    expect(c).toBe(0);
  });

  it('scores everyone 1/2 when all alternatives coincide', () => {
    const model = topsisModel({ alternatives: ['A', 'B'], criteria: ['p'], weights: [1], directions: ['benefit'], matrix: [[3], [3]] });
    expect(model.score(model.weights)).toEqual([0.5, 0.5]);
  });
});

describe('weighted sum (min–max)', () => {
  it('puts the best value of each criterion at 1 and the worst at 0, whichever the direction', () => {
    expect(minMaxNormalise([[10, 1], [20, 2], [30, 4]], ['benefit', 'cost'])).toEqual([[0, 1], [0.5, 2 / 3], [1, 0]]);
  });

  it('lets a criterion on which all alternatives are equal add nothing', () => {
    expect(minMaxNormalise([[5, 1], [5, 2]], ['benefit', 'benefit'])).toEqual([[0, 0], [0, 1]]);
  });

  it('scores the mirrored case like TOPSIS and ties X, Y and Z at equal weights', () => {
    const model = weightedSumModel(mirrored(0.6));
    const [x, y, z] = model.score(model.weights);
    expect([x, y, z].map((s) => Number(s.toFixed(12)))).toEqual([0.4, 0.5, 0.6]);
    const even = weightedSumModel(mirrored(0.5));
    expect(namedGroups(even.alternatives, even.score(even.weights))).toEqual([['X', 'Y', 'Z']]);
  });
});

describe('weights', () => {
  it('normalises direct weights to sum to 1', () => {
    expect(directWeights(['a', 'b', 'c'], [2, 1, 1])).toEqual([0.5, 0.25, 0.25]);
    expect(directWeights(['a', 'b'], [40, 0])).toEqual([1, 0]);
  });

  it('reads swing points against the 100-point swing', () => {
    expect(swingWeights(['a', 'b', 'c'], [100, 50, 50])).toEqual([0.5, 0.25, 0.25]);
  });

  it('rejects negative weights, all-zero weights and swings without a 100-point yardstick', () => {
    expect(() => directWeights(['a', 'b'], [1, -1])).toThrow('the weight of "b" must be a number of at least 0, not -1.');
    expect(() => directWeights(['a', 'b'], [0, 0])).toThrow('every weight is 0');
    expect(() => swingWeights(['a', 'b'], [80, 40])).toThrow('the highest here is 80');
    expect(() => swingWeights(['a', 'b'], [100, 120])).toThrow('the swing of "b" must be from 0 to 100 points, not 120.');
  });
});
