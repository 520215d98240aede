// Runs `bin/doithoai serve` as a real child process, for tests that kill it or read its exit.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port';

export const binPath = fileURLToPath(new URL('../../bin/doithoai', import.meta.url));

/**
 * How long a start may take before the test gives up; tests starting servers allow for it in their own
 * limit. One start took about 130 s while the two cores were shared by several test runs.
 */
export const START_LIMIT_MS = 240_000;

export type ServerProcess = { child: ChildProcess; base: string; output: () => string; exited: Promise<number | null> };

export async function startServer(args: string[], env: Record<string, string> = {}): Promise<ServerProcess> {
  const port = await freePort();
  // BENCH_SERVER_PROFILE=DIR: the server writes a V8 CPU profile into DIR when it stops (open it in Chrome's DevTools).
  const profile = process.env.BENCH_SERVER_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_SERVER_PROFILE}`] : [];
  const child = spawn(process.execPath, [...profile, binPath, 'serve', '--port', String(port), ...args], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d) => (out += d));
  child.stderr?.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const base = `http://127.0.0.1:${port}`;
  // Wait for the server itself, not for a number of tries; the ceiling only bounds a hang.
  const deadline = Date.now() + START_LIMIT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early: ${out}`);
    const ok = await fetch(`${base}/health`, { signal: AbortSignal.timeout(10_000) }).then((r) => r.ok, () => false);
    if (ok) return { child, base, output: () => out, exited };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not answer /health within ${START_LIMIT_MS / 1000} s: ${out}`);
}
