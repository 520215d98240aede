// The analysis laid side by side on screen (web/src/features/devolution/sideBySide.ts): a small inventory
// worked by hand, and on random inventories and scenarios (cells from core/devolution, the server's analysis)
// every activity moved counted once out and once in, and each level's rows adding up to its totals.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyMoves, cells, levelTotals, LEVELS, type Activity, type Move } from '../../src/core/devolution';
import { sideBySide, worsens } from '../../web/src/features/devolution/sideBySide';

const act = (code: string, sector: string, level: Activity['level'], workload: number, staff: number, budget: number): Activity => ({
  code, sector, level, workload, staff, budget, unit: 'u', functionCode: `${sector}-1`, functionName: sector, name: code, kind: 'deliver', legalDocument: 'Luật', legalArticle: '',
});

describe('the scenario side by side', () => {
  it('gives each level and sector before and after with the moves in and out (by hand)', () => {
    const inventory = [act('A', 'construction', 'province', 450, 5, 900), act('B', 'construction', 'district', 2400, 6, 1200), act('C', 'justice', 'commune', 8000, 6, 400)];
    const moves = [{ activity: 'A', to: 'district' }, { activity: 'C', to: 'province' }];
    const analysis = { before: cells(inventory), after: cells(applyMoves(inventory, moves as Move[])) };
    const rows = sideBySide(analysis, moves, inventory, LEVELS);
    expect(rows.map((r) => [r.level, r.sector, r.before.workload, r.after.workload, r.before.staff, r.after.staff, r.movedIn, r.movedOut])).toEqual([
      ['province', 'construction', 450, 0, 5, 0, 0, 1],
      ['province', 'justice', 0, 8000, 0, 6, 1, 0],
      ['district', 'construction', 2400, 2850, 6, 11, 1, 0],
      ['commune', 'justice', 8000, 0, 6, 0, 0, 1],
    ]);
    // district construction after: 2 400 + 450 cases, 6 + 5 staff, 1 200 + 900 budget, one function
    expect(rows[2].after).toEqual({ functions: 1, activities: 2, workload: 2850, staff: 11, budget: 2100 });
  });

  it('flags a receiving level only when cases per staff member rise', () => {
    // province: 1 820 cases / 32 staff = 56,875 before; 9 820 / 38 = 258,4 after
    expect(worsens(1820 / 32, 9820 / 38)).toBe(true);
    expect(worsens(12700 / 41, 11070 / 41)).toBe(false);
    expect(worsens(500, 500)).toBe(false);
    expect(worsens(null, 3)).toBe(false);
    expect(worsens(3, null)).toBe(false);
  });

  it('counts every move once out and once in, and each level’s rows add up to its totals', () => {
    const activity = (i: number) => fc.record({
      sector: fc.constantFrom('construction', 'health', 'finance'),
      level: fc.constantFrom(...LEVELS),
      workload: fc.integer({ min: 0, max: 10_000 }),
      staff: fc.integer({ min: 0, max: 50 }),
    }).map((r) => act(`A${i}`, r.sector, r.level, r.workload, r.staff, 0));
    const world = fc.integer({ min: 0, max: 10 }).chain((n) => fc.tuple(fc.tuple(...Array.from({ length: n }, (_, i) => activity(i))), fc.array(fc.integer({ min: 0, max: 2 }), { minLength: n, maxLength: n })));
    fc.assert(fc.property(world, ([inventory, shifts]) => {
      const moves = inventory.flatMap((a, i) => (shifts[i] === 0 ? [] : [{ activity: a.code, to: LEVELS[(LEVELS.indexOf(a.level) + shifts[i]) % 3] }]));
      const after = applyMoves(inventory, moves as Move[]);
      const rows = sideBySide({ before: cells(inventory), after: cells(after) }, moves, inventory, LEVELS);
      expect(rows.reduce((s, r) => s + r.movedIn, 0)).toBe(moves.length);
      expect(rows.reduce((s, r) => s + r.movedOut, 0)).toBe(moves.length);
      const [before, later] = [levelTotals(inventory), levelTotals(after)];
      for (const level of LEVELS) {
        const mine = rows.filter((r) => r.level === level);
        expect(mine.reduce((s, r) => s + r.before.workload, 0)).toBe(before[level].workload);
        expect(mine.reduce((s, r) => s + r.after.staff, 0)).toBe(later[level].staff);
      }
      expect(rows.map((r) => LEVELS.indexOf(r.level as Activity['level']))).toEqual([...rows.map((r) => LEVELS.indexOf(r.level as Activity['level']))].sort());
    }));
  });
});
