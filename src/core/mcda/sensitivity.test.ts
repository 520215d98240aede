// Weight intervals and rank acceptability on cases whose answers follow by hand from the scores
// written out in each test.
import { describe, expect, it } from 'vitest';
import { rankAcceptability } from './acceptability';
import { sampleDirichlet, sampleGamma } from './dirichlet';
import { mirrored } from './mirrored.fixture';
import { linearModel } from './model';
import { createRandom } from '../random';
import { weightSensitivity } from './sensitivity';
import { topsisModel } from './topsis';
import { weightedSumModel } from './weighted-sum';

const options = { draws: 4000, seed: 3, distribution: 'dirichlet' as const, concentration: 100 };

describe('weight intervals', () => {
  it('weighted sum, exactly: Z (score t) stays ahead of X (1 − t) and Y (1/2) for t from 1/2 to 1', () => {
    const s = weightSensitivity(weightedSumModel(mirrored(0.6)));
    expect(s).toMatchObject({ top: 'Z', method: 'exact' });
    expect(s.criteria[0].criterion).toBe('size');
    expect(s.criteria[0].first[0]).toBeCloseTo(0.5, 12);
    expect(s.criteria[0].first[1]).toBe(1);
    // the cost criterion's weight is 1 − t: Z stays first while it is at most 1/2
    expect(s.criteria[1].first[0]).toBe(0);
    expect(s.criteria[1].first[1]).toBeCloseTo(0.5, 12);
    expect(s.topThree).toBeUndefined();
  });

  it('TOPSIS, by search: the same interval to the stated precision', () => {
    const s = weightSensitivity(topsisModel(mirrored(0.6)));
    expect(s).toMatchObject({ top: 'Z', method: 'search', resolution: { step: 0.001, precision: 1e-9 } });
    expect(Math.abs(s.criteria[0].first[0] - 0.5)).toBeLessThanOrEqual(1e-9);
    expect(s.criteria[0].first[1]).toBe(1);
    expect(Math.abs(s.criteria[1].first[1] - 0.5)).toBeLessThanOrEqual(1e-9);
  });

  it('top three: with scores P = t, Q = 1 − t, R = 0.6, S = 0.2, R leads on [0.4, 0.6] and P, Q, R stay the top three on [0.2, 0.8]', () => {
    const model = linearModel(['P', 'Q', 'R', 'S'], ['one', 'two'], [0.5, 0.5], [[1, 0], [0, 1], [0.6, 0.6], [0.2, 0.2]]);
    const s = weightSensitivity(model);
    expect(s.top).toBe('R');
    expect([...s.topThree!].sort()).toEqual(['P', 'Q', 'R']);
    const [lo, hi] = s.criteria[0].first;
    const [lo3, hi3] = s.criteria[0].topThree!;
    expect([lo, hi, lo3, hi3].map((x) => Number(x.toFixed(12)))).toEqual([0.4, 0.6, 0.2, 0.8]);
  });

  it('a single criterion cannot move', () => {
    const s = weightSensitivity(linearModel(['A', 'B'], ['only'], [1], [[1], [0]]));
    expect(s.criteria[0].first).toEqual([1, 1]);
  });
});

describe('rank acceptability', () => {
  it('is the same for the same seed, and each alternative\'s shares add up to 1', () => {
    const model = topsisModel(mirrored(0.55));
    const a = rankAcceptability(model, options);
    expect(rankAcceptability(model, options)).toEqual(a);
    for (const shares of Object.values(a.ranks)) expect(shares.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
    expect(Object.keys(a.ranks)).toEqual(['Z', 'Y', 'X']);
  });

  it('with a weight of 0.55 ± about 0.05, Z is first in most draws but not all (P(t > 1/2) ≈ 0.84)', () => {
    // t ~ Beta(55, 45): mean 0.55, sd ≈ 0.0495, so t > 1/2 about 84 % of the time
    const a = rankAcceptability(weightedSumModel(mirrored(0.55)), options);
    expect(a.ranks.Z[0]).toBeGreaterThan(0.8);
    expect(a.ranks.Z[0]).toBeLessThan(0.88);
    // Y scores 1/2 whatever the weights: always between the other two
    expect(a.ranks.Y[1]).toBe(1);
  });

  it('uniform on the simplex: three alternatives each best on one criterion are each first a third of the time', () => {
    const model = linearModel(['A', 'B', 'C'], ['a', 'b', 'c'], [0.6, 0.3, 0.1], [[1, 0, 0], [0, 1, 0], [0, 0, 1]]);
    const a = rankAcceptability(model, { ...options, distribution: 'uniform' });
    for (const name of ['A', 'B', 'C']) expect(Math.abs(a.ranks[name][0] - 1 / 3)).toBeLessThan(0.03);
  });
});

describe('the Dirichlet sampler', () => {
  it('centres on α / Σα with variance w(1 − w)/(κ + 1)', () => {
    const random = createRandom(11);
    const alpha = [50, 30, 20];
    const n = 20_000;
    const sum = [0, 0, 0];
    const squares = [0, 0, 0];
    for (let i = 0; i < n; i++) {
      sampleDirichlet(random, alpha).forEach((x, c) => {
        sum[c] += x;
        squares[c] += x * x;
      });
    }
    [0.5, 0.3, 0.2].forEach((w, c) => {
      const mean = sum[c] / n;
      expect(Math.abs(mean - w)).toBeLessThan(0.002);
      const variance = (w * (1 - w)) / 101;
      // the estimate's own sd is about variance·√(2/n), under 1 %
      expect(Math.abs(squares[c] / n - mean * mean - variance)).toBeLessThan(0.05 * variance);
    });
  });

  it('draws Gamma with mean equal to the shape, below 1 too', () => {
    const random = createRandom(5);
    for (const shape of [0.3, 1, 4.5]) {
      let sum = 0;
      for (let i = 0; i < 20_000; i++) sum += sampleGamma(random, shape);
      expect(Math.abs(sum / 20_000 - shape)).toBeLessThan(4 * Math.sqrt(shape / 20_000));
    }
  });

  it('keeps a criterion given no weight at none', () => {
    expect(sampleDirichlet(createRandom(1), [0, 5, 5])[0]).toBe(0);
  });
});
