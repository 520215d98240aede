// GET /api/consultations/{id}/live: server-sent events for the projector view. Every stream of a
// consultation subscribes to its hub (live.hub.ts), which checks the ballot count once a second for
// all of them, or at once when a ballot commits in any process, and sends each new result, computed
// once, to every stream.
import type { z } from 'zod';
import { AppError } from '../../http/errors';
import { serveStream } from '../../http/live-hub';
import type { App, Deps } from '../module';
import { allowResults } from './ballot.routes';
import { consultationParams } from './consultation.schema';
import { ballotMarker, findConsultation } from './consultation.service';
import { LiveHubs } from './live.hub';
import type { liveSnapshot } from './results.schema';
import type { ResultsCache } from './results.cache';

const TICK_MS = 1000;
// Woken by NOTIFY, a hub recomputes at most four times a second however many batches commit.
const WAKE_GAP_MS = 250;

declare module 'fastify' {
  interface FastifyInstance {
    /** The live-results hubs, reachable for tests and diagnostics. */
    liveHubs: LiveHubs;
  }
}

export async function liveRoutes(app: App, { db, listen, config }: Deps, cache: ResultsCache) {
  const hubs = new LiveHubs(
    {
      marker: (id) => ballotMarker(db, id),
      snapshot: async (id, marker) => {
        const { consultation: c, options } = await findConsultation(db, id);
        const by = c.clusters.length ? 'cluster' : c.groups.length ? 'group' : undefined;
        const results = await cache.get(c, options, { by });
        return JSON.stringify({ status: c.status, ballots: marker.ballots, results } satisfies z.input<typeof liveSnapshot>);
      },
      warn: (err) => app.log.warn({ err }, 'live results failed'),
    },
    { tickMs: TICK_MS, wakeGapMs: WAKE_GAP_MS, streamsPerAddress: config.liveStreamsPerAddress },
  );
  app.decorate('liveHubs', hubs);
  // Ballot-writing transactions notify 'ballots' with the consultation id (ballot.sql.ts, ballot.writer.ts).
  const unlisten = listen('ballots', (id) => hubs.wake(id));
  app.addHook('onClose', async () => unlisten());
  app.addHook('preClose', async () => hubs.closeAll());

  app.get('/api/consultations/:id/live', {
    config: { public: true },
    schema: { tags: ['consultations'], summary: 'Live results as server-sent events (event "results"); at most DOITHOAI_LIVE_STREAMS_PER_ADDRESS streams per client address', params: consultationParams },
    handler: async (req, reply) => {
      // A consultation already watched is known to its hub; the rest are looked up (and a bad id is a 404).
      const id = req.params.id.toLowerCase();
      const access = hubs.access(id) ?? (await findConsultation(db, id)).consultation;
      allowResults(req.actor, access);
      if (!serveStream(hubs, id, access, req, reply)) throw AppError.of(429, 'live.too_many_streams', { max: config.liveStreamsPerAddress });
    },
  });
}
