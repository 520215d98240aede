// A bad DOITHOAI_PUBLIC_URL stops `doithoai serve` before anything is opened: one sentence, exit 2.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { binPath } from '../helpers/server-process';

describe('doithoai serve with DOITHOAI_PUBLIC_URL', () => {
  it('stops with exit 2 and one sentence naming the variable when it is not an address', () => {
    const res = spawnSync(process.execPath, [binPath, 'serve', '--data', '/tmp/never-opened-public-url'], {
      encoding: 'utf8',
      env: { ...process.env, DOITHOAI_PUBLIC_URL: 'thamvan.example.vn' },
    });
    expect(res.status).toBe(2);
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
    expect(res.stderr).toContain('DOITHOAI_PUBLIC_URL');
    expect(res.stderr).toContain('Biến môi trường');
  });
});
