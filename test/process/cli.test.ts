// The command line a newcomer and scripts meet first.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
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
