// Action plans and accountability: objectives → actions with lead and coordinating agencies,
// progress reports with evidence, reminders, agency scorecards, Excel/CSV round-trip, and the
// public dashboard /d/{spaceSlug}.
import { defineModule } from '../module';
import { dashboardRoutes } from './dashboard.routes';
import { ioRoutes } from './io.routes';
import { planRoutes } from './plan.routes';
import { reportRoutes } from './report.routes';

export const plansModule = defineModule({
  id: 'plans',
  description: 'Action plans, progress reports, scorecards and the public dashboard',
  routes: async (app, deps) => {
    await planRoutes(app, deps);
    await reportRoutes(app, deps);
    await ioRoutes(app, deps);
    await dashboardRoutes(app, deps);
  },
});
