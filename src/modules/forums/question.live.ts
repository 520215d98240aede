// Live question screens by server-sent events: the hall screen (approved questions of every point) and
// a point's screen (that point's approved questions), each the top questions by upvotes then age.
// One shared hub per screen (http/live-hub.ts): a marker once a tick — the point's questions version, or
// the sum of the forum's points' (one row each, moved by every question transaction; one reading serves
// all of a forum's screens) —, the list computed once per change for all its viewers, woken by the
// question transactions' NOTIFY forum_questions.
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
/** How long one reading of a forum's versions serves its other screens (well under the wake gap). */
const MARKER_AGE_MS = 100;

// A hub's id: the forum's id for the hall screen, "{forum}/{point}" for a point's screen.
const split = (id: string) => id.split('/') as [string, string | undefined];
const scope = (forumId: string, pointId: string | undefined) =>
  pointId ? and(eq(forumQuestions.forumId, forumId), eq(forumQuestions.pointId, pointId)) : eq(forumQuestions.forumId, forumId);

type Versions = { status: string; byPoint: Map<string, number> };

/**
 * Every point's questions version and the forum's status in one query, shared by all of a forum's
 * screens that look within `MARKER_AGE_MS` of each other — a NOTIFY wakes the hall and 59 point screens
 * at once, and they would otherwise ask 60 times. A NOTIFY drops the forum's copy before it wakes them,
 * so a screen woken by a commit always reads after it.
 */
class ForumVersions {
  private readonly read = new Map<string, { at: number; versions: Promise<Versions | undefined> }>();

  constructor(private readonly db: Db) {}

  get(forumId: string): Promise<Versions | undefined> {
    const kept = this.read.get(forumId);
    if (kept && performance.now() - kept.at < MARKER_AGE_MS) return kept.versions;
    const versions = this.query(forumId);
    this.read.set(forumId, { at: performance.now(), versions });
    versions.catch(() => this.drop(forumId));
    return versions;
  }

  drop(forumId: string) {
    this.read.delete(forumId);
  }

  private async query(forumId: string): Promise<Versions | undefined> {
    const rows = await this.db
      .select({ status: forums.status, pointId: forumPoints.id, version: forumPoints.questionsVersion })
      .from(forums)
      .leftJoin(forumPoints, eq(forumPoints.forumId, forums.id))
      .where(eq(forums.id, forumId));
    if (!rows.length) return undefined;
    return { status: rows[0].status, byPoint: new Map(rows.flatMap((r) => (r.pointId ? [[r.pointId, r.version ?? 0] as const] : []))) };
  }
}

/** A screen's marker: its point's version, or for the hall the sum of every point's. */
async function marker(versions: ForumVersions, id: string) {
  const [forumId, pointId] = split(id);
  let read = await versions.get(forumId);
  // a point added since that reading: read again rather than take it for gone
  if (read && pointId && !read.byPoint.has(pointId)) {
    versions.drop(forumId);
    read = await versions.get(forumId);
  }
  if (!read) return undefined;
  const version = pointId ? read.byPoint.get(pointId) : [...read.byPoint.values()].reduce((a, b) => a + b, 0);
  return version === undefined ? undefined : { version: String(version), status: read.status };
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
  const versions = new ForumVersions(db);
  const hubs = new LiveHub({ marker: (id) => marker(versions, id), snapshot: (id) => snapshot(db, id), warn: (err) => app.log.warn({ err }, 'live questions failed') }, { tickMs: TICK_MS, wakeGapMs: WAKE_GAP_MS, streamsPerAddress: config.liveStreamsPerAddress, event: 'questions' });
  const unlisten = listen(QUESTIONS_CHANNEL, (forumId) => {
    versions.drop(forumId);
    hubs.wakeWhere((id) => split(id)[0] === forumId);
  });
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
