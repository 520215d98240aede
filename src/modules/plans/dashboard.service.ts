// The public dashboard's contents: the plans of a space a visitor may see, each with its scorecards.
import { periodEnd, type IsoDate } from '../../core/plans';
import type { Db } from '../../db/connection';
import { findSpaceBySlug, type Space } from '../spaces';
import { agenciesOf, planScorecards } from './accountability.service';
import { listPlans, planContents } from './plan.load';
import { presentPlan } from './plan.presenter';
import type { DashboardPlan } from './pages/dashboard.page';

/** Every plan of a public space, or only the plans marked public in a private one; null when there are none to show. */
export async function publicDashboard(db: Db, slug: string, today: IsoDate): Promise<{ space: Space; plans: DashboardPlan[] } | null> {
  const space = await findSpaceBySlug(db, slug);
  const shown = space ? (await listPlans(db, space.id)).filter((p) => space.visibility === 'public' || p.public) : [];
  if (!space || !shown.length) return null;
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
  return { space, plans };
}
