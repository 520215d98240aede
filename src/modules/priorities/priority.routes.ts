// Staff API of priority exercises (/work/notes/priorities-api.md): thin — actor, policy, one service
// call, presenter.
import type { FastifyRequest } from 'fastify';
import { forbidUnless, requireActor } from '../../http/auth.plugin';
import { AppError } from '../../http/errors';
import type { App, Deps } from '../module';
import { findSpace, spaceParams, spacePolicy } from '../spaces';
import { answerJudgments, loadJudgments, presentJudgments } from './judgments.service';
import { buildMatrix } from './matrix.service';
import { priorityPolicy } from './priority.policy';
import { presentExercise, presentListItem, presentMatrix, presentResults } from './priority.presenter';
import * as s from './priority.schema';
import { createExercise, findExercise, listExercises, replaceCriteria, replaceScenarios, updateExercise } from './priority.service';
import { exerciseResults } from './results.service';

const tags = ['priorities'];

export async function priorityRoutes(app: App, { db, now }: Deps) {
  /** The space, if the caller may see it at all; otherwise it does not exist for them. */
  const visibleSpace = async (req: FastifyRequest, spaceId: string, notFound: 'space.not_found' | 'priorities.not_found') => {
    const actor = requireActor(req);
    const found = await findSpace(db, spaceId).catch(() => null);
    if (!found || !spacePolicy.read(actor, found.space)) throw AppError.of(404, notFound);
    return { actor, space: found.space };
  };
  /** The exercise and the caller, after the read check every call shares. */
  const readable = async (req: FastifyRequest, id: string) => {
    const exercise = await findExercise(db, id);
    const { actor } = await visibleSpace(req, exercise.spaceId, 'priorities.not_found');
    forbidUnless(priorityPolicy.read(actor, exercise.spaceId));
    return { actor, exercise };
  };

  app.get('/api/spaces/:id/priority-exercises', {
    schema: { tags, summary: "The space's priority exercises", params: spaceParams, response: { 200: s.exerciseListResponse } },
    handler: async (req) => {
      const { actor, space } = await visibleSpace(req, req.params.id, 'space.not_found');
      forbidUnless(priorityPolicy.read(actor, space.id));
      return { exercises: (await listExercises(db, space.id)).map(presentListItem) };
    },
  });

  app.post('/api/spaces/:id/priority-exercises', {
    schema: { tags, summary: 'Start a priority exercise: the eight areas, default criteria and scenarios', params: spaceParams, body: s.exerciseCreateBody, response: { 201: s.exerciseCreatedResponse } },
    handler: async (req, reply) => {
      const { actor, space } = await visibleSpace(req, req.params.id, 'space.not_found');
      forbidUnless(priorityPolicy.edit(actor, space.id));
      const exercise = await createExercise(db, actor, space.id, req.body, now());
      return reply.status(201).send({ id: exercise.id });
    },
  });

  app.get('/api/priority-exercises/:id', {
    schema: { tags, summary: 'A priority exercise: alternatives, criteria, scenarios, what the caller may do', params: s.exerciseParams, response: { 200: s.exerciseResponse } },
    handler: async (req) => {
      const { actor, exercise } = await readable(req, req.params.id);
      return presentExercise(exercise, actor);
    },
  });

  app.patch('/api/priority-exercises/:id', {
    schema: { tags, summary: 'Change the title, province, year or linked consultation', params: s.exerciseParams, body: s.exercisePatchBody, response: { 200: s.exerciseResponse } },
    handler: async (req) => {
      const { actor, exercise } = await readable(req, req.params.id);
      forbidUnless(priorityPolicy.edit(actor, exercise.spaceId));
      return presentExercise(await updateExercise(db, actor, exercise, req.body, now()), actor);
    },
  });

  app.put('/api/priority-exercises/:id/criteria', {
    schema: { tags, summary: 'Replace the criteria (3–10); AHP answers that no longer fit are removed', params: s.exerciseParams, body: s.criteriaBody, response: { 200: s.exerciseResponse } },
    handler: async (req) => {
      const { actor, exercise } = await readable(req, req.params.id);
      forbidUnless(priorityPolicy.edit(actor, exercise.spaceId));
      return presentExercise(await replaceCriteria(db, actor, exercise, req.body, now()), actor);
    },
  });

  app.put('/api/priority-exercises/:id/scenarios', {
    schema: { tags, summary: 'Replace the weighting scenarios (1–6)', params: s.exerciseParams, body: s.scenariosBody, response: { 200: s.exerciseResponse } },
    handler: async (req) => {
      const { actor, exercise } = await readable(req, req.params.id);
      forbidUnless(priorityPolicy.edit(actor, exercise.spaceId));
      return presentExercise(await replaceScenarios(db, actor, exercise, req.body, now()), actor);
    },
  });

  app.get('/api/priority-exercises/:id/matrix', {
    schema: { tags, summary: 'The performance table, with where each column comes from', params: s.exerciseParams, response: { 200: s.matrixResponse } },
    handler: async (req) => {
      const { exercise } = await readable(req, req.params.id);
      return presentMatrix(await buildMatrix(db, exercise));
    },
  });

  app.get('/api/priority-exercises/:id/judgments', {
    schema: { tags, summary: "The AHP questionnaire: the caller's answer, each official's weights and CR, the combined weights", params: s.exerciseParams, response: { 200: s.judgmentsResponse } },
    handler: async (req) => {
      const { actor, exercise } = await readable(req, req.params.id);
      return presentJudgments(await loadJudgments(db, exercise), actor);
    },
  });

  app.put('/api/priority-exercises/:id/judgments', {
    schema: { tags, summary: "The caller's own pairwise comparison of the criteria (every pair once, 1/9–9)", params: s.exerciseParams, body: s.judgmentsBody, response: { 200: s.judgmentsResponse } },
    handler: async (req) => {
      const { actor, exercise } = await readable(req, req.params.id);
      forbidUnless(priorityPolicy.answer(actor, exercise.spaceId));
      await answerJudgments(db, actor, exercise, req.body.judgments, now());
      return presentJudgments(await loadJudgments(db, exercise), actor);
    },
  });

  app.get('/api/priority-exercises/:id/results', {
    schema: { tags, summary: 'Rankings per scenario with explanations, sensitivity and rank acceptability; 409 when something is missing', params: s.exerciseParams, response: { 200: s.resultsResponse } },
    handler: async (req) => {
      const { exercise } = await readable(req, req.params.id);
      return presentResults(await exerciseResults(db, exercise));
    },
  });
}
