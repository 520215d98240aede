// Regional linkage (issue 15): a region (a space of kind 'linkage') with its member localities and
// officials, offers and needs, agreements → commitments → quarterly progress, and paper to practice,
// read across the 2025 merger.
import { defineModule } from '../module';
import { agreementRoutes } from './agreement.routes';
import { intentIoRoutes } from './intent.io.routes';
import { linkageRoutes } from './linkage.routes';
import { projectRoutes } from './project.routes';
import { reportRoutes } from './report.routes';

export const linkageModule = defineModule({
  id: 'linkage',
  description: 'Regional linkage: offers and needs, agreements, commitments and their progress, paper to practice across the 2025 merger',
  routes: async (app, deps) => {
    await linkageRoutes(app, deps);
    await agreementRoutes(app, deps);
    await intentIoRoutes(app, deps);
    await projectRoutes(app, deps);
    await reportRoutes(app, deps);
  },
});
