// Live question screens by server-sent events: the hall screen (approved questions of every point) and
// a point's screen (that point's approved questions), each the top questions by upvotes then age.
// One shared hub per screen (http/live-hub.ts): a marker once a tick — the point's questions version, or
// the sum of the forum's points' (one row each, moved by every question transaction) —, the list computed
// once per change for all its viewers, woken by the question transactions' NOTIFY forum_questions. What
// the screens read, they read once per forum for all of them (question.screens.ts).
import { AppError } from '../../http/errors';
import { LiveHub, serveStream } from '../../http/live-hub';
import type { App, Deps } from '../module';
import { findPoint } from './forum.load';
import { questionCaller } from './participant';
import { pointParams } from './forum.schema';
import * as s from './question.schema';
import { ForumScreens, SCREEN_TOP, splitScreen } from './question.screens';
import { QUESTIONS_CHANNEL } from './question.service';
import { tags } from './forum.routes';

const TICK_MS = 1000;
const WAKE_GAP_MS = 250;

export async function questionLiveRoutes(app: App, { db, listen, config }: Deps) {
  const screens = new ForumScreens(db);
  const hubs = new LiveHub({ marker: (id) => screens.marker(id), snapshot: (id) => screens.snapshot(id), warn: (err) => app.log.warn({ err }, 'live questions failed') }, { tickMs: TICK_MS, wakeGapMs: WAKE_GAP_MS, streamsPerAddress: config.liveStreamsPerAddress, event: 'questions' });
  const unlisten = listen(QUESTIONS_CHANNEL, (forumId) => {
    screens.drop(forumId);
    hubs.wakeWhere((id) => splitScreen(id)[0] === forumId);
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
