// Opinion mapping (issue 18): conversations where participants submit short statements and vote agree,
// disagree or pass on each other's, and the map of opinion groups computed from the votes in the background
// (core/opinion: Pol.is's method).
import { defineModule } from '../module';
import { exportRoutes } from './export.routes';
import { opinionRoutes } from './opinion.routes';
import { backgroundMaps } from './recompute.hooks';
import { opinionPageRoutes } from './page.routes';
import { reportRoutes } from './report.routes';
import { voteWriterOf } from './vote.writer';

export const opinionModule = defineModule({
  id: 'opinion',
  description: 'Opinion mapping: conversations of short statements voted agree/disagree/pass, their opinion groups, consensus and open-data export (Pol.is’s method)',
  routes: async (app, deps) => {
    await opinionRoutes(app, deps);
    await exportRoutes(app, deps);
    await opinionPageRoutes(app, deps);
    await reportRoutes(app, deps);
    backgroundMaps(app, deps);
    app.addHook('onClose', () => voteWriterOf(deps.db).idle());
  },
});
