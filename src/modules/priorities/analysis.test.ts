// Properties of one scenario's analysis on random performance tables: the ranking is the scores' order,
// weighted-sum contributions add up to the score, every acceptability row is a distribution, the
// first stays first inside its sensitivity interval, and every alternative gets its sentence.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseScenario } from './analysis';
import type { Alternative, Criterion } from './priority.types';

const table = fc.integer({ min: 2, max: 6 }).chain((m) =>
  fc.integer({ min: 1, max: 4 }).chain((n) =>
    fc.record({
      values: fc.array(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: n, maxLength: n }), { minLength: m, maxLength: m }),
      weights: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: n, maxLength: n }),
      cost: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
      method: fc.constantFrom('topsis' as const, 'weighted-sum' as const),
    }),
  ),
);

describe('one scenario analysed', () => {
  it('ranks by score, explains every alternative, and keeps its shares and contributions consistent', () => {
    fc.assert(
      fc.property(table, ({ values, weights, cost, method }) => {
        const alternatives: Alternative[] = values.map((_, a) => ({ key: `a${a}`, title: { vi: `Phương án ${a}`, en: `Option ${a}` } }));
        const criteria: Criterion[] = weights.map((_, c) => ({ key: `c${c}`, title: { vi: `Tiêu chí ${c}`, en: `Criterion ${c}` }, kind: 'custom', direction: cost[c] ? 'cost' : 'benefit' }));
        const total = weights.reduce((s, w) => s + w, 0);
        const r = analyseScenario(alternatives, criteria, values, { key: 's', title: { vi: 'K', en: 'S' }, method, weights: weights.map((w) => w / total), weightSource: 'direct' });
        expect([...r.ranking].sort()).toEqual(alternatives.map((a) => a.key).sort());
        for (let i = 1; i < r.ranking.length; i++) expect(r.scores[r.ranking[i - 1]]).toBeGreaterThanOrEqual(r.scores[r.ranking[i]]);
        r.ranking.forEach((key, i) => expect(r.explanation[key].vi.startsWith(`Xếp thứ ${i + 1}/${values.length}`)).toBe(true));
        for (const shares of Object.values(r.acceptability)) expect(shares.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 9);
        if (method === 'weighted-sum') {
          for (const key of r.ranking) expect(Object.values(r.contributions[key]).reduce((s, x) => s + x, 0)).toBeCloseTo(r.scores[key], 9);
        }
        for (const s of r.sensitivity) {
          expect(s.first[0]).toBeLessThanOrEqual(s.weight + 1e-9);
          expect(s.first[1]).toBeGreaterThanOrEqual(s.weight - 1e-9);
        }
      }),
      { numRuns: 40 },
    );
  });
});
