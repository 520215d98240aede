// Properties every method must have, checked on random problems with fast-check. The expected
// values come from the definitions (a consistent matrix a_ij = w_i/w_j has eigenvector w;
// dominance; invariance to units and to the order things are listed in), never from a run.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateJudgments } from './aggregate';
import { priorities } from './ahp';
import { judgmentMatrix } from './judgments';
import type { DecisionProblem, ScoringModel } from './model';
import { reweight } from './model';
import { namedGroups, orderByScore } from './ranking';
import { weightSensitivity } from './sensitivity';
import { topsisModel } from './topsis';
import { weightedSumModel } from './weighted-sum';

const names = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const saaty = fc.constantFrom(...[1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((x) => (x === 1 ? [1] : [x, 1 / x])));

/** All pairs i < j of n items judged with values from Saaty's scale. */
const randomJudgments = (n: number) =>
  fc.array(saaty, { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 }).map((values) => {
    const items = names(n, 'C');
    const judgments: Record<string, number> = {};
    let k = 0;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) judgments[`${items[i]}>${items[j]}`] = values[k++];
    return { items, judgments };
  });

const problem = fc.record({ m: fc.integer({ min: 2, max: 7 }), n: fc.integer({ min: 1, max: 5 }) }).chain(({ m, n }) =>
  fc.record({
    alternatives: fc.constant(names(m, 'A')),
    criteria: fc.constant(names(n, 'K')),
    weights: fc.array(fc.integer({ min: 1, max: 20 }), { minLength: n, maxLength: n }).map((w) => w.map((x) => x / w.reduce((s, y) => s + y, 0))),
    directions: fc.array(fc.constantFrom('benefit' as const, 'cost' as const), { minLength: n, maxLength: n }),
    matrix: fc.array(fc.array(fc.integer({ min: 1, max: 100 }), { minLength: n, maxLength: n }), { minLength: m, maxLength: m }),
  }),
);

const models: [string, (p: DecisionProblem) => ScoringModel][] = [['weighted sum', weightedSumModel], ['TOPSIS', topsisModel]];
const sortedGroups = (groups: string[][]) => groups.map((g) => [...g].sort());

describe('AHP properties', () => {
  it('a perfectly consistent matrix (a_ij = w_i / w_j) gives back w with CR 0', () => {
    const weights = fc.array(fc.double({ min: 1, max: 9, noNaN: true }), { minLength: 1, maxLength: 10 });
    fc.assert(
      fc.property(weights, (w) => {
        const items = names(w.length, 'C');
        const judgments: Record<string, number> = {};
        for (let i = 0; i < w.length; i++) for (let j = i + 1; j < w.length; j++) judgments[`${items[i]}>${items[j]}`] = w[i] / w[j];
        const p = priorities(items, [judgments]);
        const total = w.reduce((s, x) => s + x, 0);
        p.weights.forEach((x, i) => expect(x).toBeCloseTo(w[i] / total, 9));
        expect(p.lambdaMax).toBeCloseTo(w.length, 9);
        expect(p.cr).toBeLessThan(1e-9);
        expect(p.revisit).toEqual([]);
      }),
    );
  });

  it('weights are positive and sum to 1, λmax ≥ n, CR ≥ 0, for any judgments', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }).chain(randomJudgments), ({ items, judgments }) => {
        const p = priorities(items, [judgments]);
        expect(p.weights.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
        for (const x of p.weights) expect(x).toBeGreaterThan(0);
        expect(p.lambdaMax).toBeGreaterThanOrEqual(items.length - 1e-9);
        expect(p.cr).toBeGreaterThanOrEqual(0);
        if (p.cr > 0.1) expect(p.revisit.length).toBeGreaterThan(0);
      }),
    );
  });

  it('listing the items in another order changes no weight', () => {
    const input = fc.integer({ min: 2, max: 8 }).chain((n) => fc.tuple(randomJudgments(n), fc.shuffledSubarray(names(n, 'C'), { minLength: n, maxLength: n })));
    fc.assert(
      fc.property(input, ([{ items, judgments }, shuffled]) => {
        const a = priorities(items, [judgments]);
        const b = priorities(shuffled, [judgments]);
        items.forEach((name, i) => expect(b.weights[shuffled.indexOf(name)]).toBeCloseTo(a.weights[i], 9));
        expect(b.cr).toBeCloseTo(a.cr, 9);
      }),
    );
  });

  it('the geometric mean of identical judgments is those judgments', () => {
    const input = fc.tuple(fc.integer({ min: 2, max: 7 }).chain(randomJudgments), fc.integer({ min: 1, max: 6 }));
    fc.assert(
      fc.property(input, ([{ items, judgments }, officials]) => {
        const m = judgmentMatrix(items, judgments);
        const combined = aggregateJudgments(Array.from({ length: officials }, () => m));
        combined.forEach((row, i) => row.forEach((x, j) => expect(x / m[i][j]).toBeCloseTo(1, 12)));
      }),
    );
  });
});

