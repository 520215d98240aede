// Contributions (tham luận) at a forum: listed and searched (?q=) by everyone who may read the forum,
// added, changed and removed by facilitators (the paper as base64 in the JSON), their files downloaded
// — by readers through the API, and by anyone for a published forum from its public page.
import { z } from 'zod';
import { attachmentDisposition } from '../../core/http/content-disposition';
import type { FastifyReply } from 'fastify';
import { AppError } from '../../http/errors';
import type { App, Deps } from '../module';
import { CONTRIBUTION_BODY_LIMIT, CONTRIBUTION_MAX_BYTES } from './contribution.schema';
import * as s from './contribution.schema';
import { presentContribution } from './contribution.presenter';
import { addContribution, contributionFile, editContribution, findContribution, listContributions, removeContribution } from './contribution.service';
import { managerOf, readerOf } from './forum.guard';
import { findForumBySlug } from './forum.load';
import { tags } from './forum.routes';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const sendFile = (reply: FastifyReply, file: { name: string; mediaType: string; bytes: Buffer }) =>
  reply.type(file.mediaType).header('content-disposition', attachmentDisposition(file.name)).header('x-content-type-options', 'nosniff').send(file.bytes);

export async function contributionRoutes(app: App, { db, now, config }: Deps) {
  const limits = { maxBytes: CONTRIBUTION_MAX_BYTES, archive: config.archiveLimits };
  // Only a facilitator makes the server read a body of many megabytes: checked before it is read.
  const managerFirst = async (req: { params: unknown }) => {
    const id = (req.params as { id?: string }).id ?? '';
    if (UUID.test(id)) await managerOf(db, req as Parameters<typeof managerOf>[1], id);
  };
  const upload = { bodyLimit: CONTRIBUTION_BODY_LIMIT, onRequest: managerFirst };

  app.get('/api/forums/:id/contributions', {
    schema: { tags, summary: 'A forum’s contributions in agenda order, or those matching ?q= best first', params: s.contributionParams.pick({ id: true }), querystring: s.contributionListQuery, response: { 200: s.contributionListResponse } },
    handler: async (req) => {
      const { forum } = await readerOf(db, req, req.params.id);
      return { contributions: (await listContributions(db, forum, req.query.q)).map(presentContribution) };
    },
  });

  app.post('/api/forums/:id/contributions', {
    ...upload,
    schema: { tags, summary: 'Add a contribution, with its paper (PDF or DOCX, at most 10 MB) if given', params: s.contributionParams.pick({ id: true }), body: s.contributionBody, response: { 201: s.contributionResponse } },
    handler: async (req, reply) => {
      const { forum, actor } = await managerOf(db, req, req.params.id);
      return reply.status(201).send(presentContribution(await addContribution(db, { actor, forum, limits, now: now() }, req.body)));
    },
  });

  app.patch('/api/forums/:id/contributions/:contributionId', {
    ...upload,
    schema: { tags, summary: 'Change a contribution, replace or remove its paper', params: s.contributionParams, body: s.contributionPatch, response: { 200: s.contributionResponse } },
    handler: async (req) => {
      const { forum, actor } = await managerOf(db, req, req.params.id);
      const before = await findContribution(db, forum, req.params.contributionId);
      return presentContribution(await editContribution(db, { actor, forum, limits, now: now() }, before, req.body));
    },
  });

  app.delete('/api/forums/:id/contributions/:contributionId', {
    schema: { tags, summary: 'Remove a contribution and its paper', params: s.contributionParams, response: { 204: z.null() } },
    handler: async (req, reply) => {
      const { forum, actor } = await managerOf(db, req, req.params.id);
      await removeContribution(db, actor, forum, await findContribution(db, forum, req.params.contributionId), now());
      return reply.status(204).send(null);
    },
  });

  app.get('/api/forums/:id/contributions/:contributionId/file', {
    // A file download (the stored bytes with their media type), not JSON.
    schema: { tags, summary: 'A contribution’s paper', params: s.contributionParams },
    handler: async (req, reply) => {
      const { forum } = await readerOf(db, req, req.params.id);
      return sendFile(reply, await contributionFile(db, forum.id, req.params.contributionId));
    },
  });

  app.get('/f/:slug/contributions/:contributionId', {
    // The public page's download: published forums only; anything else is "not found", as the page is.
    schema: { hide: true, params: s.publicFileParams },
    handler: async (req, reply) => {
      const forum = await findForumBySlug(db, req.params.slug);
      if (!forum || forum.status !== 'published' || !UUID.test(req.params.contributionId)) throw AppError.of(404, 'forum.contribution_file_not_found');
      return sendFile(reply, await contributionFile(db, forum.id, req.params.contributionId));
    },
  });
}
