// `doithoai migrate [--dry-run]`: applies the committed SQL migrations and exits, or lists those it
// would apply. A failed upgrade changes nothing (one transaction) and exits 1 naming the migration.
import type { Command } from 'commander';
import { loadConfig } from '../config';

export function registerMigrate(program: Command) {
  program
    .command('migrate')
    .description('áp dụng các migration SQL (apply the SQL migrations)')
    .option('--data <dir>', 'thư mục dữ liệu nhúng (embedded data folder)')
    .option('--dry-run', 'chỉ liệt kê các migration sẽ áp dụng (only list the migrations it would apply)')
    .option('--json', 'in tài liệu JSON (print one JSON document)')
    .action(async (opts: { data?: string; dryRun?: boolean; json?: boolean }) => {
      const config = loadConfig(process.env, { dataDir: opts.data });
      const [{ openDatabase }, { migrateDatabase, pendingMigrations }] = await Promise.all([import('../db/connection'), import('../db/migrate')]);
      const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        const migrations = opts.dryRun ? await pendingMigrations(database) : await migrateDatabase(database);
        const where = `${database.kind} ${database.location}`;
        if (opts.json) process.stdout.write(`${JSON.stringify({ database: where, dryRun: Boolean(opts.dryRun), migrations: migrations.map((m) => m.tag) })}\n`);
        else if (!migrations.length) process.stdout.write(`Cơ sở dữ liệu đã ở phiên bản mới nhất (the database is up to date): ${where}\n`);
        else {
          const head = opts.dryRun ? `Sẽ áp dụng ${migrations.length} migration (would apply)` : `Đã áp dụng ${migrations.length} migration (applied)`;
          process.stdout.write(`${head}: ${where}\n${migrations.map((m) => `  ${m.tag}\n`).join('')}`);
        }
      } finally {
        await database.close();
      }
    });
}
