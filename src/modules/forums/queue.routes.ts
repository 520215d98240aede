// A session's speaking queue: a checked-in participant asks to speak; a facilitator, or a point's
// moderator for their point, queues someone; facilitators and point moderators see the queue (and
// follow it live, queue.live.ts); the facilitator calls the next, marks them started and done, or
// removes an entry — a point moderator may remove their own point's entries.
import { forbidUnless } from '../../http/auth.plugin';
import type { App, Deps } from '../module';
import { findSession } from './agenda.service';
import { findPoint } from './forum.load';
import { forumPolicy } from './forum.policy';
import { tags } from './forum.routes';
import { questionCaller, requireParticipant } from './participant';
import { presentSpeaker } from './queue.presenter';
import * as s from './queue.schema';
import { callNext, findSpeaker, listSpeakers, queueOnBehalf, requestToSpeak, stepSpeaker } from './queue.service';

const open = { public: true };

export async function queueRoutes(app: App, { db, now }: Deps) {
  const inSession = async (req: Parameters<typeof questionCaller>[1], params: { id: string; sessionId: string }) => {
    const call = await questionCaller(db, req, params.id);
    return { ...call, session: await findSession(db, call.forum, params.sessionId) };
  };

  app.get('/api/forums/:id/sessions/:sessionId/queue', {
    config: open,
    schema: { tags, summary: "A session's speaking queue in order of asking, with its times (facilitators and point moderators)", params: s.queueParams, response: { 200: s.queueResponse } },
    handler: async (req) => {
      const { forum, access, session } = await inSession(req, req.params);
      forbidUnless(forumPolicy.seeQueue(access));
      return { speakers: (await listSpeakers(db, forum, session)).map(presentSpeaker) };
    },
  });

  app.post('/api/forums/:id/sessions/:sessionId/queue/me', {
    config: open,
    schema: { tags, summary: 'Ask to speak in a session (checked-in participants), from one’s check-in point', params: s.queueParams, body: s.selfBody, response: { 201: s.speakerResponse } },
    handler: async (req, reply) => {
      const call = await inSession(req, req.params);
      const me = requireParticipant(call, 'forum.speak_not_checked_in');
      return reply.status(201).send(presentSpeaker(await requestToSpeak(db, call.actor, call.forum, call.session, me, req.body.name, now())));
    },
  });

  app.post('/api/forums/:id/sessions/:sessionId/queue', {
    config: open,
    schema: { tags, summary: 'Queue someone from the floor or a point (facilitators; point moderators for their points)', params: s.queueParams, body: s.onBehalfBody, response: { 201: s.speakerResponse } },
    handler: async (req, reply) => {
      const { forum, actor, access, session } = await inSession(req, req.params);
      forbidUnless(forumPolicy.seeQueue(access));
      if (req.body.pointId) await findPoint(db, forum, req.body.pointId, 400);
      forbidUnless(forumPolicy.queueFor(access, req.body.pointId));
      return reply.status(201).send(presentSpeaker(await queueOnBehalf(db, actor, forum, session, req.body, now())));
    },
  });

  app.post('/api/forums/:id/sessions/:sessionId/queue/next', {
    config: open,
    schema: { tags, summary: 'Call the next one waiting (facilitators)', params: s.queueParams, response: { 200: s.speakerResponse } },
    handler: async (req) => {
      const { forum, actor, access, session } = await inSession(req, req.params);
      forbidUnless(forumPolicy.manage(access));
      return presentSpeaker(await callNext(db, actor, forum, session, now()));
    },
  });

  app.post('/api/forums/:id/sessions/:sessionId/queue/:entryId/status', {
    config: open,
    schema: { tags, summary: 'Mark a speaker started or done, or remove an entry (facilitators; point moderators remove their points’ entries)', params: s.entryParams, body: s.entryStepBody, response: { 200: s.speakerResponse } },
    handler: async (req) => {
      const { forum, actor, access, session } = await inSession(req, req.params);
      forbidUnless(forumPolicy.seeQueue(access));
      const entry = await findSpeaker(db, forum, session, req.params.entryId);
      forbidUnless(req.body.step === 'remove' ? forumPolicy.queueFor(access, entry.pointId) : forumPolicy.manage(access));
      return presentSpeaker(await stepSpeaker(db, actor, forum, entry, req.body.step, now()));
    },
  });
}
