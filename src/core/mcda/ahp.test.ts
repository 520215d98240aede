// AHP on cases small enough to work out by hand: the expected figures below follow from the
// definitions (eigenvector, CI = (λmax − n)/(n − 1), CR = CI/RI, geometric mean), not from a run.
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors';
import { aggregateJudgments } from './aggregate';
import { priorities, synthesise } from './ahp';
import { judgmentMatrix } from './judgments';

describe('AHP priorities', () => {
  it('two items: "A>B": 3 gives 3/4 and 1/4, and two items are always consistent', () => {
    const p = priorities(['A', 'B'], [{ 'A>B': 3 }]);
    expect(p.weights[0]).toBeCloseTo(0.75, 12);
    expect(p.weights[1]).toBeCloseTo(0.25, 12);
    expect(p).toMatchObject({ lambdaMax: 2, ci: 0, cr: 0, revisit: [] });
  });

  it('a reversed key means the same: "B>A": 1/3 is "A>B": 3', () => {
    expect(priorities(['A', 'B'], [{ 'B>A': 1 / 3 }]).weights[0]).toBeCloseTo(0.75, 12);
  });

  it('a cycle (A twice B, B twice C, C twice A) weighs all equally with λmax 3.5, CI 0.25, CR 0.25/0.58', () => {
    // the matrix is circulant: every row holds 1, 2 and 1/2, so (1,1,1) is an eigenvector with λ = 3.5
    const p = priorities(['A', 'B', 'C'], [{ 'A>B': 2, 'B>C': 2, 'C>A': 2 }]);
    for (const w of p.weights) expect(w).toBeCloseTo(1 / 3, 10);
    expect(p.lambdaMax).toBeCloseTo(3.5, 10);
    expect(p.ci).toBeCloseTo(0.25, 10);
    expect(p.cr).toBeCloseTo(0.25 / 0.58, 10);
    // every judgment is off by a factor of 2; each is named the way it was written
    expect(p.revisit.map((r) => r.judgment).sort()).toEqual(['A>B', 'B>C', 'C>A']);
    for (const r of p.revisit) {
      expect(r.given).toBeCloseTo(2, 12);
      expect(r.implied).toBeCloseTo(1, 10);
      expect(r.deviation).toBeCloseTo(Math.log(2), 10);
    }
  });

  it('names the one judgment that breaks an otherwise consistent matrix first', () => {
    // consistent with weights 8 : 4 : 2 : 1, except that A against D is turned upside down
    const judgments = { 'A>B': 2, 'A>C': 4, 'A>D': 1 / 8, 'B>C': 2, 'B>D': 4, 'C>D': 2 };
    const p = priorities(['A', 'B', 'C', 'D'], [judgments]);
    expect(p.cr).toBeGreaterThan(0.1);
    expect(p.revisit[0].judgment).toBe('A>D');
    expect(p.revisit[0].given).toBeCloseTo(1 / 8, 12);
    expect(p.revisit).toHaveLength(3);
  });

  it('says nothing to revisit when CR is within 0.1', () => {
    // 8 : 4 : 2 : 1 with one judgment nudged from 2 to 3
    const p = priorities(['A', 'B', 'C', 'D'], [{ 'A>B': 3, 'A>C': 4, 'A>D': 8, 'B>C': 2, 'B>D': 4, 'C>D': 2 }]);
    expect(p.cr).toBeGreaterThan(0);
    expect(p.cr).toBeLessThanOrEqual(0.1);
    expect(p.revisit).toEqual([]);
  });

  it('combines officials by the geometric mean: 2 and 8 make 4', () => {
    const p = priorities(['A', 'B'], [{ 'A>B': 2 }, { 'A>B': 8 }]);
    expect(p.weights[0]).toBeCloseTo(0.8, 12);
    const m = aggregateJudgments([judgmentMatrix(['A', 'B', 'C'], { 'A>B': 3, 'A>C': 9, 'B>C': 1 / 2 }), judgmentMatrix(['A', 'B', 'C'], { 'A>B': 1 / 3, 'A>C': 1, 'B>C': 8 })]);
    expect(m[0][1]).toBeCloseTo(1, 12);
    expect(m[0][2]).toBeCloseTo(3, 12);
    expect(m[1][2]).toBeCloseTo(2, 12);
    expect(m[2][1]).toBeCloseTo(1 / 2, 12);
  });

  it('synthesises global priorities as Σ weight × local priority', () => {
    // criteria 0.6 / 0.4; under the first X has 0.5, under the second 0.25 → 0.3 + 0.1
    const global = synthesise([0.6, 0.4], [[0.5, 0.5], [0.25, 0.75]]);
    expect(global[0]).toBeCloseTo(0.4, 12);
    expect(global[1]).toBeCloseTo(0.6, 12);
  });
});

