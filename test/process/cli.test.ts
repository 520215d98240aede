// The command line a newcomer and scripts meet first.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson, nextReceipt, shortReceipt } from '../../src/core/consultations/receipt';
import { csvLine } from '../../src/core/csv';
import { binPath } from '../helpers/server-process';

const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [binPath, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });

describe('bin/doithoai', () => {
  it('prints help listing its commands and exits 0', () => {
    const res = run(['--help']);
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(/serve/);
    expect(res.stdout).toMatch(/migrate/);
  });

  it('stops with exit 2 and one sentence naming a bad environment variable', () => {
    const res = run(['serve', '--data', '/tmp/never-opened'], { PORT: 'ba nghìn' });
    expect(res.status).toBe(2);
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
    expect(res.stderr).toContain('PORT');
    expect(res.stderr).toContain('Biến môi trường');
  });

  it('stops with exit 2 on an unknown command', () => {
    expect(run(['bogus']).status).toBe(2);
  });
});

describe('doithoai verify', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'doithoai-verify-'));
  const id = '11111111-2222-4333-8444-555555555555';
  const ballots = [
    { seq: 1, group: null, cluster: 'dong-bac', choice: { approve: ['r1', 'r2'] } },
    { seq: 2, group: null, cluster: 'tay-nam-bo', choice: { approve: ['r5', 'r6'] } },
  ];
  let previous = '';
  const lines = ['seq,group,cluster,choice,receipt'];
  for (const b of ballots) {
    previous = nextReceipt(id, previous, b);
    lines.push(csvLine([b.seq, b.group, b.cluster, canonicalJson(b.choice), previous]));
  }
  const good = path.join(dir, `ballots-${id}.csv`);
  writeFileSync(good, `${lines.join('\n')}\n`);

  it('confirms an intact chain and finds a voter’s short receipt', () => {
    const res = run(['verify', good, '--receipt', shortReceipt(previous), '--json']);
    expect(res.status).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({ ballots: 2, chain: 'intact', receipt: { found: true, seq: 2 } });
  });

  it('exits 1 naming the first altered ballot', () => {
    const altered = path.join(dir, `altered-ballots-${id}.csv`);
    writeFileSync(altered, readFileSync(good, 'utf8').replace('r5', 'r4'));
    const res = run(['verify', altered]);
    expect(res.status).toBe(1);
    expect(res.stdout).toContain('broken at ballot 2');
  });

  it('exits 2 with the line of a malformed row', () => {
    const bad = path.join(dir, `bad-ballots-${id}.csv`);
    writeFileSync(bad, `${lines[0]}\n${lines[1]}\n3,,,{"approve":[]},nothex\n`);
    const res = run(['verify', bad]);
    expect(res.status).toBe(2);
    expect(res.stderr).toContain('line 3');
  });
});
