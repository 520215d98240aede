// Acceptance properties of issue 17 on random inventories and scenarios: a scenario's figures per level
// always add up to the inventory's totals, and moving activities and moving them back restores every figure.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIVITY_KINDS, CRITERIA, LEVELS, applyMoves, cells, compareScenarios, inventoryTotals, levelTotals, type Activity, type Level, type Move } from './index';

const SECTORS = ['construction', 'health', 'education', 'finance'];

const activityArb = (i: number) =>
  fc.record({
    sector: fc.constantFrom(...SECTORS),
    fn: fc.integer({ min: 1, max: 3 }),
    kind: fc.constantFrom(...ACTIVITY_KINDS),
    level: fc.constantFrom(...LEVELS),
    workload: fc.integer({ min: 0, max: 100_000 }),
    staff: fc.integer({ min: 0, max: 200 }),
    budget: fc.integer({ min: 0, max: 1_000_000 }),
  }).map((r): Activity => ({
    code: `A${i}`, sector: r.sector, unit: r.sector, functionCode: `${r.sector}-${r.fn}`, functionName: `F ${r.sector} ${r.fn}`, name: `A${i}`,
    kind: r.kind, legalDocument: 'Luật', legalArticle: '', level: r.level, workload: r.workload, staff: r.staff, budget: r.budget,
  }));

const inventoryArb = fc.integer({ min: 0, max: 15 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => activityArb(i))));

/** An inventory and a scenario moving some of its activities, each to another level. */
const withScenario = inventoryArb.chain((activities) =>
  fc.tuple(fc.constant(activities as Activity[]), fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 1, max: 2 })), { minLength: activities.length, maxLength: activities.length })).map(([list, picks]) => {
    const moves: Move[] = list.flatMap((a, i) => {
      const [moved, shift] = picks[i];
      if (!moved) return [];
      const to = LEVELS[(LEVELS.indexOf(a.level) + shift) % LEVELS.length];
      return [{ activity: a.code, to, rationale: '', phase: 'P1', date: '2022-01-01', investment: 0 }];
    });
    return { list, moves };
  }),
);

const FIGURES = ['activities', 'workload', 'staff', 'budget'] as const;

describe('devolution properties', () => {
  it("a scenario's totals per level sum to the inventory's totals", () => {
    fc.assert(
      fc.property(withScenario, ({ list, moves }) => {
        const after = applyMoves(list, moves);
        const total = inventoryTotals(list);
        const levels = levelTotals(after);
        const byCells = cells(after);
        for (const f of FIGURES) {
          expect(LEVELS.reduce((s, l) => s + levels[l][f], 0)).toBe(total[f]);
          expect(byCells.reduce((s, c) => s + c[f], 0)).toBe(total[f]);
        }
        // every function is held somewhere, at most once per level
        const held = LEVELS.reduce((s, l) => s + levels[l].functions, 0);
        expect(held).toBeGreaterThanOrEqual(total.functions);
        expect(held).toBeLessThanOrEqual(total.functions * LEVELS.length);
      }),
    );
  });

  it('moving activities and moving them back restores every figure', () => {
    fc.assert(
      fc.property(withScenario, ({ list, moves }) => {
        const level = new Map(list.map((a) => [a.code, a.level]));
        const back = moves.map((m) => ({ ...m, to: level.get(m.activity) as Level }));
        const restored = applyMoves(applyMoves(list, moves), back);
        expect(restored).toEqual(list);
        expect(cells(restored)).toEqual(cells(list));
        expect(levelTotals(restored)).toEqual(levelTotals(list));
      }),
    );
  });

  it('a scenario whose every score is at least 0 never ranks below the current assignment (weighted sum and TOPSIS)', () => {
    const scoresArb = fc.record(Object.fromEntries(CRITERIA.map((c) => [c, fc.integer({ min: 0, max: 2 })])) as Record<(typeof CRITERIA)[number], fc.Arbitrary<number>>);
    const weightsArb = fc.record(Object.fromEntries(CRITERIA.map((c) => [c, fc.integer({ min: 1, max: 10 })])) as Record<(typeof CRITERIA)[number], fc.Arbitrary<number>>);
    const otherArb = fc.array(fc.record(Object.fromEntries(CRITERIA.map((c) => [c, fc.integer({ min: -2, max: 2 })])) as Record<(typeof CRITERIA)[number], fc.Arbitrary<number>>), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(fc.array(scoresArb, { minLength: 1, maxLength: 4 }), otherArb, weightsArb, fc.constantFrom('weighted-sum' as const, 'topsis' as const), (good, other, weights, method) => {
        const moves = (list: object[]) => list.map((scores, i): Move => ({ activity: `A${i}`, to: 'commune', rationale: '', phase: 'P', date: '2022-01-01', investment: 0, scores }));
        const result = compareScenarios([{ key: 'good', moves: moves(good) }, { key: 'other', moves: moves(other) }], weights, method);
        expect(result.scores.good).toBeGreaterThanOrEqual(result.scores.current - 1e-12);
      }),
    );
  });
});
