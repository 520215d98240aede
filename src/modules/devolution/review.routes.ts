// The review workflow: a unit's official comments on and proposes changes to their unit's functions and
// signs off; everyone who reads the space sees each unit's status and who has not yet signed off.
import type { App, Deps } from '../module';
import { forbidUnless } from '../../http/auth.plugin';
import { AppError } from '../../http/errors';
import type { DevolutionCall } from './devolution.guard';
import { readerOf } from './devolution.guard';
import { devolutionPolicy } from './devolution.policy';
import { presentNote } from './devolution.presenter';
import * as s from './devolution.schema';
import { addNote, listNotes, reviewStatuses, signOff } from './review.service';
import { tags } from './devolution.routes';
import { z } from 'zod';

function unitOf(call: DevolutionCall, key: string) {
  const unit = call.units.find((u) => u.key === key);
  if (!unit) throw AppError.of(404, 'devolution.unknown_unit', { unit: key });
  return unit;
}

export async function reviewRoutes(app: App, { db, now }: Deps) {
  app.get('/api/spaces/:id/devolution/reviews', {
    schema: { tags, summary: "Each unit's review: not started, in review, signed off; and the units that have not yet signed off", params: s.spaceParams, response: { 200: s.reviewListResponse } },
    handler: async (req) => {
      const { space, units } = await readerOf(db, req, req.params.id);
      const statuses = await reviewStatuses(db, space.id, units);
      const reviews = statuses.map((r) => ({ ...r, name: units.find((u) => u.key === r.unit)!.name, signedOffAt: r.signedOffAt?.toISOString() ?? null }));
      return { reviews, notYetReviewed: statuses.filter((r) => r.status !== 'signed-off').map((r) => r.unit) };
    },
  });

  app.get('/api/spaces/:id/devolution/reviews/:unit/notes', {
    schema: { tags, summary: "A unit's comments and proposals", params: s.unitParams, response: { 200: s.noteListResponse } },
    handler: async (req) => {
      const call = await readerOf(db, req, req.params.id);
      const unit = unitOf(call, req.params.unit);
      return { notes: (await listNotes(db, call.space.id, unit.key)).map(presentNote) };
    },
  });

  app.post('/api/spaces/:id/devolution/reviews/:unit/notes', {
    schema: { tags, summary: "Comment on a unit's functions or propose moving one of its activities (coordinators; the unit's official)", params: s.unitParams, body: s.noteBody, response: { 201: s.noteResponse } },
    handler: async (req, reply) => {
      const call = await readerOf(db, req, req.params.id);
      const unit = unitOf(call, req.params.unit);
      forbidUnless(devolutionPolicy.editUnit(call.access, unit.key));
      return reply.status(201).send(presentNote(await addNote(db, call.actor, call.space.id, unit.key, req.body, now())));
    },
  });

  app.post('/api/spaces/:id/devolution/reviews/:unit/sign-off', {
    schema: { tags, summary: "Sign off the unit's review of its functions (the unit's official only); a later change to them reopens it", params: s.unitParams, response: { 204: z.null() } },
    handler: async (req, reply) => {
      const call = await readerOf(db, req, req.params.id);
      const unit = unitOf(call, req.params.unit);
      forbidUnless(devolutionPolicy.signOff(call.access, unit.key));
      await signOff(db, call.actor, call.space.id, unit.key, now());
      return reply.status(204).send(null);
    },
  });
}
