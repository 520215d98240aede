// `doithoai tally`: two runs of the real command (the JSON document on a published case, and exit
// code 2 with one sentence on a bad file), the rest in-process through the registered command.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { InputError } from '../core/errors';
import { registerTally } from './tally.command';
import { fixture } from '../../test/helpers/fixtures';
import { inProcess, scratchFolder } from '../../test/helpers/cli-in-process';

const root = fileURLToPath(new URL('../../', import.meta.url));
const reference = `${fixture('reference', 'ballots')}/`;
const scratch = scratchFolder('doithoai-tally-');
const file = scratch.file;
const run = inProcess('tally', registerTally);

afterEach(() => vi.restoreAllMocks());
afterAll(() => scratch.remove());

describe('doithoai tally (the real command)', () => {
  it('prints the contract JSON for the Wikipedia Schulze example, 45 voters', () => {
    const done = spawnSync(process.execPath, ['bin/doithoai', 'tally', '--method', 'schulze', '--json', join(reference, 'schulze-45.soc')], { cwd: root, encoding: 'utf8' });
    expect(done.stderr).toBe('');
    expect(done.status).toBe(0);
    const result = JSON.parse(done.stdout);
    expect(result).toMatchObject({ method: 'schulze', candidates: ['A', 'B', 'C', 'D', 'E'], voters: 45, ranking: [['E'], ['A'], ['C'], ['B'], ['D']], winners: ['E'] });
    expect(result.pairwise.A).toEqual({ B: 20, C: 26, D: 30, E: 22 });
  });

  it('exits with 2 and one sentence naming file and line for a bad file', () => {
    const bad = file('votes.soc', '# NUMBER ALTERNATIVES: 4\n1: 1,2,3,4\n1: 1,2,3,4\n1: 4,3,2,1\n1: 1,2,3,4\n1: 2,1,3,4\n1: 1,9,3,4\n');
    const done = spawnSync(process.execPath, ['bin/doithoai', 'tally', '--method', 'borda', bad], { cwd: root, encoding: 'utf8' });
    expect(done.status).toBe(2);
    expect(done.stdout).toBe('');
    expect(done.stderr).toBe(`doithoai: ${bad}, line 7: candidate 9 is not among the 4 declared.\n`);
  });
});

describe('doithoai tally (in-process)', () => {
  it('prints a readable table with Vietnamese labels and English beside', async () => {
    const out = await run('--method', 'stv', join(reference, 'stv-food.blt'));
    expect(out).toContain('Phương pháp (method): stv — 20 người bỏ phiếu (voters)');
    expect(out).toContain('Số ghế (seats): 3; hạn ngạch (quota): 6');
    expect(out).toContain('Thắng cử (winners): Chocolate, Orange, Strawberry');
    expect(out).toContain('chuyển từ (transfer from) Chocolate, phần dư (surplus), hệ số (factor) 0,5: Strawberry +4, Hamburger +2');
  });

  it('applies group weights from a file and breaks the result down by group', async () => {
    const ballots = file('groups.json', JSON.stringify({
      candidates: ['A', 'B'],
      ballots: [{ ranking: ['A'], weight: 4, group: 'citizens' }, { ranking: ['B'], weight: 2, group: 'departments' }],
    }));
    const weights = file('weights.json', '{"groups": {"citizens": 0.25, "departments": 0.75}}');
    const result = JSON.parse(await run('--method', 'plurality', '--weights', weights, '--by', 'group', '--json', ballots));
    expect(result.scores).toEqual({ B: 4.5, A: 1.5 });
    expect(result.byGroup.citizens.scores).toEqual({ A: 4, B: 0 });
  });

  it('adds the bootstrap stability when asked', async () => {
    const result = JSON.parse(await run('--method', 'borda', '--bootstrap', '20', '--seed', '9', '--json', join(reference, 'tennessee.soc')));
    expect(result.stability).toMatchObject({ resamples: 20, seed: 9, failed: 0 });
    expect(Object.keys(result.stability.rankShares)).toEqual(['Nashville', 'Chattanooga', 'Memphis', 'Knoxville']);
  });

  it('turns bad flags and files into input errors', async () => {
    await expect(run('--method', 'stv', '--seats', 'two', join(reference, 'stv-food.blt'))).rejects.toThrow('--seats takes a whole number of at least 1, not "two".');
    await expect(run('--method', 'borda', scratch.path('missing.soc'))).rejects.toThrow(`${scratch.path('missing.soc')}: no such file.`);
    await expect(run('--method', 'score', join(reference, 'tennessee.soc'))).rejects.toThrow(InputError);
    await expect(run('--method', 'borda', '--format', 'xlsx', join(reference, 'tennessee.soc'))).rejects.toThrow(/Unknown format "xlsx"/);
  });
});
