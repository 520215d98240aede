// The problem document as `doithoai mcda` reads it: what each method returns, and that every
// problem is reported at the field that has it, in one sentence.
import { describe, expect, it } from 'vitest';
import { evaluateMcda, isRanked, type RankedMcdaResult } from './document';
import { FieldError } from './fields';

const ahp = (over: Record<string, unknown> = {}) => ({
  method: 'ahp',
  criteria: { items: ['Giao thông', 'Y tế'], judgments: { 'Giao thông>Y tế': 3 } },
  alternatives: ['Phường 1', 'Phường 2'],
  alternativeJudgments: { 'Giao thông': { 'Phường 1>Phường 2': 1 / 4 }, 'Y tế': { 'Phường 1>Phường 2': 4 } },
  ...over,
});

const table = (over: Record<string, unknown> = {}) => ({
  method: 'weighted-sum',
  alternatives: ['X', 'Y', 'Z'],
  criteria: [{ name: 'size', weight: 3, direction: 'benefit' }, { name: 'cost', weight: 2, direction: 'cost' }],
  matrix: [[10, 1], [20, 2], [30, 3]],
  ...over,
});

function fieldError(doc: unknown): FieldError {
  try {
    evaluateMcda(doc);
  } catch (err) {
    if (err instanceof FieldError) return err;
    throw err;
  }
  throw new Error('expected a FieldError');
}

describe('the AHP document', () => {
  it('returns criteria weights, local weights, global priorities and the ranking', () => {
    // criteria 3/4, 1/4; Phường 1 has 1/5 under transport and 4/5 under health → 3/20 + 4/20 = 0.35
    const result = evaluateMcda(ahp());
    expect(result).toMatchObject({ method: 'ahp', lambdaMax: 2, ci: 0, cr: 0, ranking: [['Phường 2'], ['Phường 1']] });
    if (result.method !== 'ahp' || !isRanked(result)) throw new Error('not ranked ahp');
    expect(result.weights['Giao thông']).toBeCloseTo(0.75, 12);
    expect(result.local['Y tế'].weights['Phường 1']).toBeCloseTo(0.8, 12);
    expect(result.global['Phường 1']).toBeCloseTo(0.35, 12);
    expect(result.global['Phường 2']).toBeCloseTo(0.65, 12);
  });

  it('combines a list of officials\' judgments and says how many', () => {
    const result = evaluateMcda(ahp({ criteria: { items: ['Giao thông', 'Y tế'], judgments: [{ 'Giao thông>Y tế': 2 }, { 'Y tế>Giao thông': 1 / 8 }] } }));
    if (result.method !== 'ahp') throw new Error('not ahp');
    expect(result.officials).toBe(2);
    expect(result.weights['Giao thông']).toBeCloseTo(0.8, 12);
  });

  it('reports a missing pair at the judgments that lack it, and a bad official\'s set at that set', () => {
    const doc = ahp({ criteria: { items: ['Giao thông', 'Y tế', 'Nhà ở'], judgments: { 'Giao thông>Y tế': 3, 'Giao thông>Nhà ở': 2 } } });
    const err = fieldError(doc);
    expect(err.path).toEqual(['criteria', 'judgments']);
    expect(err.message).toBe('field "criteria.judgments": no judgment compares "Y tế" with "Nhà ở"; add "Y tế>Nhà ở": 1 to 9 or its reciprocal.');
    expect(err.vi).toBe('trường "criteria.judgments": chưa có phán đoán nào so sánh "Y tế" với "Nhà ở"; hãy thêm "Y tế>Nhà ở": từ 1 đến 9 hoặc nghịch đảo của nó.');
    const officials = fieldError(ahp({ criteria: { items: ['Giao thông', 'Y tế'], judgments: [{ 'Giao thông>Y tế': 2 }, { 'Giao thông>Y tế': 20 }] } }));
    expect(officials.path).toEqual(['criteria', 'judgments', 1]);
  });

  it('requires the alternatives to be judged under every criterion, and only under criteria', () => {
    expect(fieldError(ahp({ alternativeJudgments: { 'Giao thông': { 'Phường 1>Phường 2': 2 } } })).message).toBe(
      'field "alternativeJudgments": the alternatives are not judged under the criterion "Y tế".',
    );
    const extra = fieldError(ahp({ alternativeJudgments: { ...ahp().alternativeJudgments, 'Môi trường': {} } }));
    expect(extra.path).toEqual(['alternativeJudgments', 'Môi trường']);
  });
});

