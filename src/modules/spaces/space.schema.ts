// Request and response shapes of the spaces API.
import { z } from 'zod';
import { roles } from '../../core/accounts/roles';
import { localized, localizedOut, slug } from '../../http/schema';
import { spaceKinds, visibilities } from './space.table';

const isoDate = z.iso.date();

export const phaseInput = z.object({ key: slug, title: localized, startsOn: isoDate.nullable().optional(), endsOn: isoDate.nullable().optional() });

const phaseList = z
  .array(phaseInput)
  .max(20)
  .refine((ps) => new Set(ps.map((p) => p.key)).size === ps.length, 'phase keys must be distinct')
  .refine((ps) => ps.every((p) => !p.startsOn || !p.endsOn || p.startsOn <= p.endsOn), 'a phase must not end before it starts');

const locality = z.object({ code: z.string().min(1).max(10), name: z.string().min(1).max(200) }).nullable();

export const spaceCreateBody = z.object({
  slug,
  kind: z.enum(spaceKinds),
  title: localized,
  summary: localized,
  description: localized.extend({ vi: z.string().max(20_000), en: z.string().max(20_000) }),
  locality: locality.optional(),
  visibility: z.enum(visibilities).default('private'),
  illustrative: z.boolean().default(false),
  phases: phaseList.default([]),
});

export const spaceUpdateBody = spaceCreateBody.omit({ slug: true, kind: true }).partial();

export const phaseResponse = z.object({
  id: z.string(),
  key: z.string(),
  title: localizedOut,
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  status: z.enum(['upcoming', 'active', 'done']),
}).meta({ id: 'Phase' });

export const spaceSummaryResponse = z.object({
  id: z.string(),
  slug: z.string(),
  kind: z.enum(spaceKinds),
  title: localizedOut,
  summary: localizedOut,
  locality,
  visibility: z.enum(visibilities),
  illustrative: z.boolean(),
  currentPhase: phaseResponse.nullable(),
  myRole: z.enum(roles).nullable(),
}).meta({ id: 'SpaceSummary' });

export const spaceDetailResponse = z.object({
  space: spaceSummaryResponse.extend({ description: localizedOut, phases: z.array(phaseResponse) }).meta({ id: 'SpaceDetail' }),
  permissions: z
    .object({ update: z.boolean(), readMembers: z.boolean(), manageMembers: z.boolean(), readAudit: z.boolean() })
    .meta({ id: 'SpacePermissions' }),
});

export const memberResponse = z.object({
  userId: z.string(),
  displayName: z.string(),
  email: z.string(),
  organisation: z.object({ id: z.string(), name: localizedOut }).nullable(),
  role: z.enum(roles),
}).meta({ id: 'Member' });

export const memberBody = z.object({ role: z.enum(roles).exclude(['administrator']) });
export const spaceParams = z.object({ id: z.uuid() });
export const memberParams = z.object({ id: z.uuid(), userId: z.uuid() });
export const auditQuery = z.object({ before: z.coerce.number().int().positive().optional(), limit: z.coerce.number().int().min(1).max(500).default(100) });

/** One line of the audit trail: who did what to which entity, with the stored values before and after. */
export const auditResponse = z.object({
  entries: z.array(
    z
      .object({
        id: z.number(),
        at: z.date(),
        actorUserId: z.string().nullable(),
        actorLabel: z.string(),
        action: z.string(),
        entityType: z.string(),
        entityId: z.string(),
        spaceId: z.string().nullable(),
        before: z.unknown(),
        after: z.unknown(),
      })
      .meta({ id: 'AuditEntry' }),
  ),
});