describe('weighted sum and TOPSIS properties', () => {
  for (const [label, build] of models) {
    it(`${label}: scores lie in [0, 1]`, () => {
      fc.assert(fc.property(problem, (p) => {
        const model = build(p);
        for (const s of model.score(model.weights)) {
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(1 + 1e-12);
        }
      }));
    });

    it(`${label}: measuring a criterion in other units (scaling its column) changes nothing`, () => {
      const input = problem.chain((p) => fc.tuple(fc.constant(p), fc.integer({ min: 0, max: p.criteria.length - 1 }), fc.double({ min: 0.001, max: 1000, noNaN: true })));
      fc.assert(fc.property(input, ([p, c, factor]) => {
        const scaled = { ...p, matrix: p.matrix.map((row) => row.map((x, k) => (k === c ? x * factor : x))) };
        const before = build(p).score(p.weights);
        build(scaled).score(p.weights).forEach((s, a) => expect(s).toBeCloseTo(before[a], 9));
      }));
    });

    it(`${label}: an alternative at least as good on every criterion and better on one ranks first alone`, () => {
      const input = problem.chain((p) => fc.tuple(fc.constant(p), fc.integer({ min: 0, max: p.alternatives.length - 1 })));
      fc.assert(fc.property(input, ([p, d]) => {
        const matrix = p.matrix.map((row) => [...row]);
        p.criteria.forEach((_, c) => {
          const column = p.matrix.map((row) => row[c]);
          matrix[d][c] = p.directions[c] === 'benefit' ? Math.max(...column) + 1 : Math.min(...column) / 2;
        });
        const model = build({ ...p, matrix });
        expect(namedGroups(p.alternatives, model.score(p.weights))[0]).toEqual([p.alternatives[d]]);
      }));
    });

    it(`${label}: listing alternatives and criteria in another order changes nothing`, () => {
      const input = problem.chain((p) =>
        fc.tuple(
          fc.constant(p),
          fc.shuffledSubarray([...p.alternatives.keys()], { minLength: p.alternatives.length, maxLength: p.alternatives.length }),
          fc.shuffledSubarray([...p.criteria.keys()], { minLength: p.criteria.length, maxLength: p.criteria.length }),
        ),
      );
      fc.assert(fc.property(input, ([p, rows, columns]) => {
        const shuffled: DecisionProblem = {
          alternatives: rows.map((a) => p.alternatives[a]),
          criteria: columns.map((c) => p.criteria[c]),
          weights: columns.map((c) => p.weights[c]),
          directions: columns.map((c) => p.directions[c]),
          matrix: rows.map((a) => columns.map((c) => p.matrix[a][c])),
        };
        const before = build(p).score(p.weights);
        const after = build(shuffled).score(shuffled.weights);
        rows.forEach((a, r) => expect(after[r]).toBeCloseTo(before[a], 12));
        const groups = (q: DecisionProblem, s: number[]) => sortedGroups(namedGroups(q.alternatives, s));
        expect(groups(shuffled, after)).toEqual(groups(p, before));
      }));
    });

    it(`${label}: each sensitivity interval holds the given weight, and the top alternative leads at both ends`, () => {
      fc.assert(fc.property(problem, (p) => {
        const model = build(p);
        const s = weightSensitivity(model);
        const top = p.alternatives.indexOf(s.top);
        s.criteria.forEach(({ weight, first }, k) => {
          expect(weight).toBe(p.weights[k]);
          expect(first[0]).toBeGreaterThanOrEqual(0);
          expect(first[0]).toBeLessThanOrEqual(weight);
          expect(first[1]).toBeGreaterThanOrEqual(weight);
          expect(first[1]).toBeLessThanOrEqual(1);
          for (const t of first) {
            const scores = model.score(reweight(p.weights, k, t));
            expect(Math.max(...scores) - scores[top]).toBeLessThan(1e-9);
          }
        });
      }));
    });
  }

  it('for the (linear) weighted sum, the grid search finds the exact intervals', () => {
    fc.assert(fc.property(problem, (p) => {
      const exact = weightedSumModel(p);
      const searched = weightSensitivity({ ...exact, values: undefined });
      weightSensitivity(exact).criteria.forEach(({ first, topThree }, k) => {
        first.forEach((x, e) => expect(Math.abs(x - searched.criteria[k].first[e])).toBeLessThan(2e-9));
        topThree?.forEach((x, e) => expect(Math.abs(x - searched.criteria[k].topThree![e])).toBeLessThan(2e-9));
      });
      expect(searched.top).toBe(p.alternatives[orderByScore(exact.score(p.weights))[0]]);
    }));
  });
});