describe('the performance-table document', () => {
  it('weighted sum returns the normalised weights, "scores" and the ranking', () => {
    // weights 0.6 / 0.4 on the mirrored case: X 0.4, Y 0.5, Z 0.6
    const result = evaluateMcda(table());
    expect(result).toHaveProperty('ranking');
    expect((result as RankedMcdaResult).ranking).toEqual([['Z'], ['Y'], ['X']]);
    expect(result.weights).toEqual({ size: 0.6, cost: 0.4 });
    expect((result as { scores: Record<string, number> }).scores.Y).toBeCloseTo(0.5, 12);
    expect(result).not.toHaveProperty('closeness');
  });

  it('TOPSIS returns "closeness"', () => {
    const result = evaluateMcda(table({ method: 'topsis' }));
    expect((result as { closeness: Record<string, number> }).closeness.Z).toBeCloseTo(0.6, 12);
  });

  it('takes swing points instead of weights', () => {
    const criteria = [{ name: 'size', swing: 100, direction: 'benefit' }, { name: 'cost', swing: 25, direction: 'cost' }];
    expect(evaluateMcda(table({ criteria })).weights).toEqual({ size: 0.8, cost: 0.2 });
  });

  it('reports wrong sizes, bad values and bad criteria at their field', () => {
    expect(fieldError(table({ matrix: [[10, 1], [20, 2]] })).message).toBe(
      'field "matrix": there are 2 rows but 3 alternatives; give one row per alternative, in the order of "alternatives".',
    );
    const short = fieldError(table({ matrix: [[10, 1], [20], [30, 3]] }));
    expect(short.path).toEqual(['matrix', 1]);
    expect(short.message).toBe('field "matrix[1]": row 2 ("Y") has 1 value but there are 2 criteria.');
    expect(fieldError(table({ matrix: [[10, 1], [20, 'hai'], [30, 3]] })).message).toContain('row 2 ("Y"), column 2 ("cost") is "hai", not a number.');
    expect(fieldError(table({ criteria: [{ name: 'size', weight: 1, direction: 'more' }] })).path).toEqual(['criteria', 0]);
    expect(fieldError(table({ criteria: [{ name: 'size', weight: -1, direction: 'benefit' }] })).message).toBe('field "criteria": the weight of "size" must be a number of at least 0, not -1.');
    expect(fieldError(table({ criteria: [{ name: 'size', weight: -1, direction: 'benefit' }] })).vi).toBe('trường "criteria": trọng số của "size" phải là một số không nhỏ hơn 0, không phải -1.');
    expect(fieldError(table({ alternatives: ['X', 'X', 'Z'] })).message).toBe('field "alternatives": "X" is listed twice.');
  });
});

describe('the document as a whole', () => {
  it('names the methods when the method is unknown or missing', () => {
    expect(fieldError(table({ method: 'electre' })).message).toBe('field "method": unknown method "electre"; use one of ahp, topsis, weighted-sum.');
    expect(fieldError({ alternatives: [] }).message).toContain('the method is missing');
    expect(fieldError([1, 2]).path).toEqual([]);
  });

  it('adds the sensitivity analysis when asked, with the stated draws and seed', () => {
    const result = evaluateMcda(table({ sensitivity: { draws: 300, seed: 4 } }));
    expect(result.sensitivity).toMatchObject({ top: 'Z', method: 'exact', acceptability: { draws: 300, seed: 4, distribution: 'dirichlet', concentration: 100 } });
    expect(result.sensitivity!.criteria.size.first[0]).toBeCloseTo(0.5, 12);
    expect(evaluateMcda(table({ sensitivity: true })).sensitivity!.acceptability.draws).toBe(2000);
    expect(evaluateMcda(table({ sensitivity: false })).sensitivity).toBeUndefined();
    expect(fieldError(table({ sensitivity: { draws: 0 } })).path).toEqual(['sensitivity', 'draws']);
    expect(fieldError(table({ sensitivity: { distribution: 'normal' } })).path).toEqual(['sensitivity', 'distribution']);
  });
});
