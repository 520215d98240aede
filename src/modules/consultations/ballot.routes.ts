// Public side of a consultation: casting ballots, results, the anonymised ballots file.
import { z } from 'zod';
import type { Actor } from '../../http/actor';
import { forbidUnless } from '../../http/auth.plugin';
import { AppError } from '../../http/errors';
import type { App } from '../module';
import type { BallotBox } from './ballot.service';
import { consultationPolicy } from './consultation.policy';
import { ballotBody, consultationParams, resultsQuery } from './consultation.schema';
import { findConsultation } from './consultation.service';
import { ballotsCsv, ballotsCsvName } from './exports/ballots.csv';
import { loadPublishedList } from './exports/ballot-list';
import { NOT_STORED, sendAnswer } from './published.http';
import { isSettled, resultsKey, type ResultsCache } from './results.cache';
import { resultsResponse } from './results.schema';
import type { Db } from '../../db/connection';
import type { StabilityJobs } from './stability.jobs';

const tags = ['consultations'];

/** Results are public once published; before that, a 401 for strangers and a 403 for those without a role. */
export function allowResults(actor: Actor | null, c: { spaceId: string | null; status: string }) {
  if (!actor && c.status !== 'published') throw AppError.of(401, 'auth.required');
  forbidUnless(consultationPolicy.readResults(actor, c));
}

export async function ballotRoutes(app: App, db: Db, box: BallotBox, stability: StabilityJobs, cache: ResultsCache) {
  app.post('/api/consultations/:id/ballots', {
    config: { public: true },
    bodyLimit: 16_384,
    schema: { tags, summary: 'Cast a ballot; 201 only once it is durable', params: consultationParams, body: ballotBody, response: { 201: z.object({ receipt: z.string() }) } },
    handler: async (req, reply) => {
      const { token, ...choice } = req.body;
      const receipt = await box.cast(req.params.id, token, choice);
      return reply.status(201).send(receipt);
    },
  });

  app.get('/api/consultations/:id/results', {
    config: { public: true },
    schema: { tags, summary: 'Tallied results (public once published)', params: consultationParams, querystring: resultsQuery, response: { 200: resultsResponse } },
    handler: async (req, reply) => {
      const { consultation, options } = await cache.find(req.params.id);
      allowResults(req.actor, consultation);
      // Stability is never computed for an anonymous request: it gets the last figure the background job made.
      const results = await cache.get(consultation, options, req.query, { jobs: stability, wait: req.actor !== null });
      if (consultation.status !== 'published' || !isSettled(results)) return reply.header('cache-control', NOT_STORED).send(results);
      const json = () => Promise.resolve(JSON.stringify(resultsResponse.parse(results)));
      return sendAnswer(req, reply, 'application/json; charset=utf-8', await cache.answer(resultsKey(consultation, options, req.query), 'api', json));
    },
  });

  // A file download (CSV), not JSON.
  app.get('/api/consultations/:id/ballots.csv', {
    config: { public: true },
    schema: { tags, summary: 'The anonymised ballots and, apart, their receipts, each sorted, with the digest over both', params: consultationParams },
    handler: async (req, reply) => {
      const { consultation } = await findConsultation(db, req.params.id);
      allowResults(req.actor, consultation);
      const list = await loadPublishedList(db, consultation);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${ballotsCsvName(consultation.id)}"`)
        .header('x-ballots-digest', list.digest)
        .send(ballotsCsv(list));
    },
  });
}
