// GET /d/{spaceSlug}: the public dashboard of a space's plans, without login or JavaScript — every
// plan of a public space, or only the plans marked public in a private one.
import { z } from 'zod';
import { vietnamDay } from '../../core/plans';
import { messagePage } from '../../http/pages';
import type { App, Deps } from '../module';
import { publicDashboard } from './dashboard.service';
import { dashboardPage } from './pages/dashboard.page';

const notFound = {
  vi: { title: 'Không có bảng theo dõi công khai', help: 'Địa chỉ này không có kế hoạch nào được công bố.' },
  en: { title: 'No public dashboard', help: 'No plan is published at this address.' },
};

export async function dashboardRoutes(app: App, { db, now }: Deps) {
  app.get('/d/:slug', {
    schema: { hide: true, params: z.object({ slug: z.string().max(80) }), querystring: z.object({ lang: z.enum(['vi', 'en']).default('vi') }) },
    handler: async (req, reply) => {
      const lang = req.query.lang;
      const html = (status: number, body: string) => reply.status(status).type('text/html; charset=utf-8').send(body);
      const today = vietnamDay(now());
      const shown = await publicDashboard(db, req.params.slug, today);
      // Unknown, private and empty look the same: the page says nothing about what is not public.
      if (!shown) return html(404, messagePage(lang, notFound[lang].title, notFound[lang].help));
      return html(200, dashboardPage(lang, shown.space, shown.plans, today));
    },
  });
}
