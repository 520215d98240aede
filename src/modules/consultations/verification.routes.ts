// Public API of open consultations: ask for a one-time code, confirm it, get a voting token.
import { z } from 'zod';
import type { App, Deps } from '../module';
import { loadContactKey } from '../accounts';
import { verificationConfirmedResponse, verificationSentResponse } from './consultation.schema';
import { findConsultation } from './consultation.service';
import { logSender } from './verification.sender';
import { confirmCode, requestCode } from './verification.service';

const tags = ['consultations'];
const params = z.object({ id: z.uuid() });

export async function verificationRoutes(app: App, { db, now, config }: Deps) {
  const sender = logSender(app.log);
  // Loaded at start, so that a key that does not match the stored hashes stops the server at once.
  const key = await loadContactKey(db, config.secret);

  app.post('/api/consultations/:id/verification', {
    config: { public: true, rateLimit: { max: 5, timeWindow: '1 minute' } },
    schema: { tags, summary: 'Send a one-time code to a phone number or e-mail (open consultations)', params, body: z.object({ contact: z.string().min(3).max(254) }), response: { 202: verificationSentResponse } },
    handler: async (req, reply) => {
      const { consultation } = await findConsultation(db, req.params.id);
      return reply.status(202).send(await requestCode(db, key, sender, consultation, req.body.contact, now()));
    },
  });

  app.post('/api/consultations/:id/verification/confirm', {
    config: { public: true, rateLimit: { max: 20, timeWindow: '1 minute' } },
    schema: { tags, summary: 'Confirm the code and receive a single-use voting token', params, body: z.object({ contact: z.string().min(3).max(254), code: z.string().min(4).max(10) }), response: { 201: verificationConfirmedResponse } },
    handler: async (req, reply) => {
      const { consultation } = await findConsultation(db, req.params.id);
      const token = await confirmCode(db, key, consultation, req.body.contact, req.body.code, now());
      return reply.status(201).send({ token, voteUrl: `/vote/${token}` });
    },
  });
}
