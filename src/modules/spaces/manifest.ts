// Spaces: one participatory process for one locality, with phases.
import { defineModule } from '../module';
import { spaceRoutes } from './space.routes';

export const spacesModule = defineModule({
  id: 'spaces',
  description: 'Participatory processes (spaces) and their phases',
  routes: spaceRoutes,
});
