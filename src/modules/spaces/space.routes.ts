// Staff API for spaces: list, read, create, update, members, audit trail.
import { z } from 'zod';
import { roleIn } from '../../http/actor';
import { forbidUnless, requireActor } from '../../http/auth.plugin';
import { AppError } from '../../http/errors';
import { grantRole, revokeRole, spaceMembers } from '../accounts';
import { listAudit } from '../audit';
import type { App, Deps } from '../module';
import { presentSpaceDetail, presentSpaceSummary } from './space.presenter';
import { spacePermissions, spacePolicy } from './space.policy';
import * as s from './space.schema';
import { createSpace, findSpace, listVisibleSpaces, updateSpace } from './space.service';

const tags = ['spaces'];

export async function spaceRoutes(app: App, { db, now }: Deps) {
  /** The space, if the caller may read it; a private space they have no role in answers 404, not 403. */
  const readable = async (actor: Parameters<typeof spacePolicy.read>[0], id: string) => {
    const found = await findSpace(db, id);
    if (!spacePolicy.read(actor, found.space)) throw AppError.of(404, 'space.not_found');
    return found;
  };

  app.get('/api/spaces', {
    schema: { tags, summary: 'Spaces the caller can see', response: { 200: z.object({ spaces: z.array(s.spaceSummaryResponse) }) } },
    handler: async (req) => {
      const actor = requireActor(req);
      const rows = await listVisibleSpaces(db, actor);
      return { spaces: rows.map(({ space, phases }) => presentSpaceSummary(space, phases, roleIn(actor, space.id), now())) };
    },
  });

  app.get('/api/spaces/:id', {
    schema: { tags, summary: 'One space with its phases and what the caller may do', params: s.spaceParams, response: { 200: s.spaceDetailResponse } },
    handler: async (req) => {
      const actor = requireActor(req);
      const { space, phases } = await readable(actor, req.params.id);
      return { space: presentSpaceDetail(space, phases, roleIn(actor, space.id), now()), permissions: spacePermissions(actor, space) };
    },
  });

  app.post('/api/spaces', {
    schema: { tags, summary: 'Create a space', body: s.spaceCreateBody, response: { 201: z.object({ id: z.string() }) } },
    handler: async (req, reply) => {
      const actor = requireActor(req);
      forbidUnless(spacePolicy.create(actor));
      const space = await createSpace(db, actor, req.body, now());
      return reply.status(201).send({ id: space.id });
    },
  });

  app.patch('/api/spaces/:id', {
    schema: { tags, summary: 'Change a space (phases given replace all phases)', params: s.spaceParams, body: s.spaceUpdateBody, response: { 204: z.null() } },
    handler: async (req, reply) => {
      const actor = requireActor(req);
      const { space } = await readable(actor, req.params.id);
      forbidUnless(spacePolicy.update(actor, space));
      await updateSpace(db, actor, space.id, req.body, now());
      return reply.status(204).send(null);
    },
  });

  app.get('/api/spaces/:id/members', {
    schema: { tags, summary: 'People with a role in the space', params: s.spaceParams, response: { 200: z.object({ members: z.array(s.memberResponse) }) } },
    handler: async (req) => {
      const actor = requireActor(req);
      const { space } = await readable(actor, req.params.id);
      forbidUnless(spacePolicy.readMembers(actor, space));
      return { members: await spaceMembers(db, space.id) };
    },
  });

  app.put('/api/spaces/:id/members/:userId', {
    schema: { tags, summary: "Give a person a role in the space (replaces the person's earlier role)", params: s.memberParams, body: s.memberBody, response: { 204: z.null() } },
    handler: async (req, reply) => {
      const actor = requireActor(req);
      const { space } = await readable(actor, req.params.id);
      forbidUnless(spacePolicy.manageMembers(actor, space));
      await grantRole(db, actor, { userId: req.params.userId, spaceId: space.id, role: req.body.role }, now());
      return reply.status(204).send(null);
    },
  });

  app.delete('/api/spaces/:id/members/:userId', {
    schema: { tags, summary: 'Remove a person from the space', params: s.memberParams, response: { 204: z.null() } },
    handler: async (req, reply) => {
      const actor = requireActor(req);
      const { space } = await readable(actor, req.params.id);
      forbidUnless(spacePolicy.manageMembers(actor, space));
      if (!(await revokeRole(db, actor, req.params.userId, space.id, now()))) throw AppError.of(404, 'user.not_found');
      return reply.status(204).send(null);
    },
  });

  app.get('/api/spaces/:id/audit', {
    schema: { tags, summary: "The space's audit trail, newest first", params: s.spaceParams, querystring: s.auditQuery, response: { 200: s.auditResponse } },
    handler: async (req) => {
      const actor = requireActor(req);
      const { space } = await readable(actor, req.params.id);
      forbidUnless(spacePolicy.readAudit(actor, space));
      return { entries: await listAudit(db, { spaceId: space.id, beforeId: req.query.before, limit: req.query.limit }) };
    },
  });
}
