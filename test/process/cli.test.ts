// The command line a newcomer and scripts meet first.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures';
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
  // Written by hand from the format's definition, not by the code under test: see test/fixtures/receipts/README.md.
  const good = fixture('receipts', `ballots-${id}.csv`);
  const digest = 'fb285694957b2fa05f850183f83e8cecbcd12cabd41bf2e8a80b0aae775c275c';
  const lines = readFileSync(good, 'utf8').trimEnd().split('\n');

  it('confirms an intact list, prints its digest to compare, and finds a voter’s short receipt', () => {
    const res = run(['verify', good, '--receipt', 'C3C3-C3C3-C3C3-C3C3-C3C3', '--json']);
    expect(res.status).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({ ballots: 2, receipts: 2, digest, list: 'intact', receipt: { found: true } });
    expect(run(['verify', good, '--receipt', 'C3C3-C3C3-C3C3-C3C3-C3C4']).status).toBe(1);
  });

  it('exits 1 when a ballot is altered, naming the digest it no longer matches', () => {
    const altered = path.join(dir, `altered-ballots-${id}.csv`);
    writeFileSync(altered, readFileSync(good, 'utf8').replace('r5', 'r4'));
    const res = run(['verify', altered]);
    expect(res.status).toBe(1);
    expect(res.stdout).toContain(`the file states ${digest}`);
  });

  it('exits 1 when a receipt is dropped', () => {
    const dropped = path.join(dir, `dropped-ballots-${id}.csv`);
    writeFileSync(dropped, `${lines.slice(0, -1).join('\n')}\n`);
    const res = run(['verify', dropped, '--json']);
    expect(res.status).toBe(1);
    expect(JSON.parse(res.stdout).problem).toMatchObject({ code: 'count' });
  });

  it('exits 2 with the line of a malformed row', () => {
    const bad = path.join(dir, `bad-ballots-${id}.csv`);
    writeFileSync(bad, `${lines[0]}\n${lines[1]}\nreceipt,,,,nothex\n`);
    const res = run(['verify', bad]);
    expect(res.status).toBe(2);
    expect(res.stderr).toContain('line 3');
  });
});
