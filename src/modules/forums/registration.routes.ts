// Registration and check-in: register (oneself, or someone by name as a facilitator), one's own
// registration, cancel (moves the waiting list up), the forum's list (facilitators) and check-in
// at a point by code (facilitators, the point's moderators, a participant with their own code — a
// card holder without an account too, who gets the participant cookie with which they ask questions).
import { z } from 'zod';
import { forbidUnless } from '../../http/auth.plugin';
import type { App, Deps } from '../module';
import { managerOf, readerOf } from './forum.guard';
import { findPoint } from './forum.load';
import { forumPolicy } from './forum.policy';
import { presentRegistration } from './forum.presenter';
import * as s from './forum.schema';
import { tags } from './forum.routes';
import { cardHolderCall, newParticipantToken, setParticipantCookie } from './participant';
import { cancel, checkIn, findRegistration, listRegistrations, myRegistration, register } from './registration.service';

export async function registrationRoutes(app: App, { db, now }: Deps) {
  // Only a waiting registration's answer needs the others (its place in the queue): a seat costs one row.
  const waitingPlaces = (r: { forumId: string; status: string }) => (r.status === 'waiting' ? listRegistrations(db, { id: r.forumId }) : []);

  app.post('/api/forums/:id/registrations', {
    schema: { tags, summary: 'Register: a seat while there is room, else the waiting list; the code is in this answer only', params: s.idParams, body: s.registrationBody, response: { 201: s.newRegistrationResponse } },
    handler: async (req, reply) => {
      const { forum, actor, access } = await readerOf(db, req, req.params.id);
      const byName = req.body.name !== undefined;
      forbidUnless(byName ? forumPolicy.manage(access) : forumPolicy.registerSelf(access));
      const who = byName ? { userId: null, name: req.body.name! } : { userId: actor.userId, name: actor.label };
      const { registration, code } = await register(db, actor, forum, who, req.body.pointId, now());
      return reply.status(201).send({ ...presentRegistration(registration, await waitingPlaces(registration)), code });
    },
  });

  app.get('/api/forums/:id/registrations', {
    schema: { tags, summary: "The forum's registrations in order of arrival (facilitators)", params: s.idParams, response: { 200: s.registrationListResponse } },
    handler: async (req) => {
      const { forum } = await managerOf(db, req, req.params.id);
      const live = await listRegistrations(db, forum);
      return { registrations: live.map((r) => presentRegistration(r, live)) };
    },
  });

  app.get('/api/forums/:id/registrations/mine', {
    schema: { tags, summary: "The caller's own registration, with their place on the waiting list", params: s.idParams, response: { 200: s.mineResponse } },
    handler: async (req) => {
      const { forum, actor } = await readerOf(db, req, req.params.id);
      const mine = await myRegistration(db, forum, actor.userId);
      return { registration: mine && presentRegistration(mine, await waitingPlaces(mine)) };
    },
  });

  app.delete('/api/forums/:id/registrations/:registrationId', {
    schema: { tags, summary: 'Cancel a registration (one\u2019s own, or any as a facilitator); the waiting list moves up', params: s.registrationParams, response: { 204: z.null() } },
    handler: async (req, reply) => {
      const { forum, actor, access } = await readerOf(db, req, req.params.id);
      const registration = await findRegistration(db, forum, req.params.registrationId);
      forbidUnless(forumPolicy.cancel(access, actor, registration));
      await cancel(db, actor, forum, registration, now());
      return reply.status(204).send(null);
    },
  });

  app.post('/api/forums/:id/points/:pointId/check-ins', {
    config: { public: true },
    schema: { tags, summary: 'Check the holder of a registration code in at a point; one checking in their own code (a card needs no sign-in) gets the participant cookie', params: s.pointParams, body: s.checkInBody, response: { 201: s.registrationResponse } },
    handler: async (req, reply) => {
      const { forum, actor, access } = req.actor ? await readerOf(db, req, req.params.id) : await cardHolderCall(db, req.params.id);
      const point = await findPoint(db, forum, req.params.pointId);
      forbidUnless(forumPolicy.checkIn(access, point.id));
      const ownOnly = !forumPolicy.seePoint(access, point.id);
      const participant = ownOnly ? newParticipantToken() : null;
      const registration = await checkIn(db, actor, forum, point, req.body.code, ownOnly, now(), participant?.hash);
      if (participant) setParticipantCookie(req, reply, forum, participant.token);
      return reply.status(201).send(presentRegistration(registration));
    },
  });
}
