// Runs one registered sub-command in this process and returns what it printed, for command tests
// that need no separate process (the spawned ones cost a second each); and scratch files for them.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { vi } from 'vitest';

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
