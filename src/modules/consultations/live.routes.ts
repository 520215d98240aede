// GET /api/consultations/{id}/live: server-sent events for the projector view. Each stream checks
// the ballot count once a second and, when it moved, sends the new results; results for a given
// count are computed once and shared by every screen watching the consultation.
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import type { App } from '../module';
import { allowResults } from './ballot.routes';
import { consultationParams } from './consultation.schema';
import { findConsultation } from './consultation.service';
import { consultations } from './consultation.table';
import { consultationResults } from './results.service';

const POLL_MS = 1000;

export async function liveRoutes(app: App, db: Db) {
  const cache = new Map<string, { count: number; payload: Promise<string> }>();
  // Open streams never go idle, so shutdown ends them itself rather than wait for screens to leave.
  const streams = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const end of streams) end();
  });
  const snapshot = (id: string, count: number) => {
    const hit = cache.get(id);
    if (hit?.count === count) return hit.payload;
    const payload = findConsultation(db, id).then(async ({ consultation: c, options }) => {
      const by = c.clusters.length ? 'cluster' : c.groups.length ? 'group' : undefined;
      const results = await consultationResults(db, c, options, { by });
      return JSON.stringify({ status: c.status, ballots: count, results });
    });
    cache.set(id, { count, payload });
    return payload;
  };

  app.get('/api/consultations/:id/live', {
    config: { public: true },
    schema: { tags: ['consultations'], summary: 'Live results as server-sent events (event "results")', params: consultationParams },
    handler: async (req, reply) => {
      const { consultation } = await findConsultation(db, req.params.id);
      allowResults(req.actor, consultation);
      reply.hijack();
      reply.raw.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive', 'x-accel-buffering': 'no' });
      let last = -1;
      let closed = false;
      let quiet = 0;
      const tick = async () => {
        const [row] = await db.select({ n: consultations.ballotCount, status: consultations.status }).from(consultations).where(eq(consultations.id, consultation.id));
        const count = row?.n ?? 0;
        if (closed) return;
        if (count !== last) {
          last = count;
          quiet = 0;
          reply.raw.write(`event: results\ndata: ${await snapshot(consultation.id, count)}\n\n`);
        } else if (++quiet % 15 === 0) reply.raw.write(': keep-alive\n\n'); // proxies drop silent streams
      };
      const timer = setInterval(() => void tick().catch((err) => req.log.warn({ err }, 'live results failed')), POLL_MS);
      const end = () => {
        closed = true;
        clearInterval(timer);
        streams.delete(end);
        reply.raw.end();
      };
      streams.add(end);
      req.raw.on('close', end);
      await tick();
    },
  });
}
