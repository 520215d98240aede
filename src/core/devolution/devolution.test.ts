// Hand-computed cases: four activities in two sectors, one scenario of the two-tier reform.
import { describe, expect, it } from 'vitest';
import { analyseScenario, compareScenarios, inventoryProblems, scenarioProblems, type Activity, type Move } from './index';

const base = { unit: 'so-xd', functionName: 'Cấp phép xây dựng', name: 'Hoạt động', legalDocument: 'Luật Xây dựng 2014', legalArticle: 'Điều 103' };
const A: Activity[] = [
  { ...base, code: 'A1', sector: 'construction', functionCode: 'F1', kind: 'deliver', level: 'district', workload: 1200, staff: 4, budget: 800 },
  { ...base, code: 'A2', sector: 'construction', functionCode: 'F1', kind: 'monitor', level: 'province', workload: 300, staff: 2, budget: 500 },
  { ...base, code: 'A3', sector: 'health', unit: 'so-yt', functionCode: 'F2', functionName: 'Y tế cơ sở', kind: 'deliver', level: 'commune', workload: 5000, staff: 10, budget: 2000 },
  { ...base, code: 'A4', sector: 'health', unit: 'so-yt', functionCode: 'F2', functionName: 'Y tế cơ sở', kind: 'plan', level: 'province', workload: 50, staff: 1, budget: 100 },
];
const move = (activity: string, to: Move['to'], extra: Partial<Move> = {}): Move => ({ activity, to, rationale: 'gần dân', phase: 'Giai đoạn 1', date: '2025-07-01', investment: 0, ...extra });

describe('a scenario applied', () => {
  const analysis = analyseScenario(A, { date: '2025-07-01', moves: [move('A1', 'commune', { investment: 150 })] });

  it('moves workload, staff and budget with the activity (by hand: commune 5000+1200, 10+4, 2000+800)', () => {
    expect(analysis.levels.after.commune).toEqual({ functions: 2, activities: 2, workload: 6200, staff: 14, budget: 2800 });
    expect(analysis.levels.after.district).toEqual({ functions: 0, activities: 0, workload: 0, staff: 0, budget: 0 });
    expect(analysis.levels.after.province).toEqual({ functions: 2, activities: 2, workload: 350, staff: 3, budget: 600 });
    expect(analysis.levels.before.district).toEqual({ functions: 1, activities: 1, workload: 1200, staff: 4, budget: 800 });
  });

  it('gives figures per level × sector', () => {
    expect(analysis.after.map((c) => [c.level, c.sector, c.workload])).toEqual([
      ['province', 'construction', 300],
      ['province', 'health', 50],
      ['commune', 'construction', 1200],
      ['commune', 'health', 5000],
    ]);
  });

  it('checks capacity at the receiving level: 5000/10 = 500 before, 6200/14 ≈ 442,86 after', () => {
    expect(analysis.capacity).toHaveLength(1);
    expect(analysis.capacity[0].level).toBe('commune');
    expect(analysis.capacity[0].before.perStaff).toBe(500);
    expect(analysis.capacity[0].after.perStaff).toBeCloseTo(6200 / 14, 12);
  });

  it('lists the roadmap with its investment and nothing stranded', () => {
    expect(analysis.roadmap).toEqual([{ phase: 'Giai đoạn 1', from: '2025-07-01', to: '2025-07-01', moves: [expect.objectContaining({ activity: 'A1' })], investment: 150 }]);
    expect(analysis.investment).toBe(150);
    expect(analysis.stranded).toEqual([]);
  });

  it('says which district activities a two-tier scenario leaves behind', () => {
    expect(analyseScenario(A, { date: '2025-07-01', moves: [] }).stranded).toEqual(['A1']);
    expect(analyseScenario(A, { date: '2025-06-30', moves: [] }).stranded).toEqual([]);
  });

  it('orders phases by their first day', () => {
    const moves = [move('A4', 'commune', { phase: 'Giai đoạn 2', date: '2026-01-01', investment: 10 }), move('A2', 'commune', { phase: 'Giai đoạn 1', date: '2025-07-01', investment: 5 })];
    expect(analyseScenario(A, { date: '2025-07-01', moves }).roadmap.map((p) => [p.phase, p.investment])).toEqual([['Giai đoạn 1', 5], ['Giai đoạn 2', 10]]);
  });
});

