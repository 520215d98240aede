// Staff API for paper ballots (approval, ranking, score and budget forms): batches and their list, the
// two entries, resolving differences, counting a batch.
import { z } from 'zod';
import { forbidUnless, requireActor } from '../../http/auth.plugin';
import type { App, Deps } from '../module';
import type { BallotWriter } from './ballot.writer';
import { consultationPolicy } from './consultation.policy';
import { findConsultation } from './consultation.service';
import { batchCountedResponse, batchCreatedResponse, batchListResponse, batchResponse } from './paper.schema';
import { slug } from '../../http/schema';
import { batchComparison, commitBatch, createBatch, enterReadings, listBatches, resolveForm, type PaperForm } from './paper.service';

const tags = ['consultations'];
const params = z.object({ id: z.uuid() });
const batchParams = params.extend({ key: slug });
const form = z.object({ approve: z.unknown().optional(), ranking: z.unknown().optional(), scores: z.unknown().optional(), spoilt: z.literal(true).optional() });

export async function paperRoutes(app: App, { db, now }: Deps, writer: BallotWriter) {
  const load = async (id: string, allowed: typeof consultationPolicy.manage, actor: ReturnType<typeof requireActor>) => {
    const found = await findConsultation(db, id);
    forbidUnless(allowed(actor, found.consultation));
    return found;
  };

  app.post('/api/consultations/:id/paper-batches', {
    schema: { tags, summary: 'Start a batch of paper forms', params, body: z.object({ key: slug, forms: z.number().int().min(1).max(2000), group: slug.optional(), cluster: slug.optional() }), response: { 201: batchCreatedResponse } },
    handler: async (req, reply) => {
      const actor = requireActor(req);
      const { consultation } = await load(req.params.id, consultationPolicy.enterPaper, actor);
      await createBatch(db, actor, consultation, req.body, now());
      return reply.status(201).send({ key: req.body.key });
    },
  });

  app.get('/api/consultations/:id/paper-batches', {
    schema: { tags, summary: 'The paper batches of the consultation, newest first: forms, the two entries, differences settled, ballots counted', params, response: { 200: batchListResponse } },
    handler: async (req) => {
      const actor = requireActor(req);
      const { consultation } = await load(req.params.id, consultationPolicy.enterPaper, actor);
      return { batches: await listBatches(db, consultation) };
    },
  });

  app.put('/api/consultations/:id/paper-batches/:key/entries/:entry', {
    schema: { tags, summary: 'Type in the batch (entry 1 or 2, by two different people)', params: batchParams.extend({ entry: z.coerce.number().int().min(1).max(2) }), body: z.object({ forms: z.array(form).max(2000) }), response: { 204: z.null() } },
    handler: async (req, reply) => {
      const actor = requireActor(req);
      const { consultation, options } = await load(req.params.id, consultationPolicy.enterPaper, actor);
      await enterReadings(db, actor, consultation, options, req.params.key, req.params.entry as 1 | 2, req.body.forms as PaperForm[], now());
      return reply.status(204).send(null);
    },
  });

  app.get('/api/consultations/:id/paper-batches/:key', {
    schema: { tags, summary: 'The batch with the two entries compared form by form', params: batchParams, response: { 200: batchResponse } },
    handler: async (req) => {
      const actor = requireActor(req);
      const { consultation } = await load(req.params.id, consultationPolicy.enterPaper, actor);
      return batchComparison(db, consultation, req.params.key);
    },
  });

  app.put('/api/consultations/:id/paper-batches/:key/resolutions/:form', {
    schema: { tags, summary: 'Settle a form the two entries read differently (form numbers start at 1)', params: batchParams.extend({ form: z.coerce.number().int().min(1) }), body: z.object({ reading: form }), response: { 204: z.null() } },
    handler: async (req, reply) => {
      const actor = requireActor(req);
      const { consultation, options } = await load(req.params.id, consultationPolicy.manage, actor);
      await resolveForm(db, actor, consultation, options, req.params.key, req.params.form, req.body.reading as PaperForm, now());
      return reply.status(204).send(null);
    },
  });

  app.post('/api/consultations/:id/paper-batches/:key/commit', {
    schema: { tags, summary: 'Count the batch: once, with all differences resolved', params: batchParams, response: { 200: batchCountedResponse } },
    handler: async (req) => {
      const actor = requireActor(req);
      const { consultation } = await load(req.params.id, consultationPolicy.manage, actor);
      return commitBatch(db, actor, consultation, req.params.key, writer, now());
    },
  });
}
