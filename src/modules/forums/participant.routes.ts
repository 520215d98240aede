// A connection point's own page for a phone, without JavaScript: GET /f/{slug}/p/{pointId} (?code= from
// a card's QR code fills the check-in form), and its forms — check-in by code, asking, upvoting, voting
// in an open poll. Each
// POST answers 303 back to the page (post/redirect/get), or the page again with the refusal's sentence
// and its 4xx, nothing stored. The participant cookie is SameSite=Lax, so another site's form posts
// arrive without it; check-in by code is limited per client address.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { messagePage } from '../../http/pages';
import { AppError } from '../../http/errors';
import type { App, Deps } from '../module';
import { cardAccess, cardHolderCall, newParticipantToken, PARTICIPANT_COOKIE, setParticipantCookie } from './participant';
import { findPointCall, HERE_MAX, PAGE_HERE, pointPageData, type PointCall } from './participant.view';
import { words } from './pages/forum.words';
import { pointPath } from './pages/point.links';
import { pointPage, type PointForm } from './pages/point.page';
import { pointWords } from './pages/point.words';
import { ballotFromForm, type FormBody } from '../consultations';
import { castPollBallot, findConsultationOf, findPoll } from './poll.service';
import type { PollSink } from './poll.writer';
import { ask, upvote } from './question.service';
import type { QuestionSink } from './question.writer';
import { checkIn } from './registration.service';

type Lang = 'vi' | 'en';
const params = z.object({ slug: z.string().max(80), pointId: z.string().max(40) });
const query = z.object({ lang: z.enum(['vi', 'en']).default('vi'), code: z.string().max(40).optional(), here: z.coerce.number().int().min(PAGE_HERE).max(HERE_MAX).optional() });
const langQuery = query.pick({ lang: true });
const questionParams = params.extend({ questionId: z.string().max(40) });
const pollParams = params.extend({ pollId: z.string().max(40) });
const codeForm = z.object({ code: z.string().max(40).default('') });
const askForm = z.object({ itemId: z.string().max(40).default(''), text: z.string().max(10_000).default(''), anonymous: z.string().max(5).default('') });
/** Codes are 60 random bits: the limit keeps guessing pointless and the table quiet; a point's hall behind one address still checks 50 in within a minute. */
export const CHECK_IN_LIMIT = { max: 60, timeWindow: '1 minute' };

const uuid = z.uuid();
const html = (reply: FastifyReply, status: number, body: string) => reply.status(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(body);

export async function participantRoutes(app: App, { db, now }: Deps, questions: QuestionSink, polls: PollSink) {
  const load = (req: FastifyRequest & { params: z.infer<typeof params> }) => findPointCall(db, req.params.slug, req.params.pointId, req.cookies?.[PARTICIPANT_COOKIE]);
  const notFound = (reply: FastifyReply, lang: Lang) => html(reply, 404, messagePage(lang, words[lang].notFound.title, words[lang].notFound.help));
  const show = async (reply: FastifyReply, lang: Lang, call: PointCall, status = 200, form: PointForm = {}, shown?: number) => html(reply, status, pointPage(lang, await pointPageData(db, call, form, shown)));
  const back = (reply: FastifyReply, call: PointCall, lang: Lang) => reply.status(303).header('location', pointPath(call.forum.slug, call.point.id, lang)).send();
  /** Runs a form's action: 303 back to the page, or the page again with the refusal (an AppError) and what was typed. */
  const submit = async (reply: FastifyReply, lang: Lang, call: PointCall, form: PointForm, run: () => Promise<unknown>) => {
    try {
      await run();
      return back(reply, call, lang);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      return show(reply, lang, call, err.status, { ...form, error: err.text });
    }
  };

  app.get('/f/:slug/p/:pointId', {
    schema: { hide: true, params, querystring: query },
    handler: async (req, reply) => {
      const call = await load(req);
      if (!call) return notFound(reply, req.query.lang);
      return show(reply, req.query.lang, call, 200, { code: req.query.code }, req.query.here);
    },
  });

  app.post('/f/:slug/p/:pointId/check-in', {
    config: { rateLimit: CHECK_IN_LIMIT },
    schema: { hide: true, params, querystring: langQuery },
    handler: async (req, reply) => {
      const { lang } = req.query;
      const call = await load(req);
      if (!call) return notFound(reply, lang);
      const { code } = codeForm.parse(req.body ?? {});
      return submit(reply, lang, call, { code }, async () => {
        const { forum, actor } = await cardHolderCall(db, call.forum.id);
        const participant = newParticipantToken();
        try {
          await checkIn(db, actor, forum, call.point, code, true, now(), participant.hash);
        } catch (err) {
          // The one refusal whose general sentence would not help: a code of an account's own registration.
          if (err instanceof AppError && err.code === 'auth.forbidden') throw new AppError(403, err.code, { vi: pointWords.vi.accountCode, en: pointWords.en.accountCode });
          throw err;
        }
        setParticipantCookie(req, reply, forum, participant.token);
      });
    },
  });

  app.post('/f/:slug/p/:pointId/questions', {
    schema: { hide: true, params, querystring: langQuery },
    handler: async (req, reply) => {
      const { lang } = req.query;
      const call = await load(req);
      if (!call) return notFound(reply, lang);
      const body = askForm.parse(req.body ?? {});
      const form = { itemId: body.itemId, text: body.text, anonymous: body.anonymous !== '' };
      return submit(reply, lang, call, form, async () => {
        if (!call.me) throw AppError.of(403, 'forum.not_checked_in');
        if (!uuid.safeParse(body.itemId).success) throw AppError.of(400, 'forum.item_not_found');
        await ask(questions, call.forum.id, { registration: call.me }, { itemId: body.itemId, text: body.text, anonymous: form.anonymous }, now());
      });
    },
  });

  app.post('/f/:slug/p/:pointId/questions/:questionId/upvote', {
    schema: { hide: true, params: questionParams, querystring: langQuery },
    handler: async (req, reply) => {
      const { lang } = req.query;
      const call = await load(req);
      if (!call) return notFound(reply, lang);
      return submit(reply, lang, call, {}, async () => {
        if (!call.me) throw AppError.of(403, 'forum.not_checked_in');
        if (!uuid.safeParse(req.params.questionId).success) throw AppError.of(404, 'forum.question_not_found');
        await upvote(questions, call.forum.id, { registration: call.me }, req.params.questionId, cardAccess(), now());
      });
    },
  });

  app.post('/f/:slug/p/:pointId/polls/:pollId', {
    schema: { hide: true, params: pollParams, querystring: langQuery },
    handler: async (req, reply) => {
      const { lang } = req.query;
      const call = await load(req);
      if (!call) return notFound(reply, lang);
      const entered = (req.body ?? {}) as FormBody;
      return submit(reply, lang, call, { poll: { id: req.params.pollId, entered: entered as Record<string, string | string[]> } }, async () => {
        if (!call.me) throw AppError.of(403, 'forum.poll_not_checked_in');
        if (!uuid.safeParse(req.params.pollId).success) throw AppError.of(404, 'forum.poll_not_found');
        const poll = await findPoll(db, call.forum, req.params.pollId);
        const { consultation } = await findConsultationOf(db, poll);
        await castPollBallot(polls, db, call.me, poll, ballotFromForm(consultation.ballot.type, entered));
      });
    },
  });
}
