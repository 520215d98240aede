// GET /r/{id}: a published consultation's results as a public page, without login or JavaScript.
import { z } from 'zod';
import type { App, Deps } from '../module';
import type { Consultation, Option } from './consultation.service';
import { resultsReport } from './exports/results-report';
import { messagePage } from './pages/vote.page';
import { resultsPage } from './pages/results.page';
import { NOT_STORED, sendAnswer } from './published.http';
import { resultsKey, type ResultsCache } from './results.cache';

const notPublished = {
  vi: { title: 'Kết quả chưa được công bố', help: 'Ban tổ chức sẽ công bố kết quả khi cuộc tham vấn kết thúc.' },
  en: { title: 'Results not published yet', help: 'The organisers publish the results when the consultation ends.' },
};

/** The published page in one language, rendered once per change of the consultation. */
function pageAnswer(cache: ResultsCache, c: Consultation, options: Option[], lang: 'vi' | 'en', now: () => Date) {
  const render = async () => resultsPage(lang, await resultsReport(cache, c, options, {}, now()), `/api/consultations/${c.id}`);
  return cache.answer(resultsKey(c, options, {}), `r:${lang}`, render);
}

/**
 * Computed at publication, so the first of a hall of viewers does not wait: the default count
 * overall (the results API) and the page in both languages (its counts and ballots list).
 */
export async function warmPublished(cache: ResultsCache, id: string, now: () => Date) {
  const { consultation: c, options } = await cache.find(id);
  await cache.get(c, options, {});
  for (const lang of ['vi', 'en'] as const) await pageAnswer(cache, c, options, lang, now);
}

export async function publicResultsRoutes(app: App, { now }: Deps, cache: ResultsCache) {
  app.get('/r/:id', {
    schema: { hide: true, params: z.object({ id: z.uuid() }), querystring: z.object({ lang: z.enum(['vi', 'en']).default('vi') }) },
    handler: async (req, reply) => {
      const lang = req.query.lang;
      const html = (status: number, body: string) => reply.status(status).type('text/html; charset=utf-8').send(body);
      const found = await cache.find(req.params.id).catch(() => null);
      // Unpublished and unknown look the same, so the page says nothing about what is not public.
      if (!found || found.consultation.status !== 'published') {
        reply.header('cache-control', NOT_STORED);
        return html(404, messagePage(lang, notPublished[lang].title, notPublished[lang].help));
      }
      return sendAnswer(req, reply, 'text/html; charset=utf-8', await pageAnswer(cache, found.consultation, found.options, lang, now));
    },
  });
}
