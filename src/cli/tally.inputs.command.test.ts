// `doithoai tally` as a user meets it (exit code, stdout, stderr) on the inputs of issue 11:
// Schulze naming every unbeaten candidate, and pairs CSV counts of 0 or more.
import { afterAll, describe, expect, it } from 'vitest';
import { registerTally } from './tally.command';
import { asUser, scratchFolder } from '../../test/helpers/cli-in-process';

const scratch = scratchFolder('doithoai-tally-inputs-');
const tally = asUser('tally', registerTally);
afterAll(() => scratch.remove());

describe('doithoai tally: Schulze winners', () => {
  // A>B>C and B>C>A: A ties both its contests, B beats C 2–0, so nobody beats A or B
  const ballots = scratch.file('two.json', JSON.stringify({ candidates: ['A', 'B', 'C'], ballots: [{ ranking: ['A', 'B', 'C'] }, { ranking: ['B', 'C', 'A'] }] }));

  for (const method of ['schulze', 'schulze-margin']) {
    it(`${method}: the JSON lists both unbeaten candidates as winners`, async () => {
      const done = await tally('--method', method, '--json', ballots);
      expect(done.code).toBe(0);
      const result = JSON.parse(done.stdout);
      expect([...result.winners].sort()).toEqual(['A', 'B']);
      expect(result.ranking.map((g: string[]) => [...g].sort())).toEqual([['A', 'B'], ['C']]);
    });
  }

  it('names both winners in the readable table', async () => {
    expect((await tally('--method', 'schulze', ballots)).stdout).toContain('Thắng cử (winners): A, B');
  });
});

describe('doithoai tally --format pairs: counts', () => {
  const games = ['winner,loser,count', 'A,B,3', 'B,C,2', 'C,A,1', 'B,A,1', 'C,B,1', 'A,C,2'];

  it('takes a count of 0 as a valid observation that changes nothing', async () => {
    const without = await tally('--method', 'bradley-terry', '--format', 'pairs', '--json', scratch.file('games.csv', games.join('\n')));
    const withZero = await tally('--method', 'bradley-terry', '--format', 'pairs', '--json', scratch.file('zero.csv', [...games, 'C,A,0', 'B,C,0.0'].join('\n')));
    expect(withZero).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(withZero.stdout)).toEqual(JSON.parse(without.stdout));
  });

  it('takes decimal counts', async () => {
    const done = await tally('--method', 'copeland', '--format', 'pairs', '--json', scratch.file('half.csv', 'winner,loser,count\nA,B,2.5\nB,A,0.5\n'));
    expect(done.code).toBe(0);
    expect(JSON.parse(done.stdout).pairwise).toEqual({ A: { B: 2.5 }, B: { A: 0.5 } });
  });

  for (const [count, problem] of [['-1', 'negative'], ['ba', 'not a number']]) {
    it(`refuses a ${problem} count with exit 2 and one sentence naming file and line, in Vietnamese and English`, async () => {
      const file = scratch.file(`bad-${problem}.csv`, `winner,loser,count\nA,B,1\nB,A,${count}\n`);
      const done = await tally('--method', 'bradley-terry', '--format', 'pairs', file);
      expect(done.code).toBe(2);
      expect(done.stdout).toBe('');
      expect(done.stderr).toBe(
        `doithoai: ${file}, dòng 3: cột count (số lần) phải là một số từ 0 trở lên, không phải "${count}". — ${file}, line 3: the count must be a number of 0 or more, not "${count}".\n`,
      );
    });
  }
});
