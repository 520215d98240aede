// Request and response shapes of the accounts API (zod; also the OpenAPI document).
import { z } from 'zod';
import { roles } from '../../core/accounts/roles';
import { localized, localizedOut, slug } from '../../http/schema';
import { organisationKinds } from './account.table';


export const loginBody = z.object({ email: z.string().min(3).max(320), password: z.string().min(1).max(1000) });

const organisationRef = z.object({ id: z.string(), name: localizedOut }).meta({ id: 'OrganisationRef' }).nullable();

export const meResponse = z.object({
  user: z.object({ id: z.string().nullable(), email: z.string(), displayName: z.string(), organisation: organisationRef }),
  roles: z.array(z.object({ role: z.enum(roles), spaceId: z.string().nullable() })),
  csrfToken: z.string().nullable(),
}).meta({ id: 'Me' });

export const organisationBody = z.object({ slug, name: localized, kind: z.enum(organisationKinds) });
export const organisationResponse = z.object({ id: z.string(), slug: z.string(), name: localizedOut, kind: z.enum(organisationKinds) });

export const userBody = z.object({
  email: z.email().max(320),
  displayName: z.string().min(1).max(200),
  password: z.string().min(10, 'at least 10 characters').max(1000).optional(),
  organisationId: z.uuid().nullable().optional(),
});
export const userResponse = z.object({ id: z.string(), email: z.string(), displayName: z.string(), organisationId: z.string().nullable(), active: z.boolean() });

export const platformRoleBody = z.object({ role: z.enum(roles).nullable() });
export const tokenBody = z.object({ name: z.string().min(1).max(100), expiresInDays: z.number().int().min(1).max(365).default(90) });
export const tokenResponse = z.object({ id: z.string(), name: z.string(), createdAt: z.date(), expiresAt: z.date(), revokedAt: z.date().nullable() });
export const idParams = z.object({ id: z.uuid() });
