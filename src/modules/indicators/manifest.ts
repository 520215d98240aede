// The evidence hub: published governance indices (PCI, PAPI, PGI) imported from the official files, read
// on the 63 provinces or the 34, and turned into province profiles and evidence per priority area.
import { defineModule } from '../module';
import { areaMappingRoutes } from './area-mapping.routes';
import { boundaryRoutes } from './boundary.routes';
import { indicatorRoutes } from './indicator.routes';
import { localityRoutes } from './locality.routes';
import { statisticRoutes } from './statistic.routes';


export const indicatorsModule = defineModule({
  id: 'indicators',
  description: 'Governance indices (PCI, PAPI, PGI), official statistics (GSO), province profiles and evidence per priority area',
  routes: async (app, deps) => {
    await indicatorRoutes(app, deps);
    await localityRoutes(app, deps);
    await boundaryRoutes(app);
    await areaMappingRoutes(app, deps);
    await statisticRoutes(app, deps);
  },
});
