// Live polls at a forum: facilitators create a poll on an agenda item and open and close it (a point
// moderator may not: a poll runs at every point at once, so the hall decides when); checked-in
// participants (signed in, or by the participant cookie) cast one ballot each; whoever reads the forum
// sees the polls with results per point and overall, and the hall screen follows them live (poll.live.ts).
import { forbidUnless } from '../../http/auth.plugin';
import type { App, Deps } from '../module';
import { forumPolicy } from './forum.policy';
import { tags } from './forum.routes';
import { questionCaller, requireParticipant } from './participant';
import { pollBoard, presentPoll, type PollCounter } from './poll.results';
import * as s from './poll.schema';
import { castPollBallot, createPoll, findConsultationOf, findPoll, stepPoll } from './poll.service';
import type { PollSink } from './poll.writer';

const open = { public: true };

export async function pollRoutes(app: App, { db, now }: Deps, polls: PollSink) {
  const count: PollCounter = (c, options, query) => app.resultsCache.get(c, options, query);
  const managed = async (req: Parameters<typeof questionCaller>[1], forumId: string) => {
    const call = await questionCaller(db, req, forumId);
    forbidUnless(forumPolicy.manage(call.access));
    return call;
  };

  app.get('/api/forums/:id/polls', {
    config: open,
    schema: { tags, summary: "The forum's polls with results per point and overall (drafts for facilitators only)", params: s.pollParams.pick({ id: true }), response: { 200: s.pollListResponse } },
    handler: async (req) => {
      const { forum, access, participant } = await questionCaller(db, req, req.params.id);
      return { polls: await pollBoard(db, forum, count, { drafts: forumPolicy.manage(access), voter: participant }) };
    },
  });

  app.post('/api/forums/:id/polls', {
    config: open,
    schema: { tags, summary: 'Create a poll on an agenda item, as a draft (facilitators)', params: s.pollParams.pick({ id: true }), body: s.pollBody, response: { 201: s.pollResponse } },
    handler: async (req, reply) => {
      const { forum, actor } = await managed(req, req.params.id);
      const poll = await createPoll(db, actor, forum, req.body, now());
      return reply.status(201).send(await presentPoll(poll, await findConsultationOf(db, poll), count));
    },
  });

  app.post('/api/forums/:id/polls/:pollId/status', {
    config: open,
    schema: { tags, summary: 'Open or close a poll (facilitators)', params: s.pollParams, body: s.pollStepBody, response: { 200: s.pollResponse } },
    handler: async (req) => {
      const { forum, actor } = await managed(req, req.params.id);
      const poll = await findPoll(db, forum, req.params.pollId);
      await stepPoll(db, actor, forum, poll, req.body.step, now());
      return presentPoll(poll, await findConsultationOf(db, poll), count);
    },
  });

  app.post('/api/forums/:id/polls/:pollId/ballots', {
    config: open,
    bodyLimit: 16_384,
    schema: { tags, summary: "Cast a ballot in an open poll, once per checked-in participant, counted at their check-in point", params: s.pollParams, body: s.pollBallotBody, response: { 201: s.pollReceiptResponse } },
    handler: async (req, reply) => {
      const call = await questionCaller(db, req, req.params.id);
      const me = requireParticipant(call, 'forum.poll_not_checked_in');
      const poll = await findPoll(db, call.forum, req.params.pollId);
      return reply.status(201).send(await castPollBallot(polls, db, me, poll, req.body));
    },
  });
}
