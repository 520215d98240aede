// GET /d/{spaceSlug}: the public dashboard of a space's plans, without login or JavaScript — every
// plan of a public space, or only the plans marked public in a private one.
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { periodEnd, vietnamDay } from '../../core/plans';
import { messagePage } from '../../http/pages';
import type { App, Deps } from '../module';
import { spaces } from '../spaces/space.table';
import { agenciesOf, planScorecards } from './accountability.service';
import { listPlans, planContents } from './plan.load';
import { presentPlan } from './plan.presenter';
import { dashboardPage, type DashboardPlan } from './pages/dashboard.page';

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
      const [space] = await db.select().from(spaces).where(eq(spaces.slug, req.params.slug));
      const shown = space ? (await listPlans(db, space.id)).filter((p) => space.visibility === 'public' || p.public) : [];
      // Unknown, private and empty look the same: the page says nothing about what is not public.
      if (!space || !shown.length) return html(404, messagePage(lang, notFound[lang].title, notFound[lang].help));
      const today = vietnamDay(now());
      const plans: DashboardPlan[] = [];
      for (const plan of shown) {
        const contents = await planContents(db, plan.id);
        const agencies = await agenciesOf(db, contents);
        const { periods, cards } = planScorecards(plan, contents, today);
        // The latest period that has ended: its reports are all in, or late.
        const scorePeriod = [...periods].reverse().find((p) => periodEnd(plan.reportingPeriod, p) < today) ?? null;
        plans.push({
          view: presentPlan(plan, contents, agencies, today),
          scorecards: cards.filter((c) => c.period === scorePeriod).map((c) => ({ ...c, agencyName: agencies.get(c.agencyId)! })),
          scorePeriod,
        });
      }
      return html(200, dashboardPage(lang, space, plans, today));
    },
  });
}
