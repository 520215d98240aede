// Proposals of new options in pairwise consultations. Participants: POST /vote/{token}/proposals
// (the no-JavaScript ballot page's form) or POST /api/consultations/{id}/proposals with their token.
// Facilitators: list, approve (optionally with an edited title) and reject, each audited.
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { forbidUnless, requireActor } from '../../http/auth.plugin';
import { AppError } from '../../http/errors';
import type { App, Deps } from '../module';
import { consultationPolicy } from './consultation.policy';
import { consultationParams } from './consultation.schema';
import { findConsultation, findInvitation } from './consultation.service';
import type { FormBody } from './pages/form-ballot';
import { proposalAction, proposalSentPage } from './pages/proposal.page';
import { ballotPage, messagePage } from './pages/vote.page';
import { voteText } from './pages/vote.text';
import { pairsToServe } from './pairs.service';
import { presentProposal, presentProposalToParticipant } from './proposal.presenter';
import { approveBody, proposalBody, proposalParams, publicProposal, staffProposal } from './proposal.schema';
import { decideProposal, listProposals, submitProposal } from './proposal.service';

const tags = ['consultations'];
const tokenParams = z.object({ token: z.string().min(1).max(200) });
const langQuery = z.object({ lang: z.enum(['vi', 'en']).default('vi') });

export async function proposalRoutes(app: App, { db, now }: Deps) {
  const html = (reply: FastifyReply, status: number, body: string) =>
    reply.status(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(body);

  app.post('/vote/:token/proposals', {
    schema: { hide: true, params: tokenParams, querystring: langQuery },
    bodyLimit: 16_384,
    handler: async (req, reply) => {
      const { token } = req.params;
      const lang = req.query.lang;
      const t = voteText[lang];
      const invitation = await findInvitation(db, token);
      if (!invitation) return html(reply, 404, messagePage(lang, t.invalidTitle, t.invalidHelp));
      const typed = [((req.body ?? {}) as FormBody).text].flat()[0] ?? '';
      const back = `/vote/${encodeURIComponent(token)}?lang=${lang}`;
      try {
        const proposal = await submitProposal(db, invitation.consultationId, token, typed, now());
        const { consultation } = await findConsultation(db, invitation.consultationId);
        return html(reply, 201, proposalSentPage(lang, consultation.title, proposal.text, back));
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        const { consultation: c, options } = await findConsultation(db, invitation.consultationId);
        if (err.code === 'proposal.not_open') return html(reply, 409, messagePage(lang, t.closedTitle, c.title[lang]));
        if (c.ballot.type !== 'pairwise') return html(reply, err.status, messagePage(lang, err.text[lang], c.title[lang]));
        const view = {
          title: c.title,
          spec: c.ballot,
          options,
          illustrative: c.illustrative,
          action: back,
          pairs: await pairsToServe(db, c.id, options.map((o) => o.key)),
          proposal: { action: proposalAction(token, lang), text: typed.slice(0, 2000), error: err.text },
        };
        return html(reply, err.status, ballotPage(lang, t, view, `/vote/${encodeURIComponent(token)}?lang=${t.otherLang}`));
      }
    },
  });

  app.post('/api/consultations/:id/proposals', {
    config: { public: true },
    bodyLimit: 16_384,
    schema: { tags, summary: 'Propose a new option (pairwise, while open); held for moderation', params: consultationParams, body: proposalBody, response: { 201: publicProposal } },
    handler: async (req, reply) => {
      const proposal = await submitProposal(db, req.params.id, req.body.token, req.body.text, now());
      return reply.status(201).send(presentProposalToParticipant(proposal));
    },
  });

  app.get('/api/consultations/:id/proposals', {
    schema: { tags, summary: 'Proposed options, pending and decided (facilitators)', params: consultationParams, response: { 200: z.object({ proposals: z.array(staffProposal) }) } },
    handler: async (req) => {
      const actor = requireActor(req);
      const { consultation } = await findConsultation(db, req.params.id);
      forbidUnless(consultationPolicy.manage(actor, consultation));
      return { proposals: (await listProposals(db, consultation.id)).map(presentProposal) };
    },
  });

  app.post('/api/consultations/:id/proposals/:proposalId/approve', {
    schema: { tags, summary: 'Approve a proposal: it becomes an option served in pairs', params: proposalParams, body: approveBody, response: { 200: staffProposal } },
    handler: async (req) => {
      const actor = requireActor(req);
      const { consultation } = await findConsultation(db, req.params.id);
      forbidUnless(consultationPolicy.manage(actor, consultation));
      const proposal = await decideProposal(db, actor, consultation.id, req.params.proposalId, { approve: true, title: req.body?.title }, now());
      return presentProposal(proposal);
    },
  });

  app.post('/api/consultations/:id/proposals/:proposalId/reject', {
    schema: { tags, summary: 'Reject a proposal: it never appears', params: proposalParams, response: { 200: staffProposal } },
    handler: async (req) => {
      const actor = requireActor(req);
      const { consultation } = await findConsultation(db, req.params.id);
      forbidUnless(consultationPolicy.manage(actor, consultation));
      return presentProposal(await decideProposal(db, actor, consultation.id, req.params.proposalId, { approve: false }, now()));
    },
  });
}
