// Agreements (coordinators make and change them; readers read them with their commitments and paper-to-
// practice), the signed document, commitments (a coordinator, or the committing party's official) and
// their progress reports (the same people).
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { attachmentDisposition } from '../../core/http/content-disposition';
import { vietnamDay } from '../../core/plans';
import { forbidUnless } from '../../http/auth.plugin';
import { checkDocument } from '../../http/document-upload';
import type { App, Deps } from '../module';
import { addAgreement, agreementDocument, attachDocument, commitmentsOf, editAgreement, findAgreement, listAgreements, type AgreementRow } from './agreement.service';
import { addCommitment, editCommitment, findCommitment, removeCommitment, submitReport } from './commitment.service';
import { coordinatorOf, readerOf, type LinkageCall } from './linkage.guard';
import { linkagePolicy } from './linkage.policy';
import { presentAgreement, presentPracticeOverTime } from './linkage.presenter';
import { tags } from './linkage.routes';
import * as s from './linkage.schema';

const MB = 1024 * 1024;
const DOCUMENT_MAX_BYTES = 10 * MB;

export async function agreementRoutes(app: App, { db, now, config }: Deps) {
  const today = () => vietnamDay(now());
  /** The agreement as the caller sees it, with its commitments read on `day`. */
  const view = async (call: LinkageCall, a: AgreementRow, day = today()) => {
    const { commitments, reports } = await commitmentsOf(db, [a.id]);
    return presentAgreement(a, commitments, reports, call.access, day);
  };
  const agreementOf = async (req: FastifyRequest & { params: { id: string; agreementId: string } }) => {
    const call = await readerOf(db, req, req.params.id);
    return { call, agreement: await findAgreement(db, call.space.id, req.params.agreementId) };
  };
  const commitmentOf = async (req: FastifyRequest & { params: { id: string; agreementId: string; commitmentId: string } }) => {
    const { call, agreement } = await agreementOf(req);
    const commitment = await findCommitment(db, agreement, req.params.commitmentId);
    forbidUnless(linkagePolicy.editFor(call.access, commitment.party));
    return { call, agreement, commitment };
  };
  const oneCommitment = async (call: LinkageCall, a: AgreementRow, id: string) => (await view(call, a)).commitments.find((c) => c.id === id)!;

  app.get('/api/spaces/:id/linkage/agreements', {
    schema: { tags, summary: "The region's agreements with their commitments, progress and paper-to-practice (on a day: ?on=)", params: s.spaceParams, querystring: s.onQuery, response: { 200: s.agreementListResponse } },
    handler: async (req) => {
      const call = await readerOf(db, req, req.params.id);
      const agreements = await listAgreements(db, call.space.id);
      const { commitments, reports } = await commitmentsOf(db, agreements.map((a) => a.id));
      return { agreements: agreements.map((a) => presentAgreement(a, commitments, reports, call.access, req.query.on ?? today())) };
    },
  });

  app.get('/api/spaces/:id/linkage/agreements/:agreementId', {
    schema: { tags, summary: 'One agreement with its commitments and paper-to-practice', params: s.agreementParams, querystring: s.onQuery, response: { 200: s.agreementResponse } },
    handler: async (req) => {
      const { call, agreement } = await agreementOf(req);
      return view(call, agreement, req.query.on ?? today());
    },
  });

  app.get('/api/spaces/:id/linkage/agreements/:agreementId/practice', {
    schema: { tags, summary: "The agreement's paper-to-practice at the end of each of its quarters up to today", params: s.agreementParams, response: { 200: s.practiceOverTimeResponse } },
    handler: async (req) => {
      const { agreement } = await agreementOf(req);
      const { commitments, reports } = await commitmentsOf(db, [agreement.id]);
      return presentPracticeOverTime(agreement, commitments, reports, today());
    },
  });

  app.post('/api/spaces/:id/linkage/agreements', {
    schema: { tags, summary: 'Record an agreement between member localities (coordinators)', params: s.spaceParams, body: s.agreementBody, response: { 201: s.agreementResponse } },
    handler: async (req, reply) => {
      const call = await coordinatorOf(db, req, req.params.id);
      return reply.status(201).send(await view(call, await addAgreement(db, call, req.body, now())));
    },
  });

  app.put('/api/spaces/:id/linkage/agreements/:agreementId', {
    schema: { tags, summary: 'Change an agreement (coordinators); no commitment may be left outside its parties or period', params: s.agreementParams, body: s.agreementBody, response: { 200: s.agreementResponse } },
    handler: async (req) => {
      const { call, agreement } = await agreementOf(req);
      forbidUnless(linkagePolicy.coordinate(call.access));
      return view(call, await editAgreement(db, call, agreement, req.body, now()));
    },
  });

  app.put('/api/spaces/:id/linkage/agreements/:agreementId/document', {
    bodyLimit: Math.ceil((12 * MB * 4) / 3) + 64 * 1024,
    schema: { tags, summary: 'Attach the signed agreement, PDF or DOCX up to 10 MB (coordinators)', params: s.agreementParams, body: s.documentBody, response: { 200: s.agreementResponse } },
    handler: async (req) => {
      const { call, agreement } = await agreementOf(req);
      forbidUnless(linkagePolicy.coordinate(call.access));
      const bytes = Buffer.from(req.body.base64, 'base64');
      const checked = checkDocument({ name: req.body.name, bytes }, { maxBytes: DOCUMENT_MAX_BYTES, archive: config.archiveLimits }, 'thoa-thuan');
      await attachDocument(db, call, agreement, { name: checked.name, type: checked.mediaType, bytes }, now());
      return view(call, await findAgreement(db, call.space.id, agreement.id));
    },
  });

  app.get('/api/spaces/:id/linkage/agreements/:agreementId/document', {
    // A file download: no JSON response schema.
    schema: { tags, summary: 'Download the signed agreement', params: s.agreementParams },
    handler: async (req, reply) => {
      const { agreement } = await agreementOf(req);
      const file = await agreementDocument(db, agreement);
      return reply.type(file.type).header('content-disposition', attachmentDisposition(file.name)).header('x-content-type-options', 'nosniff').send(file.bytes);
    },
  });

  app.post('/api/spaces/:id/linkage/agreements/:agreementId/commitments', {
    schema: { tags, summary: "Add a commitment under the agreement (coordinators; a party's official for their locality)", params: s.agreementParams, body: s.commitmentBody, response: { 201: s.commitmentResponse } },
    handler: async (req, reply) => {
      const { call, agreement } = await agreementOf(req);
      forbidUnless(linkagePolicy.editFor(call.access, req.body.party));
      const c = await addCommitment(db, call, agreement, req.body, now());
      return reply.status(201).send(await oneCommitment(call, agreement, c.id));
    },
  });

  app.put('/api/spaces/:id/linkage/agreements/:agreementId/commitments/:commitmentId', {
    schema: { tags, summary: "Change a commitment (coordinators; the party's official, and it stays theirs)", params: s.commitmentParams, body: s.commitmentBody, response: { 200: s.commitmentResponse } },
    handler: async (req) => {
      const { call, agreement, commitment } = await commitmentOf(req);
      forbidUnless(linkagePolicy.editFor(call.access, req.body.party));
      await editCommitment(db, call, agreement, commitment, req.body, now());
      return oneCommitment(call, agreement, commitment.id);
    },
  });

  app.delete('/api/spaces/:id/linkage/agreements/:agreementId/commitments/:commitmentId', {
    schema: { tags, summary: "Remove a commitment with its reports (coordinators; the party's official)", params: s.commitmentParams, response: { 204: z.null() } },
    handler: async (req, reply) => {
      const { call, commitment } = await commitmentOf(req);
      await removeCommitment(db, call, commitment, now());
      return reply.status(204).send(null);
    },
  });

  app.post('/api/spaces/:id/linkage/agreements/:agreementId/commitments/:commitmentId/reports', {
    schema: { tags, summary: "Report a quarter's progress on a commitment (coordinators; the party's official); a second report for the quarter replaces the first", params: s.commitmentParams, body: s.reportBody, response: { 201: s.commitmentResponse } },
    handler: async (req, reply) => {
      const { call, agreement, commitment } = await commitmentOf(req);
      await submitReport(db, call, commitment, req.body, today(), now());
      return reply.status(201).send(await oneCommitment(call, agreement, commitment.id));
    },
  });
}