describe('problems', () => {
  const codes = (problems: { code: string; where: object }[]) => problems.map((p) => [p.code, p.where]);

  it('a move to the district level after 30 June 2025 cannot be made', () => {
    expect(codes(scenarioProblems(A, { date: '2025-08-01', moves: [move('A2', 'district', { date: '2025-08-01' })] }))).toEqual([
      ['devolution.level_gone', { move: 0, activity: 'A2', field: 'to' }],
    ]);
    expect(scenarioProblems(A, { date: '2022-05-01', moves: [move('A2', 'district', { date: '2022-05-01' })] })).toEqual([]);
  });

  it('an activity moved twice, one unknown, one already at its level, a bad score', () => {
    const problems = scenarioProblems(A, {
      date: '2022-05-01',
      moves: [move('A3', 'province', { date: '2022-05-01' }), move('A3', 'district', { date: '2022-05-01' }), move('Z9', 'commune', { date: '2022-05-01' }), move('A4', 'province', { date: '2022-05-01', scores: { capacity: 3 } })],
    });
    expect(problems.map((p) => p.code)).toEqual(['devolution.activity_twice', 'devolution.unknown_activity', 'devolution.same_level', 'devolution.score_range']);
  });

  it('negative workload, staff or budget and an unknown sector are each listed', () => {
    const bad: Activity[] = [{ ...A[0], workload: -1 }, { ...A[1], staff: -2, sector: 'astrology' }, A[2], { ...A[3], code: 'A3' }];
    expect(codes(inventoryProblems(bad))).toEqual([
      ['devolution.negative', { activity: 'A1', field: 'workload' }],
      ['devolution.unknown_sector', { activity: 'A2', field: 'sector' }],
      ['devolution.negative', { activity: 'A2', field: 'staff' }],
      ['devolution.code_twice', { activity: 'A3', field: 'code' }],
    ]);
  });

  it('a function named two ways, a unit not in the space, a district in an inventory of 2025', () => {
    const bad: Activity[] = [A[0], { ...A[1], functionName: 'Khác' }];
    expect(inventoryProblems(bad, { units: ['so-xd'], asOf: '2025-07-01' }).map((p) => p.code)).toEqual(['devolution.level_gone', 'devolution.function_mismatch']);
    expect(inventoryProblems(A, { units: ['so-xd'] }).map((p) => p.code)).toEqual(['devolution.unknown_unit', 'devolution.unknown_unit']);
  });
});

describe('scenarios compared with the MCDA core', () => {
  it('weighted sum, equal weights (by hand: current 0,1; S1 0,2; S2 0,4)', () => {
    const s1 = [move('A1', 'commune', { scores: { subsidiarity: 2, capacity: -1 } })];
    const s2 = [move('A1', 'province', { scores: { scale: 1 } }), move('A3', 'province', { scores: { capacity: 1 } })];
    const result = compareScenarios([{ key: 's1', moves: s1 }, { key: 's2', moves: s2 }], { subsidiarity: 1, scale: 1, spillover: 1, capacity: 1, accountability: 1 });
    // min–max per criterion: subsidiarity 0..2 → 0, 1, 0; scale 0..1 → 0, 0, 1; capacity −1..1 → 0,5, 0, 1
    expect(result.values.s1).toEqual({ subsidiarity: 2, scale: 0, spillover: 0, capacity: -1, accountability: 0 });
    expect(result.scores.current).toBeCloseTo(0.1, 12);
    expect(result.scores.s1).toBeCloseTo(0.2, 12);
    expect(result.scores.s2).toBeCloseTo(0.4, 12);
    expect(result.ranking).toEqual([['s2'], ['s1'], ['current']]);
    expect(result.sensitivity.top).toBe('s2');
  });
});
