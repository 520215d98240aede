// Questions at a forum: ask and upvote (checked-in participants, signed in or by the participant
// cookie), list (each caller what they may see), approve or reject, merge and answer (facilitators,
// and a point's moderators for their point's questions).
import { forbidUnless } from '../../http/auth.plugin';
import { AppError } from '../../http/errors';
import type { App, Deps } from '../module';
import { forumPolicy } from './forum.policy';
import { tags } from './forum.routes';
import { questionCaller, writerOf } from './participant';
import { presentQuestion } from './question.presenter';
import * as s from './question.schema';
import type { QuestionSink } from './question.writer';
import { answer, ask, findQuestion, listQuestions, merge, moderate, upvote, visible } from './question.service';

const open = { public: true };

export async function questionRoutes(app: App, { db, now }: Deps, questions: QuestionSink) {
  const moderated = async (req: { params: { id: string; questionId: string } } & Parameters<typeof questionCaller>[1]) => {
    const call = await questionCaller(db, req, req.params.id);
    const q = await findQuestion(db, call.forum, req.params.questionId);
    if (!visible(q, call.access, call.participant)) throw AppError.of(404, 'forum.question_not_found');
    forbidUnless(forumPolicy.moderateQuestions(call.access, q.pointId));
    return { ...call, q };
  };

  app.post('/api/forums/:id/questions', {
    config: open,
    schema: { tags, summary: 'Ask a question about an agenda item (checked-in participants); it waits for moderation', params: s.questionParams.pick({ id: true }), body: s.questionBody, response: { 201: s.questionResponse } },
    handler: async (req, reply) => {
      const { by } = await writerOf(db, req, req.params.id);
      const { question, by: me } = await ask(questions, req.params.id, by, req.body, now());
      return reply.status(201).send(presentQuestion(question, me));
    },
  });

  app.get('/api/forums/:id/questions', {
    config: open,
    schema: { tags, summary: "Questions the caller may see, most upvoted first, one page at a time (`next` → `after`): approved ones, their points' others (moderators), their own (marked)", params: s.questionParams.pick({ id: true }), querystring: s.questionListQuery, response: { 200: s.questionListResponse } },
    handler: async (req) => {
      const call = await questionCaller(db, req, req.params.id);
      const { pointId, status, after, limit } = req.query;
      const page = await listQuestions(db, call.forum, call.access, call.participant, { pointId, status, after, limit: limit === undefined ? undefined : /^\d{1,4}$/.test(limit) ? Number(limit) : NaN });
      return { questions: page.questions.map((q) => presentQuestion(q, call.participant)), next: page.next };
    },
  });

  app.post('/api/forums/:id/questions/:questionId/upvotes', {
    config: open,
    schema: { tags, summary: 'Upvote an approved question, once per participant', params: s.questionParams, response: { 201: s.questionResponse } },
    handler: async (req, reply) => {
      const { by, access } = await writerOf(db, req, req.params.id);
      const { question, by: me } = await upvote(questions, req.params.id, by, req.params.questionId, access, now());
      return reply.status(201).send(presentQuestion(question, me));
    },
  });

  app.post('/api/forums/:id/questions/:questionId/moderation', {
    config: open,
    schema: { tags, summary: 'Approve or reject a question', params: s.questionParams, body: s.moderationBody, response: { 200: s.questionResponse } },
    handler: async (req) => {
      const { forum, actor, q, participant } = await moderated(req);
      return presentQuestion(await moderate(db, actor, forum, q, req.body.decision, now()), participant);
    },
  });

  app.post('/api/forums/:id/questions/:questionId/merge', {
    config: open,
    schema: { tags, summary: 'Merge a duplicate into another question; its upvoters count once on the other', params: s.questionParams, body: s.mergeBody, response: { 200: s.questionResponse } },
    handler: async (req) => {
      const { forum, actor, access, q, participant } = await moderated(req);
      const into = await findQuestion(db, forum, req.body.into);
      if (!visible(into, access, participant)) throw AppError.of(404, 'forum.question_not_found');
      return presentQuestion(await merge(db, actor, forum, q, into, now()), participant);
    },
  });

  app.post('/api/forums/:id/questions/:questionId/answer', {
    config: open,
    schema: { tags, summary: 'Answer an approved question and mark it answered', params: s.questionParams, body: s.answerBody, response: { 200: s.questionResponse } },
    handler: async (req) => {
      const { forum, actor, q, participant } = await moderated(req);
      return presentQuestion(await answer(db, actor, forum, q, req.body, now()), participant);
    },
  });
}
