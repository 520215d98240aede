// Every published reference case in test/fixtures/reference/{ballots,pairwise}: each input file
// is counted with every method its .expected.json names, and every figure given there is checked.
// The source of each case is in the test name; an unlabelled or unknown case fails rather than
// being skipped, so a new reference file cannot go unchecked.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBallots } from '../ballots/parse';
import { tally } from './tally';
import type { TallyResult } from './types';
import { pathToFileURL } from 'node:url';
import { fixture } from '../../../test/helpers/fixtures';

const reference = pathToFileURL(`${fixture('reference')}/`);

const sources: Record<string, string> = {
  'ballots/schulze-45.soc': 'Wikipedia Schulze example, 45 voters',
  'ballots/tennessee.soc': 'Wikipedia Tennessee capital example, 100 voters',
  'ballots/stv-food.blt': 'Wikipedia STV "food" example, 20 voters, 3 seats',
  'ballots/rctab-generic-irv.blt': 'RCTab generic_csv_test (BrightSpots/rcv) as BLT, 26 ballots',
  'ballots/preflib-netflix-00004-00000006.soc': 'PrefLib Netflix 00004-00000006, 940 voters (Mattei & Walsh 2013)',
  'pairwise/choix-pairwise-1.csv': 'choix test data (lucasmaystre/choix): cycle on three items',
  'pairwise/choix-pairwise-2.csv': 'choix test data (lucasmaystre/choix): cycle on three items plus one comparison',
};

const cases = ['ballots', 'pairwise'].flatMap((folder) =>
  readdirSync(new URL(`${folder}/`, reference))
    .filter((name) => !name.endsWith('.expected.json') && name !== 'README.md')
    .map((name) => `${folder}/${name}`),
);

const sortedGroups = (ranking: string[][]) => ranking.map((group) => [...group].sort());

// Tolerance from the number of decimals the reference gives (0.4196 → ±0.00005).
function expectClose(actual: number | undefined, expected: number, what: string) {
  const decimals = (String(expected).split('.')[1] ?? '').length;
  expect(actual, what).toBeDefined();
  expect(Math.abs(actual! - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(decimals ? 0.5 * 10 ** -decimals + 1e-12 : 1e-9);
}

function checkMethod(result: TallyResult, expected: Record<string, unknown>) {
  for (const [key, value] of Object.entries(expected)) {
    switch (key) {
      case 'ranking':
        expect(sortedGroups(result.ranking)).toEqual(sortedGroups(value as string[][]));
        break;
      case 'winners':
        expect(result.winners).toEqual(value);
        break;
      case 'scores':
        for (const [name, score] of Object.entries(value as Record<string, number>)) expectClose(result.scores?.[name], score, `score of ${name}`);
        expect(Object.keys(result.scores ?? {}).sort()).toEqual(Object.keys(value as object).sort());
        break;
      case 'score':
        expectClose(result.score, value as number, 'score');
        break;
      case 'quota':
      case 'seats':
        expect(result[key]).toBe(value);
        break;
      case 'rounds':
        expect(result.rounds?.map((round) => round.tally)).toEqual(value);
        break;
      case 'final':
        expect(result.rounds?.at(-1)?.tally).toEqual(value);
        break;
      default:
        throw new Error(`the reference gives "${key}", which this test does not know how to check`);
    }
  }
}

describe('published reference cases', () => {
  for (const path of cases) {
    const source = sources[path];
    const text = readFileSync(new URL(path, reference), 'utf8');
    const expected = JSON.parse(readFileSync(new URL(`${path}.expected.json`, reference), 'utf8')) as Record<string, unknown>;
    const profile = parseBallots(text, path, path.endsWith('.csv') ? 'pairs' : undefined);

    it(`${path} has its source named in these tests`, () => {
      expect(source, `add a label for ${path} to the sources table`).toBeDefined();
    });

    for (const [key, value] of Object.entries(expected)) {
      if (key === 'source') continue;
      if (key === 'voters') {
        it(`${source}: ${value} voters`, () => {
          expect(tally(profile, { method: 'plurality' }).voters).toBe(value);
        });
      } else if (key === 'pairwise') {
        it(`${source}: pairwise matrix`, () => {
          expect(tally(profile, { method: 'schulze' }).pairwise).toEqual(value);
        });
      } else {
        it(`${source}: ${key}`, () => {
          checkMethod(tally(profile, { method: key }), value as Record<string, unknown>);
        });
      }
    }
  }
});
