// The `doithoai` command line: each sub-command lives in src/cli/<name>.command.ts and registers itself here.
import { Command } from 'commander';
import { registerServe } from './cli/serve.command';
import { registerMigrate } from './cli/migrate.command';
import { registerTally } from './cli/tally.command';
import { registerVerify } from './cli/verify.command';
import { registerImport } from './cli/import.command';
import { registerIndicators } from './cli/indicators.command';
import { registerMcda } from './cli/mcda.command';
import { registerBackup } from './cli/backup.command';
import { registerMatch } from './cli/match.command';
import { registerOpinion } from './cli/opinion.command';
import { runCli } from './cli/run';

const program = new Command('doithoai')
  .description('Đối Thoại — đặt ưu tiên phát triển địa phương dựa trên bằng chứng và tham vấn\n(local development priorities on evidence and consultation)')
  .showHelpAfterError()
  // Set before the sub-commands are added so they inherit it: usage errors must exit 2, not 1.
  .exitOverride();

for (const register of [registerServe, registerMigrate, registerTally, registerVerify, registerImport, registerIndicators, registerMcda, registerBackup, registerMatch, registerOpinion]) register(program);

await runCli(program, process.argv);