describe('reading judgments', () => {
  const items = ['Giao thông', 'Y tế', 'Giáo dục'];

  it('accepts names that hold ">" and spaces around it', () => {
    const m = judgmentMatrix(['Thu nhập > 10 triệu', 'Khác'], { 'Thu nhập > 10 triệu > Khác': 5 });
    expect(m[0][1]).toBe(5);
    expect(m[1][0]).toBe(1 / 5);
  });

  it('rejects a missing pair, naming it', () => {
    expect(() => judgmentMatrix(items, { 'Giao thông>Y tế': 3, 'Giao thông>Giáo dục': 2 })).toThrow(
      new InputError(
        'no judgment compares "Y tế" with "Giáo dục"; add "Y tế>Giáo dục": 1 to 9 or its reciprocal.',
        {},
        'chưa có phán đoán nào so sánh "Y tế" với "Giáo dục"; hãy thêm "Y tế>Giáo dục": từ 1 đến 9 hoặc nghịch đảo của nó.',
      ),
    );
  });

  it('rejects judgments off Saaty\'s scale, pairs given twice, self-comparisons and unknown names', () => {
    const all = { 'Giao thông>Y tế': 3, 'Giao thông>Giáo dục': 2, 'Y tế>Giáo dục': 1 };
    expect(() => judgmentMatrix(items, { ...all, 'Y tế>Giáo dục': 10 })).toThrow(/must be a number from 1\/9 to 9 on Saaty's scale, not 10/);
    expect(() => judgmentMatrix(items, { ...all, 'Y tế>Giáo dục': 0 })).toThrow(/not 0/);
    expect(() => judgmentMatrix(items, { ...all, 'Y tế>Giáo dục': '3' })).toThrow(/not "3"/);
    expect(() => judgmentMatrix(items, { ...all, 'Giáo dục>Y tế': 1 })).toThrow('"Giáo dục" and "Y tế" are judged twice; keep one of "Giáo dục>Y tế" and "Y tế>Giáo dục".');
    expect(() => judgmentMatrix(items, { ...all, 'Y tế>Y tế': 1 })).toThrow('compares "Y tế" with itself');
    expect(() => judgmentMatrix(items, { ...all, 'Y tế>Nhà ở': 2 })).toThrow('names something that is not among "Giao thông", "Y tế", "Giáo dục"');
    expect(() => judgmentMatrix(items, { ...all, 'Y tế': 2 })).toThrow('is not a judgment');
  });

  it('accepts the reciprocals as people write them (0.11 or 0.111 for 1/9)', () => {
    expect(judgmentMatrix(['A', 'B'], { 'A>B': 0.111 })[0][1]).toBe(0.111);
    expect(judgmentMatrix(['A', 'B'], { 'A>B': 0.11 })[0][1]).toBe(0.11);
    expect(() => judgmentMatrix(['A', 'B'], { 'A>B': 0.1 })).toThrow(InputError);
    expect(judgmentMatrix(['A', 'B'], { 'A>B': 1 / 9 })[1][0]).toBeCloseTo(9, 12);
  });

  it('refuses more than ten items at one level, where the random index stops', () => {
    const many = Array.from({ length: 11 }, (_, i) => `C${i}`);
    expect(() => priorities(many, [{}])).toThrow('AHP compares at most 10 items at one level, not 11');
  });
});
