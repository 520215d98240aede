// Priority setting: the eight areas (or any list) ranked on evidence, consultation results and the
// facilitator's own criteria, weighted by the officials' AHP answers or directly, with sensitivity,
// rank acceptability and reports (DOCX, PDF, XLSX).
import { defineModule } from '../module';
import { priorityRoutes } from './priority.routes';
import { reportRoutes } from './report.routes';

export const prioritiesModule = defineModule({
  id: 'priorities',
  description: 'Priority exercises: AHP weights from officials, TOPSIS and weighted sum, sensitivity, reports',
  routes: async (app, deps) => {
    await priorityRoutes(app, deps);
    await reportRoutes(app, deps);
  },
});
