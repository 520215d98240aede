// Request and response shapes of proposals. Text limits are checked by the core (one message each),
// so the schema only bounds sizes.
import { z } from 'zod';
import { localizedOut } from '../../http/schema';

export const proposalParams = z.object({ id: z.uuid(), proposalId: z.uuid() });

export const proposalBody = z.object({ token: z.string().min(1).max(200), text: z.string().max(2000) });

export const approveBody = z
  .object({ title: z.object({ vi: z.string().max(2000), en: z.string().max(2000).default('') }).optional() })
  .nullish();

export const publicProposal = z.object({ id: z.string(), status: z.enum(['pending', 'approved', 'rejected']), text: z.string() });

export const staffProposal = publicProposal.extend({
  title: localizedOut.nullable(),
  optionKey: z.string().nullable(),
  decidedBy: z.string().nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});
