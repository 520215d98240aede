// Runs the command line and maps failures to the exit codes of the contract:
// 2 for bad input (one sentence on stderr), 1 for anything else, 0 on success.
import { Command, CommanderError } from 'commander';
import { InputError } from '../core/errors';
import { ConfigError } from '../config';

export async function runCli(program: Command, argv: string[]): Promise<void> {
  program.exitOverride();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    process.exitCode = exitCodeFor(err);
    if (err instanceof CommanderError) return; // commander has already printed its message
    const message = err instanceof InputError && err.vi ? `${err.vi} — ${err.message}` : err instanceof Error ? err.message : String(err);
    process.stderr.write(`doithoai: ${message}\n`);
    if (process.exitCode === 1 && err instanceof Error && process.env.DEBUG) process.stderr.write(`${err.stack}\n`);
  }
}

function exitCodeFor(err: unknown): number {
  if (err instanceof CommanderError) {
    if (err.exitCode === 0) return 0; // --help, --version
    return 2;
  }
  if (err instanceof InputError || err instanceof ConfigError) return 2;
  return 1;
}
