// A conversation's public pages, without login or JavaScript: GET /o/{id} (a participant votes on one
// statement at a time and adds their own), its two forms POST /o/{id}/vote and /o/{id}/statements (303 back
// to the page — post/redirect/get — or the page again with the refusal's one sentence and its 4xx, nothing
// stored, what was typed kept), and the public report GET /o/{id}/report. /o/{slug} leads to /o/{id}.
// The participant is anonymous: a random token in a cookie per conversation (httpOnly, SameSite=Lax, Secure
// only over https so a plain-http LAN hall works), given when the page is first opened — and nothing stored
// then: a visit (a link preview, a crawler) makes no participant. Their row is made with their first
// accepted vote or statement, in its transaction (participant.service.ts); a refused one stores nothing.
// The forms act only for a browser that sends that cookie: SameSite=Lax keeps it off another site's form
// posts, so such a post is refused with nothing stored rather than voting as a new participant.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { messagePage } from '../../http/pages';
import { AppError } from '../../http/errors';
import type { App, Deps } from '../module';
import { castVote, findConversation, findConversationBySlug, hashToken, nextStatement, participantOf, pidOf, submitStatement, type Conversation, type Voter } from './index';
import { conversationPage, type ConversationForm } from './pages/conversation.page';
import { opinionWords } from './pages/conversation.words';
import { conversationPath } from './pages/links';
import { reportPage } from './pages/report.page';
import { loadReport } from './pages/report.load';

type Lang = 'vi' | 'en';
export const OPINION_COOKIE = 'dt_opinion';
const COOKIE_DAYS = 90;

const params = z.object({ id: z.string().max(100) });
const query = z.object({ lang: z.enum(['vi', 'en']).default('vi'), sent: z.string().max(2).optional() });
const langQuery = query.pick({ lang: true });
const voteForm = z.object({ tid: z.string().max(40).default(''), value: z.string().max(40).default('') });
const statementForm = z.object({ text: z.string().max(10_000).default('') });

const html = (reply: FastifyReply, status: number, body: string) => reply.status(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(body);
/** A form field that must be a whole number: its number, or null (the refusal then names what was sent). */
const whole = (s: string) => (/^-?\d{1,9}$/.test(s.trim()) ? Number(s.trim()) : null);

export async function opinionPageRoutes(app: App, { db, now }: Deps) {
  const load = async (key: string) => (await findConversation(db, key)) ?? (await findConversationBySlug(db, key));
  const notFound = (reply: FastifyReply, lang: Lang) => html(reply, 404, messagePage(lang, opinionWords[lang].notFound.title, opinionWords[lang].notFound.help));
  const setCookie = (req: FastifyRequest, reply: FastifyReply, c: Conversation, token: string) =>
    reply.setCookie(OPINION_COOKIE, token, { path: `/o/${c.id}`, httpOnly: true, sameSite: 'lax', secure: req.protocol === 'https', maxAge: COOKIE_DAYS * 24 * 3600 });

  /** The page for this participant (pid null: a newcomer, not stored yet; `who` null: nobody, no statement shown, as on a closed conversation). */
  const show = async (reply: FastifyReply, lang: Lang, c: Conversation, who: { pid: number | null } | null, status: number, extra: { sent?: boolean; form?: ConversationForm } = {}) => {
    const next = who !== null && c.status === 'open' ? await nextStatement(db, c.id, who.pid) : null;
    return html(reply, status, conversationPage(lang, { conversation: c, next, sent: extra.sent ?? false, form: extra.form ?? {} }));
  };

  /** A form's action for the participant of the cookie: 303 to `to`, or the page again with the refusal and what was typed. */
  const submit = async (req: FastifyRequest, reply: FastifyReply, lang: Lang, c: Conversation, form: ConversationForm, to: string, run: (voter: Voter) => Promise<unknown>) => {
    const cookie = req.cookies?.[OPINION_COOKIE];
    if (!cookie) return show(reply, lang, c, null, 403, { form: { ...form, error: { vi: opinionWords.vi.noParticipant, en: opinionWords.en.noParticipant } } });
    if (c.status !== 'open') return show(reply, lang, c, null, 409, { form: { ...form, error: AppError.of(409, 'opinion.closed').text } });
    // a cookie of the wrong shape is replaced by a fresh token; an unknown one of the right shape is a newcomer's
    const me = await participantOf(db, c.id, cookie);
    if (me.fresh) setCookie(req, reply, c, me.token);
    const tokenHash = hashToken(me.token);
    try {
      await run({ tokenHash });
      return reply.status(303).header('location', to).send();
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      return show(reply, lang, c, { pid: await pidOf(db, c.id, tokenHash) }, err.status, { form: { ...form, error: err.text } });
    }
  };

  app.get('/o/:id', {
    schema: { hide: true, params, querystring: query },
    handler: async (req, reply) => {
      const { lang } = req.query;
      const c = await load(req.params.id);
      if (!c) return notFound(reply, lang);
      if (c.id !== req.params.id) return reply.status(302).header('location', conversationPath(c.id, lang)).send();
      if (c.status !== 'open') return show(reply, lang, c, null, 200);
      const me = await participantOf(db, c.id, req.cookies?.[OPINION_COOKIE]);
      if (me.fresh) setCookie(req, reply, c, me.token);
      return show(reply, lang, c, { pid: me.pid }, 200, { sent: req.query.sent === '1' });
    },
  });

  app.post('/o/:id/vote', {
    schema: { hide: true, params, querystring: langQuery },
    bodyLimit: 4_096,
    handler: async (req, reply) => {
      const { lang } = req.query;
      const c = await findConversation(db, req.params.id);
      if (!c) return notFound(reply, lang);
      const body = voteForm.parse(req.body ?? {});
      return submit(req, reply, lang, c, {}, conversationPath(c.id, lang), async (voter) => {
        const tid = whole(body.tid);
        if (tid === null || tid < 0) throw AppError.of(404, 'opinion.unknown_statement', { tid: body.tid.slice(0, 20) });
        const value = whole(body.value);
        if (value === null) throw AppError.of(400, 'opinion.bad_vote', { value: body.value.slice(0, 20) });
        await castVote(db, c.id, voter, tid, value, now());
      });
    },
  });

  app.post('/o/:id/statements', {
    schema: { hide: true, params, querystring: langQuery },
    bodyLimit: 16_384,
    handler: async (req, reply) => {
      const { lang } = req.query;
      const c = await findConversation(db, req.params.id);
      if (!c) return notFound(reply, lang);
      const { text } = statementForm.parse(req.body ?? {});
      return submit(req, reply, lang, c, { text }, conversationPath(c.id, lang, 'sent=1'), (voter) => submitStatement(db, c.id, voter, text, { now: now() }));
    },
  });

  app.get('/o/:id/report', {
    schema: { hide: true, params, querystring: langQuery },
    handler: async (req, reply) => {
      const { lang } = req.query;
      const c = await load(req.params.id);
      if (!c) return notFound(reply, lang);
      return html(reply, 200, reportPage(lang, await loadReport(db, c)));
    },
  });
}
