// `doithoai serve`: the web app on the embedded database (or DATABASE_URL), migrated at start,
// optionally with the demo; stops cleanly on SIGTERM/SIGINT. With `--workers N` on a PostgreSQL
// server, N processes share the port (serve.cluster.ts); the embedded database stays one process.
import cluster from 'node:cluster';
import type { Command } from 'commander';
import { InputError } from '../core/errors';
import { loadConfig } from '../config';

type ServeOptions = { port?: string; data?: string; demo?: boolean; workers?: string };

export function registerServe(program: Command) {
  program
    .command('serve')
    .description('chạy ứng dụng web (run the web app)')
    .option('--port <port>', 'cổng (port), default $PORT or 3000')
    .option('--data <dir>', 'thư mục dữ liệu nhúng (embedded data folder), default $DOITHOAI_DATA or ./data')
    .option('--demo', 'nạp dữ liệu minh họa nếu chưa có (load the demo if absent)')
    .option('--workers <n>', 'số tiến trình dùng chung một cổng, chỉ với DATABASE_URL (processes sharing the port, DATABASE_URL only), default 1')
    .action(async (opts: ServeOptions) => {
      const env = { ...process.env, ...(opts.port ? { PORT: opts.port } : {}) };
      const config = loadConfig(env, { dataDir: opts.data, demo: Boolean(opts.demo) });
      const workers = workerCount(opts.workers);
      // A worker runs this same command line: it serves, and leaves migrations and the demo to the primary.
      if (cluster.isWorker) return (await import('./serve.process')).serveProcess(config, { prepare: false });
      if (workers > 1 && config.databaseUrl) return (await import('./serve.cluster')).serveCluster(config, workers);
      if (workers > 1) process.stderr.write(`${EMBEDDED_ONE_PROCESS}\n`);
      return (await import('./serve.process')).serveProcess(config, { prepare: true });
    });
}

const EMBEDDED_ONE_PROCESS =
  'Cơ sở dữ liệu nhúng chỉ cho một tiến trình: bỏ qua --workers, chạy một tiến trình; đặt DATABASE_URL để chạy nhiều tiến trình ' +
  '(the embedded database allows one process: --workers is ignored and one process runs; set DATABASE_URL to run several).';

function workerCount(text: string | undefined): number {
  if (text === undefined) return 1;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 256) {
    throw new InputError(`--workers must be a whole number from 1 to 256, not "${text}"`, { field: 'workers' }, `--workers phải là số nguyên từ 1 đến 256, không phải "${text}"`);
  }
  return n;
}
