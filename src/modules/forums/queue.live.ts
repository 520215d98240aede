// The speaking queue live for moderators, by server-sent events (event "queue"): its own stream rather
// than the questions' one, because the questions' stream goes to participants and the hall's
// projector while the queue names people waiting and is for facilitators and point moderators only.
// One hub per session (http/live-hub.ts), woken by the queue transactions' NOTIFY forum_queue.
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import { forbidUnless } from '../../http/auth.plugin';
import { AppError } from '../../http/errors';
import { LiveHub, serveStream } from '../../http/live-hub';
import type { App, Deps } from '../module';
import { findSession } from './agenda.service';
import { forumPolicy } from './forum.policy';
import { tags } from './forum.routes';
import { forums } from './forum.table';
import { questionCaller } from './participant';
import { presentSpeaker } from './queue.presenter';
import { queueParams } from './queue.schema';
import { QUEUE_CHANNEL } from './queue.service';
import { forumSpeakers } from './queue.table';

// A hub's id: "{forum}/{session}".
const split = (id: string) => id.split('/') as [string, string];
const scope = (id: string) => and(eq(forumSpeakers.forumId, split(id)[0]), eq(forumSpeakers.sessionId, split(id)[1]));

async function marker(db: Db, id: string) {
  const [forum] = await db.select({ status: forums.status }).from(forums).where(eq(forums.id, split(id)[0]));
  if (!forum) return undefined;
  const [row] = await db.select({ version: sql<string>`md5(coalesce(string_agg(${forumSpeakers.id}::text || ${forumSpeakers.status}, ',' order by ${forumSpeakers.id}), ''))` }).from(forumSpeakers).where(scope(id));
  return { version: row.version, status: forum.status };
}

async function snapshot(db: Db, id: string) {
  const rows = await db.select().from(forumSpeakers).where(scope(id)).orderBy(forumSpeakers.requestedAt, forumSpeakers.id);
  return JSON.stringify({ speakers: rows.map(presentSpeaker) });
}

export async function queueLiveRoutes(app: App, { db, listen, config }: Deps) {
  const hubs = new LiveHub({ marker: (id) => marker(db, id), snapshot: (id) => snapshot(db, id), warn: (err) => app.log.warn({ err }, 'live queue failed') }, { tickMs: 1000, wakeGapMs: 250, streamsPerAddress: config.liveStreamsPerAddress, event: 'queue' });
  const unlisten = listen(QUEUE_CHANNEL, (forumId) => hubs.wakeWhere((id) => split(id)[0] === forumId));
  app.addHook('onClose', async () => unlisten());
  app.addHook('preClose', async () => hubs.closeAll());

  app.get('/api/forums/:id/sessions/:sessionId/queue/live', {
    config: { public: true },
    schema: { tags, summary: 'A session’s speaking queue as server-sent events (event "queue"; facilitators and point moderators)', params: queueParams },
    handler: async (req, reply) => {
      const { forum, access } = await questionCaller(db, req, req.params.id);
      forbidUnless(forumPolicy.seeQueue(access));
      const session = await findSession(db, forum, req.params.sessionId);
      if (!serveStream(hubs, `${forum.id}/${session.id}`, { spaceId: forum.spaceId, status: forum.status }, req, reply)) throw AppError.of(429, 'live.too_many_streams', { max: config.liveStreamsPerAddress });
    },
  });
}
