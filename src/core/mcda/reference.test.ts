// Every published reference case in test/fixtures/reference/mcda: each problem file is evaluated
// and every figure its .expected.json gives is checked, to the tolerance the file states (else to
// half a unit of the last decimal given). The source is in the test name; an unknown case or an
// unknown kind of figure fails rather than being skipped, so a new reference cannot go unchecked.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../../test/helpers/fixtures';
import { evaluateMcda, isRanked, type McdaResult } from './document';

const folder = fixture('reference', 'mcda');

const sources: Record<string, string> = {
  'ahp-wikipedia-leader.json': 'Wikipedia "Analytic hierarchy process – leader example": criteria and alternatives (as in AHPy tests, MIT)',
  'topsis-papathanasiou-ploskas-2018-facility.json': 'Papathanasiou & Ploskas 2018, Multiple Criteria Decision Aid, ch. 1 TOPSIS facility location (2 decimals)',
};

const cases = readdirSync(folder).filter((name) => !name.endsWith('.expected.json') && name !== 'README.md');
const read = (name: string) => JSON.parse(readFileSync(join(folder, name), 'utf8'));

function closeTo(actual: number | undefined, expected: number, tolerance: number | undefined, what: string) {
  const decimals = (String(expected).split('.')[1] ?? '').length;
  const allowed = tolerance ?? 0.5 * 10 ** -decimals + 1e-12;
  expect(actual, what).toBeDefined();
  expect(Math.abs(actual! - expected), `${what}: ${actual} vs ${expected} ± ${allowed}`).toBeLessThanOrEqual(allowed);
}

// Published scores imply an order only where they differ by more than the rounding can explain.
function checkOrder(ranking: string[][], expected: Record<string, number>, tolerance: number) {
  const position = new Map(ranking.flatMap((group, r) => group.map((name) => [name, r] as const)));
  for (const [a, sa] of Object.entries(expected)) {
    for (const [b, sb] of Object.entries(expected)) {
      if (sa - sb > 2 * tolerance) expect(position.get(a)!, `${a} ahead of ${b}`).toBeLessThan(position.get(b)!);
    }
  }
}

function checkFigures(result: McdaResult, expected: Record<string, unknown>) {
  const tolerance = typeof expected.tolerance === 'number' ? expected.tolerance : undefined;
  const got = result as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(expected)) {
    if (key === 'source' || key === 'tolerance') continue;
    if (typeof value === 'number') {
      closeTo(got[key] as number, value, tolerance, key);
    } else if (key === 'weights' || key === 'global' || key === 'closeness' || key === 'scores') {
      const figures = value as Record<string, number>;
      const actual = got[key] as Record<string, number>;
      expect(Object.keys(actual).sort(), `${key}: names`).toEqual(Object.keys(figures).sort());
      for (const [name, figure] of Object.entries(figures)) closeTo(actual[name], figure, tolerance, `${key} of ${name}`);
      if (key !== 'weights') checkOrder(isRanked(result) ? result.ranking : [], figures, tolerance ?? 0);
    } else {
      throw new Error(`the reference gives "${key}", which this test does not know how to check`);
    }
  }
}

describe('published MCDA reference cases', () => {
  it('names a source for every case in the folder', () => {
    expect(cases.length).toBeGreaterThan(0);
    for (const name of cases) expect(sources[name], `source of ${name}`).toBeDefined();
  });

  for (const name of cases) {
    it(`${sources[name] ?? name}: ${name}`, () => {
      const doc = read(name);
      const result = evaluateMcda(doc);
      expect(result.method).toBe(doc.method);
      checkFigures(result, read(`${name}.expected.json`));
    });
  }
});
