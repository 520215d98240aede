// The background recomputation wired into the server's life: one worker and one MapRecomputer per process,
// poked by votes and moderation (recompute.signal.ts), the stale maps looked for once the server is ready,
// everything stopped when it closes.
import type { App, Deps } from '../module';
import { MapWorker } from './map.runner';
import { recomputeMap, staleConversations } from './map.store';
import { MapRecomputer } from './recompute';
import { onStaleMap } from './recompute.signal';

export function backgroundMaps(app: App, deps: Deps): void {
  // Maps are recomputed in the background, in a worker thread, at most every few seconds per conversation.
  const worker = new MapWorker();
  const recomputer = new MapRecomputer(
    (id) => recomputeMap(deps.db, id, (request) => worker.run(request), deps.now),
    deps.config.opinionRecomputeSeconds * 1000,
    (err, conversation) => app.log.warn({ err, conversation }, 'opinion map not recomputed; the last good map stays'),
  );
  const off = onStaleMap(deps.db, (id) => recomputer.stale(id));
  let scanning: Promise<unknown> = Promise.resolve();
  app.addHook('onReady', async () => {
    // not awaited: the server answers while the stale maps are brought up to date
    scanning = staleConversations(deps.db)
      .then((ids) => ids.forEach((id) => recomputer.stale(id)))
      .catch((err) => app.log.warn({ err }, 'stale opinion maps not looked for; the next vote in each brings its map up to date'));
  });
  app.addHook('onClose', async () => {
    off();
    await scanning;
    // no new run from here on; the one under way fails fast with its worker
    const closing = recomputer.close();
    await worker.close();
    await closing;
  });
}
