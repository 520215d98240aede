// Staff API of plans: plans, objectives and actions (facilitators build; readers of the space read).
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { vietnamDay } from '../../core/plans';
import { forbidUnless, requireActor } from '../../http/auth.plugin';
import { AppError } from '../../http/errors';
import type { Actor } from '../../http/actor';
import type { App, Deps } from '../module';
import { findSpace, type Space, spaceParams } from '../spaces';
import { agenciesOf } from './accountability.service';
import { findAction, findPlan, listPlans, organisationOf, planContents } from './plan.load';
import { planPolicy } from './plan.policy';
import { presentAction, presentObjective, presentPlan, presentPlanSummary } from './plan.presenter';
import { actionBody, actionPatch, idParams, objectiveBody, objectivePatch, planBody, planPatch } from './plan.schema';
import * as s from './plan.schema';
import { createPlan, deleteAction, deleteObjective, deletePlan, findObjective, saveAction, saveObjective, updatePlan } from './plan.service';

export const tags = ['plans'];

/** The actor, if the plan's space is visible to them; otherwise the plan does not exist for them. */
export function readerOf(req: FastifyRequest, space: Space): Actor {
  const actor = requireActor(req);
  if (!planPolicy.read(actor, space)) throw AppError.of(404, 'plan.not_found');
  return actor;
}

export function managerOf(req: FastifyRequest, space: Space): Actor {
  const actor = readerOf(req, space);
  forbidUnless(planPolicy.manage(actor, space));
  return actor;
}

const objectiveParams = z.object({ id: z.uuid(), objectiveId: z.uuid() });

export async function planRoutes(app: App, { db, now }: Deps) {
  app.get('/api/spaces/:id/plans', {
    schema: { tags, summary: "The space's action plans", params: spaceParams, response: { 200: s.planListResponse } },
    handler: async (req) => {
      const { space } = await findSpace(db, req.params.id);
      const actor = requireActor(req);
      if (!planPolicy.read(actor, space)) throw AppError.of(404, 'space.not_found');
      return { plans: (await listPlans(db, space.id)).map(presentPlanSummary), permissions: { manage: planPolicy.manage(actor, space) } };
    },
  });

  app.post('/api/spaces/:id/plans', {
    schema: { tags, summary: 'Create a plan (facilitators)', params: spaceParams, body: planBody, response: { 201: s.planSummaryResponse } },
    handler: async (req, reply) => {
      const { space } = await findSpace(db, req.params.id);
      const actor = requireActor(req);
      if (!planPolicy.read(actor, space)) throw AppError.of(404, 'space.not_found');
      forbidUnless(planPolicy.manage(actor, space));
      return reply.status(201).send(presentPlanSummary(await createPlan(db, actor, space.id, req.body, now())));
    },
  });

  app.get('/api/plans/:id', {
    schema: { tags, summary: 'A plan as a tree with progress, expected progress and status as of today (Vietnam)', params: idParams, querystring: z.object({ today: z.iso.date().optional() }), response: { 200: s.planViewResponse } },
    handler: async (req) => {
      const { plan, space } = await findPlan(db, req.params.id);
      const actor = readerOf(req, space);
      const contents = await planContents(db, plan.id);
      const view = presentPlan(plan, contents, await agenciesOf(db, contents), req.query.today ?? vietnamDay(now()));
      const mine = await organisationOf(db, actor.userId);
      const reportable = contents.actions.filter((a) => planPolicy.report(actor, space, mine, a)).map((a) => a.id);
      return { ...view, permissions: { manage: planPolicy.manage(actor, space), reportOn: reportable } };
    },
  });

  app.patch('/api/plans/:id', {
    schema: { tags, summary: "Change a plan's settings", params: idParams, body: planPatch, response: { 200: s.planSummaryResponse } },
    handler: async (req) => {
      const { plan, space } = await findPlan(db, req.params.id);
      return presentPlanSummary(await updatePlan(db, managerOf(req, space), plan, req.body, now()));
    },
  });

  app.delete('/api/plans/:id', {
    schema: { tags, summary: 'Delete a plan with everything in it', params: idParams, response: { 204: z.null() } },
    handler: async (req, reply) => {
      const { plan, space } = await findPlan(db, req.params.id);
      await deletePlan(db, managerOf(req, space), plan, now());
      return reply.status(204).send(null);
    },
  });

  app.post('/api/plans/:id/objectives', {
    schema: { tags, summary: 'Add an objective', params: idParams, body: objectiveBody, response: { 201: s.objectiveResponse } },
    handler: async (req, reply) => {
      const { plan, space } = await findPlan(db, req.params.id);
      return reply.status(201).send(presentObjective(await saveObjective(db, managerOf(req, space), plan, null, req.body, now())));
    },
  });

  app.patch('/api/plans/:id/objectives/:objectiveId', {
    schema: { tags, summary: 'Change an objective', params: objectiveParams, body: objectivePatch, response: { 200: s.objectiveResponse } },
    handler: async (req) => {
      const { plan, space } = await findPlan(db, req.params.id);
      const actor = managerOf(req, space);
      return presentObjective(await saveObjective(db, actor, plan, await findObjective(db, plan, req.params.objectiveId), req.body, now()));
    },
  });

  app.delete('/api/plans/:id/objectives/:objectiveId', {
    schema: { tags, summary: 'Delete an objective and its actions', params: objectiveParams, response: { 204: z.null() } },
    handler: async (req, reply) => {
      const { plan, space } = await findPlan(db, req.params.id);
      const actor = managerOf(req, space);
      await deleteObjective(db, actor, plan, await findObjective(db, plan, req.params.objectiveId), now());
      return reply.status(204).send(null);
    },
  });

  app.post('/api/plans/:id/actions', {
    schema: { tags, summary: 'Add an action (with coordinators and KPIs)', params: idParams, body: actionBody, response: { 201: s.actionResponse } },
    handler: async (req, reply) => {
      const { plan, space } = await findPlan(db, req.params.id);
      return reply.status(201).send(presentAction(await saveAction(db, managerOf(req, space), plan, null, req.body, now())));
    },
  });

  app.get('/api/actions/:id', {
    schema: { tags, summary: 'One action', params: idParams, response: { 200: s.actionResponse } },
    handler: async (req) => {
      const { action, space } = await findAction(db, req.params.id);
      readerOf(req, space);
      return presentAction(action);
    },
  });

  app.patch('/api/actions/:id', {
    schema: { tags, summary: 'Change an action; coordinatorIds and kpis, when sent, replace the lists', params: idParams, body: actionPatch, response: { 200: s.actionResponse } },
    handler: async (req) => {
      const { action, plan, space } = await findAction(db, req.params.id);
      return presentAction(await saveAction(db, managerOf(req, space), plan, action, req.body, now()));
    },
  });

  app.delete('/api/actions/:id', {
    schema: { tags, summary: 'Delete an action with its reports', params: idParams, response: { 204: z.null() } },
    handler: async (req, reply) => {
      const { action, plan, space } = await findAction(db, req.params.id);
      await deleteAction(db, managerOf(req, space), plan, action, now());
      return reply.status(204).send(null);
    },
  });
}
