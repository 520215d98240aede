// What GET /api/demo answers: who to sign in as (never a password).
import { z } from 'zod';
import { roles } from '../../core/accounts/roles';
import { localizedOut } from '../../http/schema';

export const demoAccountsResponse = z.object({
  accounts: z.array(z.object({ email: z.string(), role: z.enum(roles), note: localizedOut }).meta({ id: 'DemoAccount' })),
});
