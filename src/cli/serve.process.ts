// One server process: opens the database, migrates it and loads the demo when it prepares (a lone
// process, or the primary of a cluster does it once for all), listens, and on SIGTERM/SIGINT finishes
// the requests in flight, lets the ballot writers go idle and closes the database.
import type { Config } from '../config';
import type { Database } from '../db/connection';

export async function prepareDatabase(config: Config, log: (loaded: boolean) => void): Promise<Database> {
  // Loaded here, not at the top, so that `doithoai --help` and other commands start fast.
  const [{ openDatabase }, { migrateDatabase }, { loadDemo }] = await Promise.all([import('../db/connection'), import('../db/migrate'), import('../modules/demo')]);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrateDatabase(database);
  if (config.demo) log(await loadDemo(database.db, new Date()));
  return database;
}

export async function serveProcess(config: Config, { prepare }: { prepare: boolean }) {
  const [{ openDatabase }, { buildApp }] = await Promise.all([import('../db/connection'), import('../server')]);
  let loaded: boolean | undefined;
  const database = prepare
    ? await prepareDatabase(config, (l) => (loaded = l))
    : await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const app = await buildApp({ database, config, logger: true });
  if (loaded !== undefined) app.log.info({ loaded }, loaded ? 'demo loaded' : 'demo already present');
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
  // A hall opening the results at once connects thousands of phones within seconds: Node's default
  // queue of 511 unaccepted connections overflows while the process is busy, and the kernel then drops
  // connection attempts, which phones retry only after 1, 3, 7… s. The kernel caps this at its somaxconn.
  await app.listen({ port: config.port, host: config.host, backlog: 4096 });
  app.log.info({ database: database.kind, location: database.location }, `Đối Thoại: ${config.publicUrl ?? `http://localhost:${config.port}`}`);
  if (config.demo && !process.env.HOST) {
    app.log.info(
      `Bản minh họa chỉ mở trên máy này (${config.host}) vì mật khẩu các tài khoản minh họa là công khai; đặt HOST=0.0.0.0 để mở cho cả mạng (the demo listens on this machine only because its accounts' password is public; set HOST=0.0.0.0 to open it to the network).`,
    );
  }
}
