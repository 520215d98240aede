// GET /vote/{token}: the ballot page of an invitation, plain HTML that works without JavaScript;
// POST /vote/{token}: the form lands here and answers with the receipt, or the form and its error.
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../http/errors';
import type { App, Deps } from '../module';
import type { BallotBox } from './ballot.service';
import { findConsultation, findInvitation } from './consultation.service';
import { ballotFromForm, servedPairs, type FormBody } from './pages/form-ballot';
import { pairsToServe } from './pairs.service';
import { ballotPage, messagePage, receiptPage } from './pages/vote.page';
import { proposalAction } from './pages/proposal.page';
import { voteText } from './pages/vote.text';

const params = z.object({ token: z.string().min(1).max(200) });
const query = z.object({ lang: z.enum(['vi', 'en']).default('vi') });

export async function voteRoutes(app: App, { db }: Deps, box: BallotBox) {
  const load = async (token: string) => {
    const invitation = await findInvitation(db, token);
    return invitation ? findConsultation(db, invitation.consultationId) : null;
  };
  const view = (found: NonNullable<Awaited<ReturnType<typeof load>>>, token: string, lang: 'vi' | 'en') => ({
    title: found.consultation.title,
    spec: found.consultation.ballot,
    options: found.options,
    illustrative: found.consultation.illustrative,
    action: `/vote/${encodeURIComponent(token)}?lang=${lang}`,
    proposal: found.consultation.ballot.type === 'pairwise' ? { action: proposalAction(token, lang) } : undefined,
  });
  const html = (reply: FastifyReply, status: number, body: string) =>
    reply.status(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(body);

  app.get('/vote/:token', {
    schema: { hide: true, params, querystring: query },
    handler: async (req, reply) => {
      const lang = req.query.lang;
      const t = voteText[lang];
      const found = await load(req.params.token);
      if (!found) return html(reply, 404, messagePage(lang, t.invalidTitle, t.invalidHelp));
      const c = found.consultation;
      if (c.status !== 'open') return html(reply, 409, messagePage(lang, t.closedTitle, c.title[lang]));
      const pairs = c.ballot.type === 'pairwise' ? await pairsToServe(db, c.id, found.options.map((o) => o.key)) : undefined;
      return html(reply, 200, ballotPage(lang, t, { ...view(found, req.params.token, lang), pairs }, `?lang=${t.otherLang}`));
    },
  });

  app.post('/vote/:token', {
    schema: { hide: true, params, querystring: query },
    bodyLimit: 16_384,
    handler: async (req, reply) => {
      const lang = req.query.lang;
      const t = voteText[lang];
      const found = await load(req.params.token);
      if (!found) return html(reply, 404, messagePage(lang, t.invalidTitle, t.invalidHelp));
      const c = found.consultation;
      const form = (req.body ?? {}) as FormBody;
      try {
        const receipt = await box.cast(c.id, req.params.token, ballotFromForm(c.ballot.type, form));
        return html(reply, 201, receiptPage(lang, t, c.title, receipt));
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        if (err.code === 'ballot.token_used') return html(reply, 409, messagePage(lang, t.usedTitle, t.usedHelp));
        if (err.code === 'consultation.not_open') return html(reply, 409, messagePage(lang, t.closedTitle, c.title[lang]));
        const again = { ...view(found, req.params.token, lang), pairs: servedPairs(form), entered: form as Record<string, string | string[]>, error: err.text };
        return html(reply, err.status, ballotPage(lang, t, again, `?lang=${t.otherLang}`));
      }
    },
  });
}
