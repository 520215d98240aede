// Accounts: organisations, users, roles per space, sessions and API tokens.
import { defineModule } from '../module';
import { accountRoutes } from './account.routes';
import { authRoutes } from './auth.routes';

export const accountsModule = defineModule({
  id: 'accounts',
  description: 'Organisations, users, roles, sessions and API tokens',
  routes: async (app, deps) => {
    await authRoutes(app, deps);
    await accountRoutes(app, deps);
  },
});
