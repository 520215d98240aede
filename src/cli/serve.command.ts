// `doithoai serve`: the web app on the embedded database (or DATABASE_URL), migrated at start,
// optionally with the demo; stops cleanly on SIGTERM/SIGINT.
import type { Command } from 'commander';
import { loadConfig } from '../config';

export function registerServe(program: Command) {
  program
    .command('serve')
    .description('chạy ứng dụng web (run the web app)')
    .option('--port <port>', 'cổng (port), default $PORT or 3000')
    .option('--data <dir>', 'thư mục dữ liệu nhúng (embedded data folder), default $DOITHOAI_DATA or ./data')
    .option('--demo', 'nạp dữ liệu minh họa nếu chưa có (load the demo if absent)')
    .action(async (opts: { port?: string; data?: string; demo?: boolean }) => {
      const env = { ...process.env, ...(opts.port ? { PORT: opts.port } : {}) };
      const config = loadConfig(env, { dataDir: opts.data, demo: Boolean(opts.demo) });
      // Loaded here, not at the top, so that `doithoai --help` and other commands start fast.
      const [{ openDatabase }, { migrateDatabase }, { loadDemo }, { buildApp }] = await Promise.all([
        import('../db/connection'),
        import('../db/migrate'),
        import('../modules/demo'),
        import('../server'),
      ]);
      const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      await migrateDatabase(database);
      const app = await buildApp({ database, config, logger: true });
      if (config.demo) {
        const loaded = await loadDemo(database.db, new Date());
        app.log.info({ loaded }, loaded ? 'demo loaded' : 'demo already present');
      }
      let stopping = false;
      const stop = async (signal: string) => {
        if (stopping) return;
        stopping = true;
        app.log.info({ signal }, 'shutting down: finishing requests in flight');
        await app.close();
        await database.close();
        process.exit(0);
      };
      process.on('SIGTERM', () => void stop('SIGTERM'));
      process.on('SIGINT', () => void stop('SIGINT'));
      await app.listen({ port: config.port, host: config.host });
      app.log.info({ database: database.kind, location: database.location }, `Đối Thoại: ${config.publicUrl ?? `http://localhost:${config.port}`}`);
      if (config.demo && !process.env.HOST) {
        app.log.info(
          `Bản minh họa chỉ mở trên máy này (${config.host}) vì mật khẩu các tài khoản minh họa là công khai; đặt HOST=0.0.0.0 để mở cho cả mạng (the demo listens on this machine only because its accounts' password is public; set HOST=0.0.0.0 to open it to the network).`,
        );
      }
    });
}
