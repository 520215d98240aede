// Administration of organisations, users and platform roles; personal API tokens.
import { z } from 'zod';
import { forbidUnless, requireActor } from '../../http/auth.plugin';
import type { App, Deps } from '../module';
import { accountPolicy } from './account.policy';
import { createApiToken, createOrganisation, createUser, grantRole, listApiTokens, listOrganisations, listUsers, revokeApiToken, revokeRole } from './account.service';
import { idParams, organisationBody, organisationResponse, platformRoleBody, tokenBody, tokenResponse, userBody, userResponse } from './account.schema';

export async function accountRoutes(app: App, { db, now }: Deps) {
  app.get('/api/organisations', {
    schema: { tags: ['accounts'], summary: 'List organisations', response: { 200: z.object({ organisations: z.array(organisationResponse) }) } },
    handler: async (req) => {
      forbidUnless(accountPolicy.listOrganisations(requireActor(req)));
      return { organisations: await listOrganisations(db) };
    },
  });

  app.post('/api/organisations', {
    schema: { tags: ['accounts'], summary: 'Create an organisation', body: organisationBody, response: { 201: organisationResponse } },
    handler: async (req, reply) => {
      const actor = requireActor(req);
      forbidUnless(accountPolicy.manageOrganisations(actor));
      return reply.status(201).send(await createOrganisation(db, actor, req.body, now()));
    },
  });

  app.get('/api/users', {
    schema: { tags: ['accounts'], summary: 'List users', response: { 200: z.object({ users: z.array(userResponse) }) } },
    handler: async (req) => {
      forbidUnless(accountPolicy.manageUsers(requireActor(req)));
      return { users: await listUsers(db) };
    },
  });

  app.post('/api/users', {
    schema: { tags: ['accounts'], summary: 'Create a user', body: userBody, response: { 201: userResponse } },
    handler: async (req, reply) => {
      const actor = requireActor(req);
      forbidUnless(accountPolicy.manageUsers(actor));
      return reply.status(201).send(await createUser(db, actor, req.body, now()));
    },
  });

  app.put('/api/users/:id/platform-role', {
    schema: { tags: ['accounts'], summary: 'Set or clear a platform-wide role', params: idParams, body: platformRoleBody, response: { 204: z.null() } },
    handler: async (req, reply) => {
      const actor = requireActor(req);
      forbidUnless(accountPolicy.manageUsers(actor));
      const { role } = req.body;
      if (role) await grantRole(db, actor, { userId: req.params.id, spaceId: null, role }, now());
      else await revokeRole(db, actor, req.params.id, null, now());
      return reply.status(204).send(null);
    },
  });

  app.post('/api/tokens', {
    schema: {
      tags: ['accounts'],
      summary: 'Create a personal API token (shown once)',
      body: tokenBody,
      response: { 201: z.object({ id: z.string(), name: z.string(), token: z.string(), expiresAt: z.date() }) },
    },
    handler: async (req, reply) => {
      const actor = requireActor(req);
      if (!accountPolicy.createOwnToken(actor)) return forbidUnless(false);
      return reply.status(201).send(await createApiToken(db, actor, req.body, now()));
    },
  });

  app.get('/api/tokens', {
    schema: { tags: ['accounts'], summary: "The caller's own API tokens (never their secret)", response: { 200: z.object({ tokens: z.array(tokenResponse) }) } },
    handler: async (req) => {
      const actor = requireActor(req);
      if (!accountPolicy.createOwnToken(actor)) return forbidUnless(false);
      return { tokens: await listApiTokens(db, actor.userId) };
    },
  });

  app.delete('/api/tokens/:id', {
    schema: { tags: ['accounts'], summary: 'Revoke one of your own API tokens', params: idParams, response: { 204: z.null() } },
    handler: async (req, reply) => {
      const actor = requireActor(req);
      if (!accountPolicy.createOwnToken(actor)) return forbidUnless(false);
      await revokeApiToken(db, actor, req.params.id, now());
      return reply.status(204).send(null);
    },
  });
}
