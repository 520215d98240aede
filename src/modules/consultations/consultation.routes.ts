// Staff API of consultations: create from a spec, invite, open, close, publish.
import { z } from 'zod';
import { forbidUnless, requireActor } from '../../http/auth.plugin';
import type { App, Deps } from '../module';
import { consultationPolicy } from './consultation.policy';
import { duplicateVerifications } from './verification.contacts';
import { consultationListResponse, consultationParams, consultationResponse, consultationSpec, invitationBody } from './consultation.schema';
import { presentConsultation, presentConsultationSummary } from './consultation.presenter';
import { changeStatus, createConsultation, createInvitations, findConsultation, listConsultations } from './consultation.service';
import { AppError } from '../../http/errors';
import type { ResultsCache } from './results.cache';
import { warmPublished } from './results.routes';
import { refreshStability } from './results.service';
import type { StabilityJobs } from './stability.jobs';
import { findSpace, spaceParams, spacePolicy } from '../spaces';

const tags = ['consultations'];

export async function consultationRoutes(app: App, { db, now }: Deps, cache: ResultsCache, stability: StabilityJobs) {
  app.post('/api/consultations', {
    schema: { tags, summary: 'Create a consultation from a spec (docs/contracts.md)', body: consultationSpec, response: { 201: z.object({ id: z.string() }) } },
    handler: async (req, reply) => {
      const actor = requireActor(req);
      forbidUnless(consultationPolicy.create(actor, req.body.spaceId ?? null));
      const c = await createConsultation(db, actor, req.body, now());
      return reply.status(201).send({ id: c.id });
    },
  });

  app.get('/api/spaces/:id/consultations', {
    schema: { tags, summary: "The space's consultations", params: spaceParams, response: { 200: consultationListResponse } },
    handler: async (req) => {
      const actor = requireActor(req);
      const { space } = await findSpace(db, req.params.id);
      if (!spacePolicy.read(actor, space)) throw AppError.of(404, 'space.not_found');
      const rows = await listConsultations(db, space.id);
      return { consultations: rows.map(presentConsultationSummary) };
    },
  });

  app.get('/api/consultations/:id', {
    schema: { tags, summary: 'A consultation with its options and ballot count', params: consultationParams, response: { 200: consultationResponse } },
    handler: async (req) => {
      const actor = requireActor(req);
      const { consultation: c, options } = await findConsultation(db, req.params.id);
      forbidUnless(consultationPolicy.readResults(actor, c));
      return presentConsultation(c, options, {
        // Open consultations: verifications refused because that phone or mailbox was already verified.
        duplicateVerifications: c.access === 'open' ? await duplicateVerifications(db, c.id) : undefined,
        permissions: { manage: consultationPolicy.manage(actor, c), enterPaper: consultationPolicy.enterPaper(actor, c) },
      });
    },
  });

  app.post('/api/consultations/:id/invitations', {
    schema: { tags, summary: 'Make single-use invitation tokens (shown once)', params: consultationParams, body: invitationBody, response: { 201: z.object({ tokens: z.array(z.string()) }) } },
    handler: async (req, reply) => {
      const actor = requireActor(req);
      const { consultation } = await findConsultation(db, req.params.id);
      forbidUnless(consultationPolicy.manage(actor, consultation));
      return reply.status(201).send({ tokens: await createInvitations(db, actor, consultation, req.body, now()) });
    },
  });

  for (const step of ['open', 'close', 'publish'] as const) {
    app.post(`/api/consultations/:id/${step}`, {
      schema: { tags, summary: `${step[0].toUpperCase()}${step.slice(1)} the consultation`, params: consultationParams, response: { 200: z.object({ status: z.string() }) } },
      handler: async (req) => {
        const actor = requireActor(req);
        const { consultation } = await findConsultation(db, req.params.id);
        forbidUnless(consultationPolicy.manage(actor, consultation));
        const status = await changeStatus(db, actor, consultation.id, step, now());
        // A count that fails (a method without an estimate) is the results' own error to show; publication stands.
        if (status === 'published') await warmPublished(cache, consultation.id, now).catch((err) => req.log.warn({ err }, 'published results not precomputed'));
        // The final ballots' stability figure is drawn now, in the background, for the first reader.
        if (status === 'closed' || status === 'published') {
          const found = await findConsultation(db, consultation.id);
          await refreshStability(db, found.consultation, found.options, stability).catch((err) => req.log.warn({ err }, 'stability not started'));
        }
        return { status };
      },
    });
  }
}
