// `doithoai mcda` with AHP criteria and no alternatives: weights from one comparison matrix, the
// most common use (docs/contracts.md). The judgments are the criteria of Wikipedia's AHP leader
// example, which publishes weights .547/.127/.270/.056, λmax 4.1184 and CR 0.0439 (4 criteria,
// random index 0.90, so CI = CR × 0.90 ≈ 0.0395, equally (λmax − 4)/3 ≈ 0.0395).
import { afterAll, describe, expect, it } from 'vitest';
import { registerMcda } from './mcda.command';
import { asUser, scratchFolder } from '../../test/helpers/cli-in-process';

const scratch = scratchFolder('doithoai-mcda-weights-');
const mcda = asUser('mcda', registerMcda);
afterAll(() => scratch.remove());

const criteria = {
  items: ['Experience', 'Education', 'Charisma', 'Age'],
  judgments: { 'Experience>Education': 4, 'Experience>Charisma': 3, 'Experience>Age': 7, 'Education>Charisma': 1 / 3, 'Education>Age': 3, 'Charisma>Age': 5 },
};

describe('doithoai mcda: AHP criteria alone', () => {
  it('answers weights, λmax, CI and CR, and no global priorities or ranking', async () => {
    const done = await mcda('--json', scratch.file('criteria.json', JSON.stringify({ method: 'ahp', criteria })));
    expect(done).toMatchObject({ code: 0, stderr: '' });
    const result = JSON.parse(done.stdout);
    expect(Object.keys(result).sort()).toEqual(['ci', 'cr', 'lambdaMax', 'method', 'weights']);
    const published = { Experience: 0.547, Education: 0.127, Charisma: 0.27, Age: 0.056 };
    for (const [name, weight] of Object.entries(published)) expect(Math.abs(result.weights[name] - weight), name).toBeLessThan(0.001);
    expect(result.lambdaMax).toBeCloseTo(4.1184, 3);
    expect(result.ci).toBeCloseTo(0.1184 / 3, 3);
    expect(result.cr).toBeCloseTo(0.0439, 3);
  });

  it('prints the weights as a readable table', async () => {
    const done = await mcda(scratch.file('table.json', JSON.stringify({ method: 'ahp', criteria })));
    expect(done.code).toBe(0);
    expect(done.stdout).toContain('4 tiêu chí (criteria), chỉ tính trọng số (weights only)');
    expect(done.stdout).toMatch(/Experience\s+0,54/);
  });

  it('refuses judgments of alternatives it is not given, and sensitivity with nothing to rank, naming the line', async () => {
    const judged = scratch.file('judged.json', JSON.stringify({ method: 'ahp', criteria, alternativeJudgments: {} }, null, 1));
    const first = await mcda(judged);
    expect(first.code).toBe(2);
    expect(first.stderr).toMatch(/line \d+, field "alternativeJudgments": judges alternatives, but the document lists no "alternatives"\.\n$/);
    const asked = await mcda(scratch.file('sensitivity.json', JSON.stringify({ method: 'ahp', criteria, sensitivity: true })));
    expect(asked.code).toBe(2);
    expect(asked.stderr).toContain('field "sensitivity": asks how the ranking of the alternatives moves with the weights, but the document lists no "alternatives".');
  });
});
