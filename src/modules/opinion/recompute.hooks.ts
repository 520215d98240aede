// The background recomputation wired into the server's life: one worker and one MapRecomputer per process,
// poked by votes and moderation in this process (recompute.signal.ts), the stale maps looked for once the
// server is ready and, every DOITHOAI_OPINION_RECOMPUTE_SECONDS, the open ones another process took votes
// for (recompute.sweep.ts); everything stopped when it closes. With DOITHOAI_OPINION_MAPS=false none of it
// runs in this process (another process on the same database computes the maps).
import type { App, Deps } from '../module';
import { MapWorker } from './map.runner';
import { recomputeMap, staleConversations, staleOpenConversations } from './map.store';
import { MapRecomputer } from './recompute';
import { onStaleMap } from './recompute.signal';
import { sweepStaleMaps, type StaleSweep } from './recompute.sweep';

export function backgroundMaps(app: App, deps: Deps): void {
  if (!deps.config.opinionMaps) return;
  // Maps are recomputed in the background, in a worker thread, at most every few seconds per conversation.
  const worker = new MapWorker();
  const recomputer = new MapRecomputer(
    (id) => recomputeMap(deps.db, id, (request) => worker.run(request), deps.now),
    deps.config.opinionRecomputeSeconds * 1000,
    (err, conversation) => app.log.warn({ err, conversation }, 'opinion map not recomputed; the last good map stays'),
  );
  const off = onStaleMap(deps.db, (id) => recomputer.stale(id));
  let scanning: Promise<unknown> = Promise.resolve();
  let sweep: StaleSweep | null = null;
  app.addHook('onReady', async () => {
    sweep = sweepStaleMaps(() => staleOpenConversations(deps.db), deps.config.opinionRecomputeSeconds * 1000, (id) => recomputer.stale(id), (err) =>
      app.log.warn({ err }, 'stale opinion maps not looked for; the next sweep tries again'),
    );
    // not awaited: the server answers while the stale maps are brought up to date
    scanning = staleConversations(deps.db)
      .then((ids) => ids.forEach((id) => recomputer.stale(id)))
      .catch((err) => app.log.warn({ err }, 'stale opinion maps not looked for at start; the next sweep looks again'));
  });
  app.addHook('onClose', async () => {
    off();
    await sweep?.stop();
    await scanning;
    // no new run from here on; the one under way fails fast with its worker
    const closing = recomputer.close();
    await worker.close();
    await closing;
  });
}
