// Decentralisation planning (issue 17): a space of kind 'devolution' with its units and officials, the
// inventory of functions and activities per level, scenarios of moves compared on the assignment
// criteria, and each unit's review and sign-off.
import { defineModule } from '../module';
import { devolutionRoutes } from './devolution.routes';
import { ioRoutes } from './io.routes';
import { reportRoutes } from './report.routes';
import { reviewRoutes } from './review.routes';
import { scenarioRoutes } from './scenario.routes';

export const devolutionModule = defineModule({
  id: 'devolution',
  description: 'Decentralisation planning: the inventory of functions per level, scenarios of moves with their capacity check and roadmap, each unit’s review',
  routes: async (app, deps) => {
    await devolutionRoutes(app, deps);
    await scenarioRoutes(app, deps);
    await reviewRoutes(app, deps);
    await ioRoutes(app, deps);
    await reportRoutes(app, deps);
  },
});
