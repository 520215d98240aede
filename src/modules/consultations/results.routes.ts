// GET /r/{id}: a published consultation's results as a public page, without login or JavaScript.
import { z } from 'zod';
import type { App, Deps } from '../module';
import { findConsultation } from './consultation.service';
import { resultsReport } from './exports/results-report';
import { messagePage } from './pages/vote.page';
import { resultsPage } from './pages/results.page';

const notPublished = {
  vi: { title: 'Kết quả chưa được công bố', help: 'Ban tổ chức sẽ công bố kết quả khi cuộc tham vấn kết thúc.' },
  en: { title: 'Results not published yet', help: 'The organisers publish the results when the consultation ends.' },
};

export async function publicResultsRoutes(app: App, { db, now }: Deps) {
  app.get('/r/:id', {
    schema: { hide: true, params: z.object({ id: z.uuid() }), querystring: z.object({ lang: z.enum(['vi', 'en']).default('vi') }) },
    handler: async (req, reply) => {
      const lang = req.query.lang;
      const html = (status: number, body: string) => reply.status(status).type('text/html; charset=utf-8').send(body);
      const found = await findConsultation(db, req.params.id).catch(() => null);
      // Unpublished and unknown look the same, so the page says nothing about what is not public.
      if (!found || found.consultation.status !== 'published') return html(404, messagePage(lang, notPublished[lang].title, notPublished[lang].help));
      const report = await resultsReport(db, found.consultation, found.options, {}, now());
      return html(200, resultsPage(lang, report, `/api/consultations/${found.consultation.id}`));
    },
  });
}
