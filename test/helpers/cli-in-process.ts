// Runs one registered sub-command in this process and returns what it printed, for command tests
// that need no separate process (the spawned ones cost a second each); and scratch files for them.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { vi } from 'vitest';
import { runCli } from '../../src/cli/run';

export function inProcess(name: string, register: (program: Command) => void) {
  return async (...args: string[]): Promise<string> => {
    const program = new Command('doithoai').exitOverride();
    register(program);
    let out = '';
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      out += String(chunk);
      return true;
    });
    try {
      await program.parseAsync(['node', 'doithoai', name, ...args]);
    } finally {
      write.mockRestore();
    }
    return out;
  };
}

/** Like inProcess, but through runCli: what a user sees — exit code, stdout and stderr. */
export function asUser(name: string, register: (program: Command) => void) {
  return async (...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> => {
    const program = new Command('doithoai');
    register(program);
    const seen = { stdout: '', stderr: '' };
    const spies = (['stdout', 'stderr'] as const).map((stream) =>
      vi.spyOn(process[stream], 'write').mockImplementation((chunk) => {
        seen[stream] += String(chunk);
        return true;
      }),
    );
    try {
      await runCli(program, ['node', 'doithoai', name, ...args]);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    const code = Number(process.exitCode ?? 0);
    process.exitCode = undefined;
    return { code, ...seen };
  };
}

export function scratchFolder(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    path: (name: string) => join(dir, name),
    file(name: string, text: string): string {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
