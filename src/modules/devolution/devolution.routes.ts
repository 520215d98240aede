// A devolution space: its units and officials (coordinators set them) and its inventory of activities (a
// coordinator, or the unit's official for that unit's activities, edits them; readers read).
import { z } from 'zod';
import type { Activity } from '../../core/devolution';
import { forbidUnless } from '../../http/auth.plugin';
import type { App, Deps } from '../module';
import { findActivity, listActivities, removeActivity, saveActivity } from './activity.service';
import { coordinatorOf, readerOf } from './devolution.guard';
import { devolutionPolicy } from './devolution.policy';
import { presentActivity, presentUnit, vocabulary } from './devolution.presenter';
import * as s from './devolution.schema';
import { listOfficials, setOfficial, setUnits } from './unit.service';

export const tags = ['devolution'];

export async function devolutionRoutes(app: App, { db, now }: Deps) {
  app.get('/api/spaces/:id/devolution', {
    schema: { tags, summary: 'The devolution space: units (one focal), officials’ units, sectors, levels, kinds of activity, criteria, the caller’s permissions', params: s.spaceParams, response: { 200: s.spaceResponse } },
    handler: async (req) => {
      const { space, access, units } = await readerOf(db, req, req.params.id);
      const officials = (await listOfficials(db, space.id)).map((o) => ({ userId: o.userId, unit: o.unitKey }));
      const keys = units.map((u) => u.key);
      const permissions = { coordinate: devolutionPolicy.coordinate(access), editUnits: keys.filter((k) => devolutionPolicy.editUnit(access, k)), signOff: keys.filter((k) => devolutionPolicy.signOff(access, k)) };
      return { spaceId: space.id, units: units.map(presentUnit), officials, ...vocabulary(), permissions };
    },
  });

  app.put('/api/spaces/:id/devolution/units', {
    schema: { tags, summary: 'Set the units: departments, districts, communes/wards; at most one focal (coordinators)', params: s.spaceParams, body: s.unitsBody, response: { 200: s.unitsResponse } },
    handler: async (req) => {
      const { space, actor } = await coordinatorOf(db, req, req.params.id);
      const rows = await setUnits(db, actor, space.id, req.body.units, now());
      return { units: rows.map((u) => presentUnit(u)) };
    },
  });

  app.put('/api/spaces/:id/devolution/officials/:userId', {
    schema: { tags, summary: 'Bind an official of the space to the unit they speak for, or unbind (null) (coordinators)', params: s.officialParams, body: s.officialBody, response: { 204: z.null() } },
    handler: async (req, reply) => {
      const { space, actor, units } = await coordinatorOf(db, req, req.params.id);
      await setOfficial(db, actor, space.id, units, req.params.userId, req.body.unit, now());
      return reply.status(204).send(null);
    },
  });

  app.get('/api/spaces/:id/devolution/activities', {
    schema: { tags, summary: 'The inventory: every activity with its function, legal basis, level, workload, staff and budget', params: s.spaceParams, response: { 200: s.activityListResponse } },
    handler: async (req) => {
      const { space, access } = await readerOf(db, req, req.params.id);
      return { activities: (await listActivities(db, space.id)).map((a) => presentActivity(a, access)) };
    },
  });

  app.post('/api/spaces/:id/devolution/activities', {
    schema: { tags, summary: 'Add an activity (coordinators; a unit’s official for their unit)', params: s.spaceParams, body: s.activityBody, response: { 201: s.activityResponse } },
    handler: async (req, reply) => {
      const call = await readerOf(db, req, req.params.id);
      forbidUnless(devolutionPolicy.editUnit(call.access, req.body.unit));
      return reply.status(201).send(presentActivity(await saveActivity(db, call, null, req.body as Activity, now()), call.access));
    },
  });

  app.put('/api/spaces/:id/devolution/activities/:code', {
    schema: { tags, summary: 'Change an activity (coordinators; a unit’s official for their unit, which stays theirs)', params: s.activityParams, body: s.activityBody, response: { 200: s.activityResponse } },
    handler: async (req) => {
      const call = await readerOf(db, req, req.params.id);
      const before = await findActivity(db, call.space.id, req.params.code);
      forbidUnless(devolutionPolicy.editUnit(call.access, before.unit) && devolutionPolicy.editUnit(call.access, req.body.unit));
      return presentActivity(await saveActivity(db, call, before, req.body as Activity, now()), call.access);
    },
  });

  app.delete('/api/spaces/:id/devolution/activities/:code', {
    schema: { tags, summary: 'Remove an activity (coordinators; a unit’s official for their unit)', params: s.activityParams, response: { 204: z.null() } },
    handler: async (req, reply) => {
      const call = await readerOf(db, req, req.params.id);
      const before = await findActivity(db, call.space.id, req.params.code);
      forbidUnless(devolutionPolicy.editUnit(call.access, before.unit));
      await removeActivity(db, call, before, now());
      return reply.status(204).send(null);
    },
  });
}
