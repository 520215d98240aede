// `doithoai migrate`: applies the committed SQL migrations and exits.
import type { Command } from 'commander';
import { loadConfig } from '../config';

export function registerMigrate(program: Command) {
  program
    .command('migrate')
    .description('áp dụng các migration SQL (apply the SQL migrations)')
    .option('--data <dir>', 'thư mục dữ liệu nhúng (embedded data folder)')
    .action(async (opts: { data?: string }) => {
      const config = loadConfig(process.env, { dataDir: opts.data });
      const [{ openDatabase }, { migrateDatabase }] = await Promise.all([import('../db/connection'), import('../db/migrate')]);
      const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        await migrateDatabase(database);
        process.stdout.write(`Đã cập nhật cơ sở dữ liệu (database migrated): ${database.kind} ${database.location}\n`);
      } finally {
        await database.close();
      }
    });
}
