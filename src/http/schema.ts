// Request and response pieces every module's zod schemas share.
import { z } from 'zod';

/** A Vietnamese/English pair as accepted in requests (bounded) … */
export const localized = z.object({ vi: z.string().min(1).max(500), en: z.string().min(1).max(500) });
/** … and as sent in responses (whatever is stored). */
export const localizedOut = z.object({ vi: z.string(), en: z.string() });
export const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'lowercase letters, digits and hyphens, 2–63 characters');
