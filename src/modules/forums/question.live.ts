// Live question screens by server-sent events: the hall screen (approved questions of every point) and
// a point's screen (that point's approved questions), each the top questions by upvotes then age.
// One shared hub per screen (http/live-hub.ts): a marker once a tick — the point's questions version, or
// the sum of the forum's points' (one row each, moved by every question transaction) —, the list computed
// once per change for all its viewers, woken by the question transactions' NOTIFY forum_questions.
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import { AppError } from '../../http/errors';
import { LiveHub, serveStream } from '../../http/live-hub';
import type { App, Deps } from '../module';
import { findPoint } from './forum.load';
import { forumPoints, forums } from './forum.table';
import { questionCaller } from './participant';
import { presentQuestion } from './question.presenter';
import { pointParams } from './forum.schema';
import * as s from './question.schema';
import { QUESTIONS_CHANNEL } from './question.service';
import { forumQuestions } from './question.table';
import { tags } from './forum.routes';

/** Questions a screen shows. */
export const SCREEN_TOP = 20;
const TICK_MS = 1000;
const WAKE_GAP_MS = 250;

// A hub's id: the forum's id for the hall screen, "{forum}/{point}" for a point's screen.
const split = (id: string) => id.split('/') as [string, string | undefined];
const scope = (forumId: string, pointId: string | undefined) =>
  pointId ? and(eq(forumQuestions.forumId, forumId), eq(forumQuestions.pointId, pointId)) : eq(forumQuestions.forumId, forumId);

async function marker(db: Db, id: string) {
  const [forumId, pointId] = split(id);
  const points = pointId ? and(eq(forumPoints.forumId, forumId), eq(forumPoints.id, pointId)) : eq(forumPoints.forumId, forumId);
  const version = db.select({ v: sql<string>`coalesce(sum(${forumPoints.questionsVersion}), 0)::text` }).from(forumPoints).where(points);
  const [forum] = await db.select({ status: forums.status, version: sql<string>`(${version})` }).from(forums).where(eq(forums.id, forumId));
  return forum && { version: forum.version, status: forum.status };
}

/** The screen's event: how many are approved, and the top ones in screen order (core/forums rankQuestions, here in SQL). */
async function snapshot(db: Db, id: string) {
  const [forumId, pointId] = split(id);
  const approved = and(scope(forumId, pointId), eq(forumQuestions.status, 'approved'));
  // one query: the window counts every approved question before the limit keeps the top ones
  const top = await db.select({ q: forumQuestions, count: sql<number>`(count(*) over ())::int` }).from(forumQuestions).where(approved).orderBy(desc(forumQuestions.upvotes), asc(forumQuestions.createdAt), asc(forumQuestions.id)).limit(SCREEN_TOP);
  return JSON.stringify({ approved: top[0]?.count ?? 0, questions: top.map((row) => presentQuestion(row.q, null)) });
}

export async function questionLiveRoutes(app: App, { db, listen, config }: Deps) {
  const hubs = new LiveHub({ marker: (id) => marker(db, id), snapshot: (id) => snapshot(db, id), warn: (err) => app.log.warn({ err }, 'live questions failed') }, { tickMs: TICK_MS, wakeGapMs: WAKE_GAP_MS, streamsPerAddress: config.liveStreamsPerAddress, event: 'questions' });
  const unlisten = listen(QUESTIONS_CHANNEL, (forumId) => hubs.wakeWhere((id) => split(id)[0] === forumId));
  app.addHook('onClose', async () => unlisten());
  app.addHook('preClose', async () => hubs.closeAll());
  const tooMany = () => AppError.of(429, 'live.too_many_streams', { max: config.liveStreamsPerAddress });

  app.get('/api/forums/:id/questions/live', {
    config: { public: true },
    schema: { tags, summary: `Hall screen: the top ${SCREEN_TOP} approved questions of every point as server-sent events (event "questions")`, params: s.questionParams.pick({ id: true }) },
    handler: async (req, reply) => {
      const { forum } = await questionCaller(db, req, req.params.id);
      if (!serveStream(hubs, forum.id, { spaceId: forum.spaceId, status: forum.status }, req, reply)) throw tooMany();
    },
  });

  app.get('/api/forums/:id/points/:pointId/questions/live', {
    config: { public: true },
    schema: { tags, summary: `A point's screen: its top ${SCREEN_TOP} approved questions as server-sent events (event "questions")`, params: pointParams },
    handler: async (req, reply) => {
      const { forum } = await questionCaller(db, req, req.params.id);
      const point = await findPoint(db, forum, req.params.pointId);
      if (!serveStream(hubs, `${forum.id}/${point.id}`, { spaceId: forum.spaceId, status: forum.status }, req, reply)) throw tooMany();
    },
  });
}
