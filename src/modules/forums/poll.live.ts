// The hall screen's polls by server-sent events (event "polls"): every poll of the forum that is not a
// draft, with results per point and overall. One hub per forum (http/live-hub.ts): a marker over its
// polls' ballot counts and statuses once a tick, the board computed once per change (through the
// results cache) for all its viewers; woken by the ballot transactions' NOTIFY ballots (for the
// consultations it has seen) and by NOTIFY forum_polls (a poll created, opened or closed).
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import { AppError } from '../../http/errors';
import { LiveHub, serveStream } from '../../http/live-hub';
import { consultations } from '../consultations';
import type { App, Deps } from '../module';
import { forums } from './forum.table';
import { tags } from './forum.routes';
import { questionCaller } from './participant';
import { pollBoard, type PollCounter } from './poll.results';
import * as s from './poll.schema';
import { POLLS_CHANNEL } from './poll.service';
import { forumPolls } from './poll.table';

async function marker(db: Db, forumId: string) {
  const [forum] = await db.select({ status: forums.status }).from(forums).where(eq(forums.id, forumId));
  if (!forum) return undefined;
  const [row] = await db
    .select({ version: sql<string>`md5(coalesce(string_agg(${consultations.id}::text || ${consultations.status} || ${consultations.ballotCount}, ',' order by ${consultations.id}), ''))` })
    .from(forumPolls)
    .innerJoin(consultations, eq(consultations.id, forumPolls.consultationId))
    .where(eq(forumPolls.forumId, forumId));
  return { version: row.version, status: forum.status };
}

export async function pollLiveRoutes(app: App, { db, listen, config }: Deps) {
  const count: PollCounter = (c, options, query) => app.resultsCache.get(c, options, query);
  /** Which forum each poll's consultation belongs to, as the hubs have seen them: a ballot wakes only its forum's hub. */
  const forumOf = new Map<string, string>();
  const snapshot = async (forumId: string) => {
    const [forum] = await db.select().from(forums).where(eq(forums.id, forumId));
    const polls = forum ? await pollBoard(db, forum, count) : [];
    for (const p of polls) forumOf.set(p.consultationId, forumId);
    return JSON.stringify({ polls });
  };
  const hubs = new LiveHub({ marker: (id) => marker(db, id), snapshot, warn: (err) => app.log.warn({ err }, 'live polls failed') }, { tickMs: 1000, wakeGapMs: 250, streamsPerAddress: config.liveStreamsPerAddress, event: 'polls' });
  const unlisten = [listen(POLLS_CHANNEL, (forumId) => hubs.wake(forumId)), listen('ballots', (id) => forumOf.has(id) && hubs.wake(forumOf.get(id)!))];
  app.addHook('onClose', async () => unlisten.forEach((u) => u()));
  app.addHook('preClose', async () => hubs.closeAll());

  app.get('/api/forums/:id/polls/live', {
    config: { public: true },
    schema: { tags, summary: 'Hall screen: the polls (not drafts) with results per point and overall, as server-sent events (event "polls")', params: s.pollParams.pick({ id: true }) },
    handler: async (req, reply) => {
      const { forum } = await questionCaller(db, req, req.params.id);
      if (!serveStream(hubs, forum.id, { spaceId: forum.spaceId, status: forum.status }, req, reply)) throw AppError.of(429, 'live.too_many_streams', { max: config.liveStreamsPerAddress });
    },
  });
}
