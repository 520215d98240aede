// Files officials hand on and halls print: invitation cards (PDF), the results workbook (XLSX) and
// report (DOCX), and the open-data archive (ZIP). Same permissions as the calls they stand for:
// cards are invitations (facilitators), the rest are results (public once published).
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { forbidUnless, requireActor } from '../../http/auth.plugin';
import { publicBase } from '../../http/public-base';
import type { App, Deps } from '../module';
import { allowResults } from './ballot.routes';
import { consultationPolicy } from './consultation.policy';
import { consultationParams, invitationBody, resultsQuery } from './consultation.schema';
import { createInvitations, findConsultation, type Consultation } from './consultation.service';
import { invitationCardsPdf } from './exports/invitation-cards.pdf';
import { openDataZip } from './exports/open-data.zip';
import { resultsDocument } from './exports/results.docx';
import { resultsReport, type ResultsReport } from './exports/results-report';
import { resultsWorkbook } from './exports/results.xlsx';
import { notModified, weakTag } from './published.http';
import { resultsKey, type ResultsCache } from './results.cache';
import type { StabilityJobs } from './stability.jobs';

const tags = ['consultations'];
const cardsBody = invitationBody.extend({ count: z.number().int().min(1).max(1000) });
const exportQuery = resultsQuery.omit({ by: true });

const types = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  zip: 'application/zip',
} as const;

function download(reply: FastifyReply, kind: keyof typeof types, name: string, body: Uint8Array) {
  // no-store: unpublished results and invitation codes must not linger in shared caches (published results set their own).
  if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  return reply.type(types[kind]).header('content-disposition', `attachment; filename="${name}.${kind}"`).send(Buffer.from(body.buffer, body.byteOffset, body.byteLength));
}

/** "Cụm Đông Bắc · Người dân": whom a batch of cards is for. */
function audienceOf(c: Consultation, input: { group?: string; cluster?: string }): string | null {
  const names = [c.clusters.find((k) => k.key === input.cluster)?.title.vi, c.groups.find((g) => g.key === input.group)?.title.vi].filter(Boolean);
  return names.length ? names.join(' · ') : null;
}

export async function exportRoutes(app: App, { db, config, now }: Deps, stability: StabilityJobs, cache: ResultsCache) {
  app.post('/api/consultations/:id/invitations.pdf', {
    schema: { tags, summary: 'Make invitation tokens and answer a printable A4 sheet of QR cards (the only place the tokens appear)', params: consultationParams, body: cardsBody },
    handler: async (req, reply) => {
      const actor = requireActor(req);
      const { consultation } = await findConsultation(db, req.params.id);
      forbidUnless(consultationPolicy.manage(actor, consultation));
      const base = publicBase(req, config.publicUrl);
      const tokens = await createInvitations(db, actor, consultation, req.body, now());
      const pdf = await invitationCardsPdf({ title: consultation.title, audience: audienceOf(consultation, req.body), urls: tokens.map((t) => `${base}/vote/${t}`), createdAt: now() });
      return download(reply.status(201), 'pdf', `phieu-moi-${consultation.id}`, pdf);
    },
  });

  /**
   * A published consultation's file without stability figures (which may still be on their way) is
   * tagged and may be kept; a client holding the current one gets a 304 before anything is made.
   */
  type Make = (report: ResultsReport) => Promise<Uint8Array> | Uint8Array;
  const results = async (req: FastifyRequest, reply: FastifyReply, id: string, query: z.output<typeof exportQuery>, kind: 'xlsx' | 'docx' | 'zip', make: Make) => {
    const { consultation, options } = await cache.find(id);
    allowResults(req.actor, consultation);
    const tagged = consultation.status === 'published' && !query.stability;
    if (tagged && notModified(req, reply, weakTag(resultsKey(consultation, options, query), kind))) return reply.status(304).send();
    const report = await resultsReport(cache, consultation, options, query, now(), { jobs: stability, wait: req.actor !== null });
    return download(reply, kind, `${kind === 'zip' ? 'du-lieu-mo' : 'ket-qua'}-${consultation.id}`, await make(report));
  };

  app.get('/api/consultations/:id/results.xlsx', {
    config: { public: true },
    schema: { tags, summary: 'Results as an Excel workbook: ranking, breakdowns, method, anonymised ballots', params: consultationParams, querystring: exportQuery },
    handler: (req, reply) => results(req, reply, req.params.id, req.query, 'xlsx', resultsWorkbook),
  });

  app.get('/api/consultations/:id/results.docx', {
    config: { public: true },
    schema: { tags, summary: 'Results as a Word report in Vietnamese (?stability=200 adds how firm the ranking is)', params: consultationParams, querystring: exportQuery },
    handler: (req, reply) => results(req, reply, req.params.id, req.query, 'docx', resultsDocument),
  });

  app.get('/api/consultations/:id/open-data.zip', {
    config: { public: true },
    schema: { tags, summary: 'Open data: ballots.csv, results.json, consultation.json and README.txt (public once published)', params: consultationParams },
    handler: (req, reply) => results(req, reply, req.params.id, {}, 'zip', openDataZip),
  });
}
