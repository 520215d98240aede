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
import { castVote, findConversation, findConversationBySlug, hashToken, isConversationId, nextOnPage, nextStatement, pageStateOf, pidOf, submitStatement, tokenOf, type Conversation, type NextStatement, type Voter } from './index';
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
  const setCookie = (req: FastifyRequest, reply: FastifyReply, conversationId: string, token: string) =>
    reply.setCookie(OPINION_COOKIE, token, { path: `/o/${conversationId}`, httpOnly: true, sameSite: 'lax', secure: req.protocol === 'https', maxAge: COOKIE_DAYS * 24 * 3600 });

  /** A form's fields for the conversation `id`; null when there is no such conversation (looked up only when the form is malformed: an unknown conversation is a 404 first). */
  const parsedFor = async <T>(id: string, form: z.ZodType<T>, body: unknown): Promise<T | null> => {
    if (!isConversationId(id)) return null;
    const parsed = form.safeParse(body ?? {});
    if (parsed.success) return parsed.data;
    if (!(await findConversation(db, id))) return null;
    throw parsed.error;
  };

  /** The page with the statement to show (none on a closed conversation). */
  const show = (reply: FastifyReply, lang: Lang, c: Conversation, next: NextStatement | null, status: number, extra: { sent?: boolean; form?: ConversationForm } = {}) =>
    html(reply, status, conversationPage(lang, { conversation: c, next: c.status === 'open' ? next : null, sent: extra.sent ?? false, form: extra.form ?? {} }));

  /**
   * A form's action for the participant of the cookie: 303 to `to`, or the page again with the refusal and
   * what was typed. The action itself finds an unknown or closed conversation (the vote writer and
   * submitStatement refuse both), so an accepted one reads nothing more; the conversation is read only
   * to show a refusal — and a refusal on a closed conversation is that it is closed, whatever else was wrong.
   */
  const submit = async (req: FastifyRequest, reply: FastifyReply, lang: Lang, id: string, form: ConversationForm, to: string, run: (voter: Voter) => Promise<unknown>) => {
    const cookie = req.cookies?.[OPINION_COOKIE];
    const refuse = async (status: number, error: ConversationForm['error'], me?: { token: string; fresh: boolean }) => {
      const c = await findConversation(db, id);
      if (!c) return notFound(reply, lang);
      if (cookie && c.status !== 'open') return show(reply, lang, c, null, 409, { form: { ...form, error: AppError.of(409, 'opinion.closed').text } });
      if (me?.fresh) setCookie(req, reply, c.id, me.token);
      const next = me === undefined ? null : await nextStatement(db, c.id, await pidOf(db, c.id, hashToken(me.token)));
      return show(reply, lang, c, next, status, { form: { ...form, error } });
    };
    if (!cookie) return refuse(403, { vi: opinionWords.vi.noParticipant, en: opinionWords.en.noParticipant });
    // a cookie of the wrong shape is replaced by a fresh token; an unknown one of the right shape is a newcomer's
    const me = tokenOf(cookie);
    try {
      await run({ tokenHash: hashToken(me.token) });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      return refuse(err.status, err.text, me);
    }
    if (me.fresh) setCookie(req, reply, id, me.token);
    return reply.status(303).header('location', to).send();
  };

  app.get('/o/:id', {
    schema: { hide: true, params, querystring: query },
    handler: async (req, reply) => {
      const { lang } = req.query;
      // one query for the conversation, the participant and their votes; the voting order is kept (voting.order.ts)
      const me = tokenOf(req.cookies?.[OPINION_COOKIE]);
      const state = await pageStateOf(db, req.params.id, me.fresh ? null : hashToken(me.token));
      if (!state) return notFound(reply, lang);
      const c = state.conversation;
      if (c.id !== req.params.id) return reply.status(302).header('location', conversationPath(c.id, lang)).send();
      if (c.status !== 'open') return show(reply, lang, c, null, 200);
      if (me.fresh) setCookie(req, reply, c.id, me.token);
      return show(reply, lang, c, await nextOnPage(db, state), 200, { sent: req.query.sent === '1' });
    },
  });

  app.post('/o/:id/vote', {
    schema: { hide: true, params, querystring: langQuery },
    bodyLimit: 4_096,
    handler: async (req, reply) => {
      const { lang } = req.query;
      const { id } = req.params;
      const body = await parsedFor(id, voteForm, req.body);
      if (!body) return notFound(reply, lang);
      return submit(req, reply, lang, id, {}, conversationPath(id, lang), async (voter) => {
        const tid = whole(body.tid);
        if (tid === null || tid < 0) throw AppError.of(404, 'opinion.unknown_statement', { tid: body.tid.slice(0, 20) });
        const value = whole(body.value);
        if (value === null) throw AppError.of(400, 'opinion.bad_vote', { value: body.value.slice(0, 20) });
        await castVote(db, id, voter, tid, value, now());
      });
    },
  });

  app.post('/o/:id/statements', {
    schema: { hide: true, params, querystring: langQuery },
    bodyLimit: 16_384,
    handler: async (req, reply) => {
      const { lang } = req.query;
      const { id } = req.params;
      const body = await parsedFor(id, statementForm, req.body);
      if (!body) return notFound(reply, lang);
      const { text } = body;
      return submit(req, reply, lang, id, { text }, conversationPath(id, lang, 'sent=1'), (voter) => submitStatement(db, id, voter, text, { now: now() }));
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
