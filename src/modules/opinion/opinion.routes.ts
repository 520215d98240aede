// The staff API of opinion mapping: a space's conversations (facilitators make, open and close them), their
// statements (facilitators seed and moderate; readers read), the last map and participation over time.
// Voting and participants' statements go through the public pages (page.routes.ts), anonymously.
import { forbidUnless } from '../../http/auth.plugin';
import type { App, Deps } from '../module';
import { createConversation, listConversations, setConversationStatus } from './conversation.service';
import { latestMap } from './map.service';
import { facilitatorOf, readerOf, spaceReaderOf } from './opinion.guard';
import { opinionPolicy } from './opinion.policy';
import { participation } from './participation.store';
import { presentConversation, presentMap, presentStatement } from './opinion.presenter';
import * as s from './opinion.schema';
import { findStatement, listStatements, moderateStatement, submitStatement } from './statement.service';

export const tags = ['opinion'];

export async function opinionRoutes(app: App, { db, now }: Deps) {
  app.get('/api/spaces/:id/conversations', {
    schema: { tags, summary: 'The space’s conversations (opinion mapping), optionally those of one forum', params: s.spaceParams, querystring: s.spaceConversationsQuery, response: { 200: s.conversationListResponse } },
    handler: async (req) => {
      const { space, access } = await spaceReaderOf(db, req, req.params.id);
      return { conversations: (await listConversations(db, space.id, req.query.forumId)).map((c) => presentConversation(c, access)) };
    },
  });

  app.post('/api/spaces/:id/conversations', {
    schema: { tags, summary: 'Start a conversation, optionally as a part of one of the space’s forums (facilitators)', params: s.spaceParams, body: s.conversationBody, response: { 201: s.conversationResponse } },
    handler: async (req, reply) => {
      const { space, actor, access } = await spaceReaderOf(db, req, req.params.id);
      forbidUnless(opinionPolicy.manage(access));
      return reply.status(201).send(presentConversation(await createConversation(db, actor, space.id, req.body, now()), access));
    },
  });

  app.get('/api/conversations/:id', {
    schema: { tags, summary: 'A conversation: its question, limits and status', params: s.conversationParams, response: { 200: s.conversationResponse } },
    handler: async (req) => {
      const { conversation, access } = await readerOf(db, req, req.params.id);
      return presentConversation(conversation, access);
    },
  });

  for (const [action, status] of [['open', 'open'], ['close', 'closed']] as const) {
    app.post(`/api/conversations/:id/${action}`, {
      schema: { tags, summary: `${action === 'open' ? 'Open' : 'Close'} the conversation to statements and votes (facilitators)`, params: s.conversationParams, response: { 200: s.conversationResponse } },
      handler: async (req) => {
        const { conversation, actor, access } = await facilitatorOf(db, req, req.params.id);
        return presentConversation(await setConversationStatus(db, actor, conversation, status, now()), access);
      },
    });
  }

  app.get('/api/conversations/:id/statements', {
    schema: { tags, summary: 'The statements with their running agree/disagree/pass counts, optionally of one status', params: s.conversationParams, querystring: s.statementsQuery, response: { 200: s.statementListResponse } },
    handler: async (req) => {
      const { conversation } = await readerOf(db, req, req.params.id);
      return { statements: (await listStatements(db, conversation.id, req.query.status)).map(presentStatement) };
    },
  });

  app.post('/api/conversations/:id/statements', {
    schema: { tags, summary: 'Seed a statement, approved at once (facilitators)', params: s.conversationParams, body: s.statementBody, response: { 201: s.statementCreated } },
    handler: async (req, reply) => {
      const { conversation, actor } = await facilitatorOf(db, req, req.params.id);
      return reply.status(201).send(await submitStatement(db, conversation.id, null, req.body.text, { actor, now: now() }));
    },
  });

  app.post('/api/conversations/:id/statements/:tid/moderation', {
    schema: { tags, summary: 'Approve, reject or mark meta a statement (facilitators)', params: s.statementParams, body: s.moderationBody, response: { 200: s.statementResponse } },
    handler: async (req) => {
      const { conversation, actor } = await facilitatorOf(db, req, req.params.id);
      await findStatement(db, conversation.id, req.params.tid);
      return presentStatement(await moderateStatement(db, actor, conversation.id, req.params.tid, req.body.decision, now()));
    },
  });

  app.get('/api/conversations/:id/map', {
    schema: { tags, summary: 'The last good map with its time, or how many more votes the first one needs; with the statements’ texts', params: s.conversationParams, response: { 200: s.mapResponse } },
    handler: async (req) => {
      const { conversation } = await readerOf(db, req, req.params.id);
      return presentMap(await latestMap(db, conversation.id), await listStatements(db, conversation.id));
    },
  });

  app.get('/api/conversations/:id/participation', {
    schema: { tags, summary: 'Votes and new participants per day (Vietnam’s day)', params: s.conversationParams, response: { 200: s.participationResponse } },
    handler: async (req) => {
      const { conversation } = await readerOf(db, req, req.params.id);
      return { days: await participation(db, conversation.id) };
    },
  });
}

