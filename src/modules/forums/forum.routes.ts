// Staff API of forums: a space's forums, one forum with its agenda, points and attendance, and the
// forum's settings (facilitators).
import { z } from 'zod';
import { forbidUnless, requireActor } from '../../http/auth.plugin';
import { AppError } from '../../http/errors';
import type { App, Deps } from '../module';
import { findSpace, spaceParams } from '../spaces';
import { managerOf, readerOf } from './forum.guard';
import { forumContents, listForums } from './forum.load';
import { baseAccess, forumPolicy } from './forum.policy';
import { presentForum, presentForumSummary } from './forum.presenter';
import * as s from './forum.schema';
import { forumsOf, moderatedPoints, type ModeratedPoint } from './moderated';
import { createForum, deleteForum, publishForum, updateForum } from './forum.service';

export const tags = ['forums'];

/** Someone without a role in the space sees the published forums whose points they moderate, and else no space at all. */
function moderatedOnly(points: ModeratedPoint[]) {
  if (points.length === 0) throw AppError.of(404, 'space.not_found');
  return { forums: forumsOf(points).map(presentForumSummary), permissions: { manage: false } };
}

export async function forumRoutes(app: App, { db, now }: Deps) {
  app.get('/api/spaces/:id/forums', {
    schema: { tags, summary: "The space's forums (drafts only for facilitators)", params: spaceParams, response: { 200: s.forumListResponse } },
    handler: async (req) => {
      const { space } = await findSpace(db, req.params.id);
      const actor = requireActor(req);
      const access = baseAccess(actor, space);
      if (!forumPolicy.list(access)) return moderatedOnly(await moderatedPoints(db, actor.userId, space.id));
      const shown = (await listForums(db, space.id)).filter((f) => access.facilitator || f.status === 'published');
      return { forums: shown.map(presentForumSummary), permissions: { manage: access.facilitator } };
    },
  });

  app.post('/api/spaces/:id/forums', {
    schema: { tags, summary: 'Create a forum, as a draft (facilitators)', params: spaceParams, body: s.forumBody, response: { 201: s.forumSummary } },
    handler: async (req, reply) => {
      const { space } = await findSpace(db, req.params.id);
      const actor = requireActor(req);
      const access = baseAccess(actor, space);
      if (!forumPolicy.list(access)) throw AppError.of(404, 'space.not_found');
      forbidUnless(forumPolicy.manage(access));
      return reply.status(201).send(presentForumSummary(await createForum(db, actor, space.id, req.body, now())));
    },
  });

  app.get('/api/forums/:id', {
    schema: { tags, summary: 'A forum with its agenda, connection points and attendance', params: s.idParams, response: { 200: s.forumViewResponse } },
    handler: async (req) => {
      const { forum, access } = await readerOf(db, req, req.params.id);
      const view = presentForum(forum, await forumContents(db, forum));
      return { ...view, permissions: { manage: forumPolicy.manage(access), register: forumPolicy.registerSelf(access), moderates: [...access.moderates] } };
    },
  });

  app.patch('/api/forums/:id', {
    schema: { tags, summary: "Change a forum's settings; a new capacity moves the waiting list up", params: s.idParams, body: s.forumPatch, response: { 200: s.forumSummary } },
    handler: async (req) => {
      const { forum, actor } = await managerOf(db, req, req.params.id);
      return presentForumSummary(await updateForum(db, actor, forum, req.body, now()));
    },
  });

  app.post('/api/forums/:id/publish', {
    schema: { tags, summary: 'Publish a forum: its page /f/{slug} opens and registration begins', params: s.idParams, response: { 200: s.forumSummary } },
    handler: async (req) => {
      const { forum, actor } = await managerOf(db, req, req.params.id);
      return presentForumSummary(await publishForum(db, actor, forum, now()));
    },
  });

  app.delete('/api/forums/:id', {
    schema: { tags, summary: 'Delete a forum with everything in it', params: s.idParams, response: { 204: z.null() } },
    handler: async (req, reply) => {
      const { forum, actor } = await managerOf(db, req, req.params.id);
      await deleteForum(db, actor, forum, now());
      return reply.status(204).send(null);
    },
  });
}
