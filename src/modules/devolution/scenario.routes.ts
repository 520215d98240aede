// Scenarios (coordinators build them; readers read them with their analysis) and their comparison on the
// assignment criteria with core/mcda.
import { z } from 'zod';
import { analyseScenario, compareScenarios, CURRENT, type Criterion } from '../../core/devolution';
import type { App, Deps } from '../module';
import { listActivities } from './activity.service';
import { coordinatorOf, readerOf } from './devolution.guard';
import { presentScenario } from './devolution.presenter';
import * as s from './devolution.schema';
import { findScenario, listScenarios, removeScenario, saveScenario, type ScenarioInput } from './scenario.service';
import { tags } from './devolution.routes';

const CURRENT_NAME = { vi: 'Phân cấp hiện hành', en: 'Current assignment' };

export async function scenarioRoutes(app: App, { db, now }: Deps) {
  app.get('/api/spaces/:id/devolution/scenarios', {
    schema: { tags, summary: 'The scenarios', params: s.spaceParams, response: { 200: s.scenarioListResponse } },
    handler: async (req) => {
      const { space } = await readerOf(db, req, req.params.id);
      return { scenarios: (await listScenarios(db, space.id)).map(presentScenario) };
    },
  });

  app.post('/api/spaces/:id/devolution/scenarios', {
    schema: { tags, summary: 'Build a scenario: moves of activities to levels, each with rationale, phase, date, investment and criteria scores (coordinators)', params: s.spaceParams, body: s.scenarioBody, response: { 201: s.scenarioResponse } },
    handler: async (req, reply) => {
      const { space, actor } = await coordinatorOf(db, req, req.params.id);
      return reply.status(201).send(presentScenario(await saveScenario(db, actor, space.id, null, req.body as ScenarioInput, now())));
    },
  });

  app.put('/api/spaces/:id/devolution/scenarios/:scenarioId', {
    schema: { tags, summary: 'Replace a scenario (coordinators)', params: s.scenarioParams, body: s.scenarioBody, response: { 200: s.scenarioResponse } },
    handler: async (req) => {
      const { space, actor } = await coordinatorOf(db, req, req.params.id);
      const before = await findScenario(db, space.id, req.params.scenarioId);
      return presentScenario(await saveScenario(db, actor, space.id, before, req.body as ScenarioInput, now()));
    },
  });

  app.delete('/api/spaces/:id/devolution/scenarios/:scenarioId', {
    schema: { tags, summary: 'Remove a scenario (coordinators)', params: s.scenarioParams, response: { 204: z.null() } },
    handler: async (req, reply) => {
      const { space, actor } = await coordinatorOf(db, req, req.params.id);
      await removeScenario(db, actor, await findScenario(db, space.id, req.params.scenarioId), now());
      return reply.status(204).send(null);
    },
  });

  app.get('/api/spaces/:id/devolution/scenarios/:scenarioId', {
    schema: { tags, summary: 'A scenario with its analysis: per level × sector before and after, capacity check, roadmap by phase, activities stranded at a level gone', params: s.scenarioParams, response: { 200: s.analysisResponse } },
    handler: async (req) => {
      const { space } = await readerOf(db, req, req.params.id);
      const scenario = await findScenario(db, space.id, req.params.scenarioId);
      return { ...presentScenario(scenario), analysis: analyseScenario(await listActivities(db, space.id), scenario) };
    },
  });

  app.get('/api/spaces/:id/devolution/comparison', {
    schema: { tags, summary: 'Every scenario and the current assignment compared on the criteria (weighted sum or TOPSIS, with weight sensitivity); weights in the query, 1 each by default', params: s.spaceParams, querystring: s.compareQuery, response: { 200: s.comparisonResponse } },
    handler: async (req) => {
      const { space } = await readerOf(db, req, req.params.id);
      const scenarios = await listScenarios(db, space.id);
      const { method, ...weights } = req.query;
      const result = compareScenarios(scenarios.map((x) => ({ key: x.key, moves: x.moves })), weights as Record<Criterion, number>, method);
      const names = new Map<string, { vi: string; en: string | null }>([[CURRENT, CURRENT_NAME], ...scenarios.map((x): [string, typeof x.name] => [x.key, x.name])]);
      const alternatives = [...names.entries()].map(([key, name]) => ({ key, name, values: result.values[key], score: result.scores[key] }));
      return { method, alternatives, weights: result.weights, ranking: result.ranking, sensitivity: result.sensitivity };
    },
  });
}
