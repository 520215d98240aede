// `doithoai backup FILE` and `doithoai restore FILE`: the embedded database's whole data folder as one
// compressed file (PGlite's own dump), taken while no server holds the folder (its lock says so), and
// put back into a new folder. A PostgreSQL server (DATABASE_URL) is backed up with its own tools,
// pg_dump and pg_restore, which know its users, settings and large databases better than we could.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { loadConfig } from '../config';
import { InputError } from '../core/errors';

const serverAdvice = (verb: string) =>
  new InputError(
    `With DATABASE_URL set, ${verb} with PostgreSQL's own tools: pg_dump --format=custom -f backup.dump "$DATABASE_URL" (and pg_restore to put it back).`,
    {},
    `Khi đặt DATABASE_URL, hãy ${verb === 'back up' ? 'sao lưu' : 'khôi phục'} bằng công cụ của PostgreSQL: pg_dump --format=custom -f backup.dump "$DATABASE_URL" (và pg_restore để khôi phục).`,
  );

export function registerBackup(program: Command) {
  program
    .command('backup')
    .description('sao lưu cơ sở dữ liệu nhúng vào một tệp (back up the embedded database to one file)')
    .argument('<file>', 'tệp đích, ví dụ doithoai-2026-12-02.tar.gz (the file to write)')
    .option('--data <dir>', 'thư mục dữ liệu nhúng (embedded data folder)')
    .action(async (file: string, opts: { data?: string }) => {
      const config = loadConfig(process.env, { dataDir: opts.data });
      if (config.databaseUrl) throw serverAdvice('back up');
      if (!existsSync(config.dataDir)) throw new InputError(`${config.dataDir}: there is no data folder to back up.`, {}, `${config.dataDir}: không có thư mục dữ liệu để sao lưu.`);
      const { openDatabase } = await import('../db/connection');
      const database = await openDatabase({ dataDir: config.dataDir });
      try {
        const client = (database.db as unknown as { $client: { dumpDataDir(c: 'gzip'): Promise<Blob> } }).$client;
        writeFileSync(file, Buffer.from(await (await client.dumpDataDir('gzip')).arrayBuffer()));
      } finally {
        await database.close();
      }
      process.stdout.write(`Đã sao lưu ${config.dataDir} vào ${file} (backed up).\n`);
    });

  program
    .command('restore')
    .description('khôi phục bản sao lưu vào một thư mục dữ liệu mới (restore a backup into a new data folder)')
    .argument('<file>', 'tệp do doithoai backup tạo (a file written by doithoai backup)')
    .option('--data <dir>', 'thư mục dữ liệu mới, phải trống (the new data folder, which must be empty)')
    .action(async (file: string, opts: { data?: string }) => {
      const config = loadConfig(process.env, { dataDir: opts.data });
      if (config.databaseUrl) throw serverAdvice('restore');
      if (existsSync(config.dataDir) && readdirSync(config.dataDir).length) {
        throw new InputError(`${config.dataDir} is not empty: restore into a new folder, so that nothing there is overwritten.`, {}, `${config.dataDir} không trống: hãy khôi phục vào một thư mục mới để không ghi đè dữ liệu nào.`);
      }
      const bytes = await readFile(file).catch(() => {
        throw new InputError(`${file}: cannot be read.`, {}, `${file}: không đọc được tệp.`);
      });
      const { openDatabase } = await import('../db/connection');
      const database = await openDatabase({ dataDir: config.dataDir, loadDataDir: new Blob([bytes], { type: 'application/x-gzip' }) });
      await database.close();
      process.stdout.write(`Đã khôi phục ${file} vào ${config.dataDir} (restored); chạy doithoai serve --data ${config.dataDir}.\n`);
    });
}
