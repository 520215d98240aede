// Recommendations of a forum: listed for its readers (proposed and declined ones only for facilitators
// and point moderators), captured by facilitators and point moderators (for their point), accepted or
// declined by facilitators, and turned by them into an action of one of the space's plans.
import type { FastifyRequest } from 'fastify';
import { forbidUnless } from '../../http/auth.plugin';
import { AppError } from '../../http/errors';
import type { App, Deps } from '../module';
import { spaceAgencies } from '../plans';
import { readerOf } from './forum.guard';
import { forumPolicy } from './forum.policy';
import { tags } from './forum.routes';
import { presentRecommendation } from './recommendation.presenter';
import * as s from './recommendation.schema';
import { actionFor, captureRecommendation, decideRecommendation, findRecommendation, followUpsOf, listRecommendations, recommendationIntoPlan, type Recommendation } from './recommendation.service';

export async function recommendationRoutes(app: App, { db, now }: Deps) {
  const one = async (r: Recommendation) => presentRecommendation(r, await followUpsOf(db, [r], now()));
  /** A recommendation the caller may see, for a facilitator's decision. */
  const decided = async (req: FastifyRequest & { params: { id: string; recommendationId: string } }) => {
    const call = await readerOf(db, req, req.params.id);
    const r = await findRecommendation(db, call.forum, req.params.recommendationId);
    if (r.status !== 'accepted' && !forumPolicy.seeAllRecommendations(call.access)) throw AppError.of(404, 'forum.recommendation_not_found');
    forbidUnless(forumPolicy.manage(call.access));
    return { ...call, r };
  };

  app.get('/api/forums/:id/recommendations', {
    schema: { tags, summary: "The forum's recommendations with their follow-up from the plan (proposed and declined ones for facilitators and point moderators)", params: s.recommendationParams.pick({ id: true }), response: { 200: s.recommendationListResponse } },
    handler: async (req) => {
      const { forum, access } = await readerOf(db, req, req.params.id);
      const all = forumPolicy.seeAllRecommendations(access);
      const shown = (await listRecommendations(db, forum)).filter((r) => all || r.status === 'accepted');
      const followUps = await followUpsOf(db, shown, now());
      const agencies = [...(await spaceAgencies(db, forum.spaceId))].map(([id, name]) => ({ id, name }));
      const permissions = { decide: forumPolicy.manage(access), capture: access.facilitator ? [] : [...access.moderates], captureWithoutPoint: access.facilitator };
      return { recommendations: shown.map((r) => presentRecommendation(r, followUps)), agencies, permissions };
    },
  });

  app.post('/api/forums/:id/recommendations', {
    schema: { tags, summary: 'Capture a recommendation (facilitators; point moderators for their point)', params: s.recommendationParams.pick({ id: true }), body: s.recommendationBody, response: { 201: s.recommendationResponse } },
    handler: async (req, reply) => {
      const { forum, actor, access } = await readerOf(db, req, req.params.id);
      forbidUnless(forumPolicy.captureRecommendation(access, req.body.pointId));
      return reply.status(201).send(await one(await captureRecommendation(db, actor, forum, req.body, now())));
    },
  });

  app.post('/api/forums/:id/recommendations/:recommendationId/decision', {
    schema: { tags, summary: 'Accept or decline a recommendation, with a note (facilitators)', params: s.recommendationParams, body: s.decisionBody, response: { 200: s.recommendationResponse } },
    handler: async (req) => {
      const { forum, actor, r } = await decided(req);
      return one(await decideRecommendation(db, actor, forum, r, req.body.decision, req.body.note, now()));
    },
  });

  app.post('/api/forums/:id/recommendations/:recommendationId/action', {
    schema: { tags, summary: "Turn an accepted recommendation into an action of one of the space's plans, in one step (facilitators)", params: s.recommendationParams, body: s.actionBody, response: { 201: s.recommendationResponse } },
    handler: async (req, reply) => {
      const { forum, actor, r } = await decided(req);
      const action = actionFor(r, req.body, now());
      return reply.status(201).send(await one(await recommendationIntoPlan(db, actor, forum, r, req.body.planId, action, now())));
    },
  });
}
