// `npm test` runs on a bare clone: the published files the tests check against are carried in
// test/fixtures/ with their source and licence, and no test or test helper reaches for a shared folder
// beside the checkout.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixturesRoot } from './helpers/fixtures';

const repo = fileURLToPath(new URL('../', import.meta.url));
const outside = ['..', 'shared'].join('/');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

describe('test fixtures', () => {
  it('give every folder of third-party files a README naming its source and licence', () => {
    const folders = new Set(['reference', 'vn'].flatMap((top) => walk(path.join(fixturesRoot, top))).map((f) => path.dirname(f)));
    expect(folders.size).toBeGreaterThanOrEqual(8);
    for (const folder of folders) {
      const readme = readFileSync(path.join(folder, 'README.md'), 'utf8');
      expect(readme, folder).toMatch(/source/i);
      expect(readme, folder).toMatch(/licen[cs]e|CC0|MIT/i);
    }
  });

  it(`are the only data the tests read: no test or helper names ${outside}`, () => {
    const sources = [...walk(path.join(repo, 'test')), ...walk(path.join(repo, 'src')).filter((f) => f.endsWith('.test.ts'))]
      .filter((f) => /\.(ts|mjs|cjs)$/.test(f) && !f.includes(`${path.sep}fixtures${path.sep}`));
    const offenders = sources.filter((f) => readFileSync(f, 'utf8').includes(outside)).map((f) => path.relative(repo, f));
    expect(offenders).toEqual([]);
  });
});
