// English strings of the sign-in page and the demo accounts, merged into
// shared/i18n/en.ts. Typed against accounts.vi.ts: a missing or extra key is a compile error.
import type { accountsVi } from './accounts.vi';

export const accountsEn: Record<keyof typeof accountsVi, string> = {
  'login.title': 'Sign in',
  'login.intro': 'For officials, delegates and partners who have been given an account.',
  'login.email': 'Email',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.submitting': 'Signing in…',
  'login.missing': 'Please enter your email and password.',

  'demo.title': 'Demo accounts',
  'demo.intro': 'Illustrative data. Pick an account to fill in its e-mail; every demo account\'s password: doithoai-demo.',
  'demo.use': 'Use this account',
  'demo.useFor': 'Use this account: {email}',
};
