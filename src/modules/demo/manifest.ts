// The demo: two spaces with real names and illustrative content, and who to sign in as.
import { AppError } from '../../http/errors';
import { defineModule } from '../module';
import { demoAccounts } from './demo.accounts';
import { demoAccountsResponse } from './demo.schema';

export const demoModule = defineModule({
  id: 'demo',
  description: 'Demo spaces and accounts (only when the server runs with --demo)',
  routes: (app, { config }) => {
    app.get('/api/demo', { config: { public: true }, schema: { tags: ['demo'], summary: 'Demo accounts to sign in with, when the demo is on', response: { 200: demoAccountsResponse } } }, async () => {
      if (!config.demo) throw AppError.of(404, 'demo.not_loaded');
      // Who to try, never a password: an answer anyone on the network can fetch is no place for one
      // (the sign-in page says the demo password in words, and only in demo mode).
      return { accounts: demoAccounts.map((a) => ({ email: a.email, role: a.platformRole ?? Object.values(a.spaces)[0], note: a.note })) };
    });
  },
});
