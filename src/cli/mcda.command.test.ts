// `doithoai mcda`: two runs of the real command (the JSON document for the published AHP leader
// example, and exit code 2 with one sentence for a missing judgment), the rest in-process.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { fixture } from '../../test/helpers/fixtures';
import { registerMcda } from './mcda.command';
import { inProcess, scratchFolder } from '../../test/helpers/cli-in-process';

const root = fileURLToPath(new URL('../../', import.meta.url));
const leader = fixture('reference', 'mcda', 'ahp-wikipedia-leader.json');
const facility = fixture('reference', 'mcda', 'topsis-papathanasiou-ploskas-2018-facility.json');
const scratch = scratchFolder('doithoai-mcda-');
const file = scratch.file;
const run = inProcess('mcda', registerMcda);

afterEach(() => vi.restoreAllMocks());
afterAll(() => scratch.remove());

describe('doithoai mcda (the real command)', () => {
  it('prints the contract JSON for the Wikipedia AHP leader example', () => {
    const done = spawnSync(process.execPath, ['bin/doithoai', 'mcda', '--json', leader], { cwd: root, encoding: 'utf8' });
    expect(done.stderr).toBe('');
    expect(done.status).toBe(0);
    const result = JSON.parse(done.stdout);
    expect(Object.keys(result)).toEqual(expect.arrayContaining(['weights', 'lambdaMax', 'ci', 'cr', 'local', 'global', 'ranking']));
    // Wikipedia: criteria .547 / .127 / .270 / .056; Dick .493, Tom .358, Harry .149
    expect(result.weights.Experience).toBeCloseTo(0.547, 2);
    expect(result.global.Dick).toBeCloseTo(0.493, 2);
    expect(result.ranking).toEqual([['Dick'], ['Tom'], ['Harry']]);
    expect(Object.keys(result.local)).toEqual(['Experience', 'Education', 'Charisma', 'Age']);
  });

  it('exits with 2 and one sentence naming file, line and field when a pair is not judged', () => {
    const doc = JSON.parse(readFileSync(leader, 'utf8'));
    delete doc.criteria.judgments['Education>Age'];
    // two-space JSON: "judgments" opens on line 10
    const bad = file('leader.json', JSON.stringify(doc, null, 2));
    const done = spawnSync(process.execPath, ['bin/doithoai', 'mcda', bad], { cwd: root, encoding: 'utf8' });
    expect(done.status).toBe(2);
    expect(done.stdout).toBe('');
    expect(done.stderr).toBe(`doithoai: ${bad}, line 10, field "criteria.judgments": no judgment compares "Education" with "Age"; add "Education>Age": 1 to 9 or its reciprocal.\n`);
  });
});

describe('doithoai mcda (in-process)', () => {
  it('prints readable tables with Vietnamese labels and English beside', async () => {
    const out = await run(leader);
    expect(out).toContain('Phương pháp (method): ahp — 4 tiêu chí (criteria), 3 phương án (alternatives)');
    expect(out).toMatch(/Trọng số tiêu chí \(criteria weights\): λmax 4,118\d* · CI 0,039\d* · CR 0,04\d* — nhất quán \(consistent, CR ≤ 0,1\)/);
    expect(out).toMatch(/1 +Dick +0,49\d*/);
  });

  it('adds weight intervals and rank acceptability for TOPSIS with "sensitivity": true', async () => {
    const doc = { ...JSON.parse(readFileSync(facility, 'utf8')), sensitivity: { draws: 200, seed: 2 } };
    const result = JSON.parse(await run('--json', file('facility.json', JSON.stringify(doc))));
    expect(result.ranking[0]).toEqual(['Site5']);
    expect(result.sensitivity).toMatchObject({ top: 'Site5', method: 'search', acceptability: { draws: 200, seed: 2 } });
    expect(Object.keys(result.sensitivity.criteria)).toEqual(['C1', 'C2', 'C3', 'C4']);
    const table = await run(file('facility.json', JSON.stringify(doc)));
    expect(table).toContain('Site5 vẫn đứng đầu (stays first)');
    expect(table).toContain('Khả năng chấp nhận hạng (rank acceptability): 200 lượt rút trọng số (weight draws)');
  });

  it('turns a wrong matrix size, malformed JSON and a missing file into input errors naming the file', async () => {
    const doc = JSON.parse(readFileSync(facility, 'utf8'));
    doc.matrix[2].pop();
    const short = file('short.json', JSON.stringify(doc, null, 1));
    await expect(run(short)).rejects.toThrow(`${short}, line 46, field "matrix[2]": row 3 ("Site3") has 3 values but there are 4 criteria.`);
    const broken = file('broken.json', '{\n  "method": "topsis",\n  "alternatives": ["A"\n}\n');
    await expect(run(broken)).rejects.toThrow(`${broken}, line 4: the JSON is malformed`);
    await expect(run(scratch.path('missing.json'))).rejects.toThrow(`${scratch.path('missing.json')}: no such file.`);
  });
});
