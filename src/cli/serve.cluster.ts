// `serve --workers N` on a PostgreSQL server: the primary migrates (and loads the demo) once, then
// forks N workers that each build the app and listen on the same port (node:cluster hands out the
// connections). Every shared state lives in PostgreSQL (docs/ARCHITECTURE.md, Scale-out), so any
// worker may answer any request. A worker that dies is replaced; one that dies before it ever
// listened stops the whole server (a start failure would only repeat). SIGTERM/SIGINT reach every
// worker, each finishes its requests and idles its ballot writers, then the primary exits.
import cluster, { type Worker } from 'node:cluster';
import { pino } from 'pino';
import type { Config } from '../config';
import { prepareDatabase } from './serve.process';

export async function serveCluster(config: Config, workers: number) {
  const log = pino({ level: config.logLevel });
  const database = await prepareDatabase(config, (loaded) => log.info({ loaded }, loaded ? 'demo loaded' : 'demo already present'));
  await database.close();

  const alive = new Set<Worker>();
  const listening = new WeakSet<Worker>();
  let stopping = false;
  let failed = false;
  const fork = () => {
    const worker = cluster.fork();
    alive.add(worker);
    worker.on('listening', () => listening.add(worker));
  };
  cluster.on('exit', (worker, code, signal) => {
    alive.delete(worker);
    const who = { worker: worker.process.pid, code, signal };
    if (stopping) {
      if (code !== 0) failed = true;
      if (!alive.size) process.exit(failed ? 1 : 0);
      return;
    }
    if (!listening.has(worker)) {
      log.error(who, 'a worker stopped before it listened: stopping the server');
      failed = true;
      return void stop('start failure');
    }
    log.warn(who, 'a worker died: starting another');
    fork();
  });
  const stop = (reason: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ reason }, 'shutting down: every worker finishes its requests');
    for (const worker of alive) worker.process.kill('SIGTERM');
    if (!alive.size) process.exit(failed ? 1 : 0);
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  for (let i = 0; i < workers; i++) fork();
  log.info({ workers, database: database.location }, `Đối Thoại: ${workers} tiến trình (workers) trên cổng ${config.port}`);
}
