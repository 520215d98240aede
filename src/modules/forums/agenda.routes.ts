// The agenda's sessions and items (facilitators); reading is part of GET /api/forums/{id}.
import { z } from 'zod';
import type { App, Deps } from '../module';
import { deleteItem, deleteSession, findItem, findSession, saveItem, saveSession } from './agenda.service';
import { managerOf } from './forum.guard';
import { presentItem, presentSession } from './forum.presenter';
import * as s from './forum.schema';
import { tags } from './forum.routes';

export async function agendaRoutes(app: App, { db, now }: Deps) {
  app.post('/api/forums/:id/sessions', {
    schema: { tags, summary: 'Add a session to the agenda', params: s.idParams, body: s.sessionBody, response: { 201: s.sessionResponse } },
    handler: async (req, reply) => {
      const { forum, actor } = await managerOf(db, req, req.params.id);
      return reply.status(201).send(presentSession(await saveSession(db, actor, forum, null, req.body, now())));
    },
  });

  app.patch('/api/forums/:id/sessions/:sessionId', {
    schema: { tags, summary: 'Change a session', params: s.sessionParams, body: s.sessionPatch, response: { 200: s.sessionResponse } },
    handler: async (req) => {
      const { forum, actor } = await managerOf(db, req, req.params.id);
      return presentSession(await saveSession(db, actor, forum, await findSession(db, forum, req.params.sessionId), req.body, now()));
    },
  });

  app.delete('/api/forums/:id/sessions/:sessionId', {
    schema: { tags, summary: 'Delete a session and its items', params: s.sessionParams, response: { 204: z.null() } },
    handler: async (req, reply) => {
      const { forum, actor } = await managerOf(db, req, req.params.id);
      await deleteSession(db, actor, forum, await findSession(db, forum, req.params.sessionId), now());
      return reply.status(204).send(null);
    },
  });

  app.post('/api/forums/:id/sessions/:sessionId/items', {
    schema: { tags, summary: 'Add an item to a session', params: s.sessionParams, body: s.itemBody, response: { 201: s.itemResponse } },
    handler: async (req, reply) => {
      const { forum, actor } = await managerOf(db, req, req.params.id);
      const session = await findSession(db, forum, req.params.sessionId);
      return reply.status(201).send(presentItem(await saveItem(db, actor, forum, session.id, null, req.body, now())));
    },
  });

  app.patch('/api/forums/:id/items/:itemId', {
    schema: { tags, summary: 'Change an agenda item', params: s.itemParams, body: s.itemPatch, response: { 200: s.itemResponse } },
    handler: async (req) => {
      const { forum, actor } = await managerOf(db, req, req.params.id);
      const item = await findItem(db, forum, req.params.itemId);
      return presentItem(await saveItem(db, actor, forum, item.sessionId, item, req.body, now()));
    },
  });

  app.delete('/api/forums/:id/items/:itemId', {
    schema: { tags, summary: 'Delete an agenda item', params: s.itemParams, response: { 204: z.null() } },
    handler: async (req, reply) => {
      const { forum, actor } = await managerOf(db, req, req.params.id);
      await deleteItem(db, actor, forum, await findItem(db, forum, req.params.itemId), now());
      return reply.status(204).send(null);
    },
  });
}
