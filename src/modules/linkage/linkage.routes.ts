// A region: its localities and officials (coordinators set them), its offers and needs (a coordinator, or
// the locality's official, edits them; readers read), and paper to practice per province.
import { z } from 'zod';
import { SECTORS } from '../../core/linkage/sectors';
import { vietnamDay } from '../../core/plans';
import { forbidUnless } from '../../http/auth.plugin';
import type { App, Deps } from '../module';
import { commitmentsOf, listAgreements } from './agreement.service';
import { coordinatorOf, readerOf } from './linkage.guard';
import { linkagePolicy } from './linkage.policy';
import { presentIntent, presentLocality, presentProvincePractice } from './linkage.presenter';
import * as s from './linkage.schema';
import { addIntent, editIntent, findIntent, listIntents, removeIntent } from './intent.service';
import { listOfficials, setOfficial, setRegion } from './region.service';
import { suggestions } from './suggestion';

export const tags = ['linkage'];

export async function linkageRoutes(app: App, { db, now }: Deps) {
  app.get('/api/spaces/:id/linkage', {
    schema: { tags, summary: "The region: member localities (with their successor since 1 July 2025), officials' localities, sectors, the caller's permissions", params: s.spaceParams, response: { 200: s.regionResponse } },
    handler: async (req) => {
      const { space, access, localities } = await readerOf(db, req, req.params.id);
      const officials = (await listOfficials(db, space.id)).map((o) => ({ userId: o.userId, localityId: o.localityId }));
      const permissions = { coordinate: linkagePolicy.coordinate(access), editFor: localities.filter((l) => linkagePolicy.editFor(access, l)) };
      return { spaceId: space.id, localities: localities.map(presentLocality), officials, sectors: SECTORS.map((x) => ({ ...x })), permissions };
    },
  });

  app.put('/api/spaces/:id/linkage/region', {
    schema: { tags, summary: "Set the region's member localities (coordinators)", params: s.spaceParams, body: s.regionBody, response: { 200: s.regionBody } },
    handler: async (req) => {
      const { space, actor } = await coordinatorOf(db, req, req.params.id);
      return { localities: await setRegion(db, actor, space.id, req.body.localities, now()) };
    },
  });

  app.put('/api/spaces/:id/linkage/officials/:userId', {
    schema: { tags, summary: "Bind an official of the space to the member locality they speak for, or unbind (null) (coordinators)", params: s.officialParams, body: s.officialBody, response: { 204: z.null() } },
    handler: async (req, reply) => {
      const { space, actor, localities } = await coordinatorOf(db, req, req.params.id);
      await setOfficial(db, actor, space.id, localities, req.params.userId, req.body.localityId, now());
      return reply.status(204).send(null);
    },
  });

  app.get('/api/spaces/:id/linkage/intents', {
    schema: { tags, summary: "The region's offers and needs", params: s.spaceParams, response: { 200: s.intentListResponse } },
    handler: async (req) => {
      const { space, access } = await readerOf(db, req, req.params.id);
      return { intents: (await listIntents(db, space.id)).map((i) => presentIntent(i, access)) };
    },
  });

  app.post('/api/spaces/:id/linkage/intents', {
    schema: { tags, summary: "Record an offer or a need (coordinators; an official for their locality)", params: s.spaceParams, body: s.intentBody, response: { 201: s.intentResponse } },
    handler: async (req, reply) => {
      const call = await readerOf(db, req, req.params.id);
      forbidUnless(linkagePolicy.editFor(call.access, req.body.localityId));
      return reply.status(201).send(presentIntent(await addIntent(db, call, req.body, now()), call.access));
    },
  });

  app.put('/api/spaces/:id/linkage/intents/:intentId', {
    schema: { tags, summary: 'Change an offer or a need (coordinators; an official for their locality, which stays theirs)', params: s.intentParams, body: s.intentBody, response: { 200: s.intentResponse } },
    handler: async (req) => {
      const call = await readerOf(db, req, req.params.id);
      const before = await findIntent(db, call.space.id, req.params.intentId);
      forbidUnless(linkagePolicy.editFor(call.access, before.localityId) && linkagePolicy.editFor(call.access, req.body.localityId));
      return presentIntent(await editIntent(db, call, before, req.body, now()), call.access);
    },
  });

  app.delete('/api/spaces/:id/linkage/intents/:intentId', {
    schema: { tags, summary: 'Remove an offer or a need (coordinators; an official for their locality)', params: s.intentParams, response: { 204: z.null() } },
    handler: async (req, reply) => {
      const call = await readerOf(db, req, req.params.id);
      const before = await findIntent(db, call.space.id, req.params.intentId);
      forbidUnless(linkagePolicy.editFor(call.access, before.localityId));
      await removeIntent(db, call, before, now());
      return reply.status(204).send(null);
    },
  });

  app.get('/api/spaces/:id/linkage/suggestions', {
    schema: { tags, summary: "Suggested exchanges across the region from its offers and needs: the best disjoint pairs (and 3-cycles), each explained in words with its score's formula", params: s.spaceParams, querystring: s.suggestionQuery, response: { 200: s.suggestionResponse } },
    handler: async (req) => {
      const { space, localities } = await readerOf(db, req, req.params.id);
      return suggestions(localities, await listIntents(db, space.id), req.query.maxCycle);
    },
  });

  app.get('/api/spaces/:id/linkage/practice', {
    schema: { tags, summary: 'From paper to practice per province in force today: commitments of pre-2025 parties counted under their successor', params: s.spaceParams, querystring: s.onQuery, response: { 200: s.provincePracticeResponse } },
    handler: async (req) => {
      const { space } = await readerOf(db, req, req.params.id);
      const { commitments, reports } = await commitmentsOf(db, (await listAgreements(db, space.id)).map((a) => a.id));
      return presentProvincePractice(commitments, reports, req.query.on ?? vietnamDay(now()));
    },
  });
}
