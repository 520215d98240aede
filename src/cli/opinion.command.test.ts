// `doithoai opinion`: the real command on a published Pol.is export (test/fixtures/opinion, CC BY 4.0),
// checked against the export's own figures (summary.csv: 26 voters, 36 statements; participants-votes.csv:
// 24 participants grouped), and exit code 2 with one sentence for a bad file.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture } from '../../test/helpers/fixtures';
import { scratchFolder } from '../../test/helpers/cli-in-process';

const root = fileURLToPath(new URL('../../', import.meta.url));
const scratch = scratchFolder('doithoai-opinion-');
afterAll(() => scratch.remove());
const run = (...args: string[]) => spawnSync(process.execPath, ['bin/doithoai', 'opinion', ...args], { cwd: root, encoding: 'utf8' });

describe('doithoai opinion (the real command)', () => {
  it('prints the contract JSON for a Pol.is export folder, one update from the final votes with --once', () => {
    const done = run('--json', '--once', fixture('opinion', 'london.youth.policing'));
    expect(done.stderr).toBe('');
    expect(done.status).toBe(0);
    const doc = JSON.parse(done.stdout);
    expect(doc).toMatchObject({ participants: 26, comments: 36, clustered: 24, updates: 1 });
    const members: string[] = doc.groups.flatMap((g: { members: string[] }) => g.members);
    expect(members.sort()).toEqual(['1', '10', '11', '12', '14', '15', '16', '17', '18', '19', '2', '20', '21', '22', '23', '25', '26', '3', '4', '5', '6', '7', '8', '9']);
    for (const g of doc.groups) for (const r of g.representative) expect(Object.keys(r)).toEqual(expect.arrayContaining(['comment', 'direction', 'agree', 'repness']));
    expect(doc.pca.center).toHaveLength(36);
    expect(doc.pca.components).toHaveLength(2);
    expect(Object.keys(doc.projection)).toHaveLength(26);
  });

  it('says what it found in words, Vietnamese first', () => {
    const done = run(fixture('opinion', 'london.youth.policing', 'votes.csv'));
    expect(done.status).toBe(0);
    expect(done.stdout).toContain('26 người tham gia, 36 ý kiến;');
    // a new update whenever a vote comes more than 5 s after the current update's first: 149, counted from
    // votes.csv's timestamps apart from this code (sort -n, then awk)
    expect(done.stdout).toContain('Tính lại 149 lần theo thứ tự thời gian của phiếu');
  });

  it('replays the votes in time order by default; with the questions about participants as meta, Pol.is\'s three groups (its participants-votes.csv)', () => {
    const done = run('--json', '--meta', '0-14', fixture('opinion', 'london.youth.policing'));
    expect(done.status).toBe(0);
    expect(JSON.parse(done.stdout).updates).toBe(149);
    const groups: string[][] = JSON.parse(done.stdout).groups.map((g: { members: string[] }) => g.members);
    expect(groups).toHaveLength(3);
    // Pol.is's two small groups, {10, 15, 16} and {14, 19, 20}, are ours but for participant 16
    expect(groups.find((g) => g.includes('10'))).toEqual(expect.arrayContaining(['10', '15']));
    expect(groups.find((g) => g.includes('19'))).toEqual(expect.arrayContaining(['14', '19', '20']));
  });

  it('exits with 2 and one sentence for seconds or meta ids it cannot read', () => {
    const seconds = run('--replay', '0', fixture('opinion', 'london.youth.policing'));
    expect(seconds.status).toBe(2);
    expect(seconds.stderr).toContain('--replay 0: the seconds between updates must be a positive number.');
    const both = run('--replay', '--once', fixture('opinion', 'london.youth.policing'));
    expect(both.status).toBe(2);
    expect(both.stderr).toContain('--once và --replay yêu cầu hai điều ngược nhau: hãy chỉ dùng một.');
    const meta = run('--meta', '14-0', fixture('opinion', 'london.youth.policing'));
    expect(meta.status).toBe(2);
    expect(meta.stderr).toContain('--meta 14-0: "14-0" không phải mã ý kiến hay khoảng như 0-14.');
  });

  it('exits with 2 and one sentence naming file, line and column for a bad vote', () => {
    const file = scratch.file('votes.csv', 'timestamp,datetime,comment-id,voter-id,vote\n1,x,0,1,1\n2,x,0,2,yes\n');
    const done = run(file);
    expect(done.status).toBe(2);
    expect(done.stdout).toBe('');
    expect(done.stderr).toContain('votes.csv, line 3: column vote must hold 1, 0 or -1.');
    expect(done.stderr).toContain('votes.csv, dòng 3: cột vote phải là 1, 0 hoặc -1.');
  });
});
