// Request and response shapes of the forums API (zod; they also make the OpenAPI document).
import { z } from 'zod';
import { slug } from '../../http/schema';
import { forumKinds, forumStatuses, pointKinds, registrationStatuses } from './forum.table';

const vi = z.string().trim().min(1).max(500);
/** Vietnamese required, English optional. */
export const forumText = z.object({ vi, en: vi.nullable().default(null) });
const forumTextOut = z.object({ vi: z.string(), en: z.string().nullable() });
const webAddress = z
  .url({ protocol: /^https?$/ })
  .max(2000)
  .describe('an http or https address');
const name = z.string().trim().min(1).max(200);
const seats = z.number().int().min(0).max(1_000_000).nullable();

export const idParams = z.object({ id: z.uuid() });
export const sessionParams = z.object({ id: z.uuid(), sessionId: z.uuid() });
export const itemParams = z.object({ id: z.uuid(), itemId: z.uuid() });
export const pointParams = z.object({ id: z.uuid(), pointId: z.uuid() });
export const registrationParams = z.object({ id: z.uuid(), registrationId: z.uuid() });

export const forumBody = z.object({
  slug,
  title: forumText,
  startsOn: z.iso.date(),
  endsOn: z.iso.date(),
  kind: z.enum(forumKinds),
  streamUrl: webAddress.nullable().default(null),
  themes: z.array(forumText.extend({ key: slug })).max(20).default([]),
  organisers: z.array(name).max(30).default([]),
  capacity: seats.default(null),
});
export const forumPatch = forumBody.partial();
export type ForumBody = z.infer<typeof forumBody>;

export const sessionBody = z.object({ title: forumText, startsAt: z.iso.datetime({ offset: true }), endsAt: z.iso.datetime({ offset: true }) });
export const sessionPatch = sessionBody.partial();
export const itemBody = z.object({
  startsAt: z.iso.datetime({ offset: true }),
  title: forumText,
  speakers: z.array(name).max(30).default([]),
  theme: slug.nullable().default(null),
});
export const itemPatch = itemBody.partial();

export const pointBody = z
  .object({
    kind: z.enum(pointKinds),
    localityId: z.string().max(20).nullable().default(null).describe('"vn63:46" (forums before 1 July 2025) or "vn34:46"'),
    organisation: name.nullable().default(null),
    mainHall: z.boolean().default(false),
    expected: seats.default(null),
    capacity: seats.default(null),
    attendees: z.array(name).max(50).default([]),
  })
  .refine((p) => (p.kind === 'locality' ? p.localityId !== null && p.organisation === null : p.organisation !== null && p.localityId === null), {
    message: 'a locality point names localityId only, an organisation point names organisation only',
  });
export type PointBody = z.infer<typeof pointBody>;
export const pointPatch = z.object({ mainHall: z.boolean(), expected: seats, capacity: seats, attendees: z.array(name).max(50) }).partial();
export const moderatorsBody = z.object({ userIds: z.array(z.uuid()).max(20) });

export const registrationBody = z.object({
  pointId: z.uuid().nullable().default(null),
  /** A facilitator registering someone else by name; without it, the caller registers themselves. */
  name: name.optional(),
});
export const cardsBody = z.object({ count: z.number().int().min(1).max(500) });
export const checkInBody = z.object({ code: z.string().max(64) });

const session = z.object({ id: z.uuid(), title: forumTextOut, startsAt: z.string(), endsAt: z.string() });
const item = z.object({ id: z.uuid(), sessionId: z.uuid(), startsAt: z.string(), title: forumTextOut, speakers: z.array(z.string()), theme: z.string().nullable() });
export const sessionResponse = session.meta({ id: 'ForumSession' });
export const itemResponse = item.meta({ id: 'ForumItem' });

export const pointResponse = z
  .object({
    id: z.uuid(),
    kind: z.enum(pointKinds),
    localityId: z.string().nullable(),
    name: z.object({ vi: z.string(), en: z.string() }),
    mainHall: z.boolean(),
    expected: z.number().nullable(),
    capacity: z.number().nullable(),
    attendees: z.array(z.string()),
    moderatorIds: z.array(z.uuid()),
    registered: z.number(),
    checkedIn: z.number(),
  })
  .meta({ id: 'ForumPoint' });

export const forumSummary = z
  .object({
    id: z.uuid(),
    spaceId: z.uuid(),
    slug: z.string(),
    title: forumTextOut,
    startsOn: z.string(),
    endsOn: z.string(),
    kind: z.enum(forumKinds),
    streamUrl: z.string().nullable(),
    themes: z.array(forumTextOut.extend({ key: z.string() })),
    organisers: z.array(z.string()),
    status: z.enum(forumStatuses),
    capacity: z.number().nullable(),
    illustrative: z.boolean(),
  })
  .meta({ id: 'ForumSummary' });

export const forumListResponse = z.object({ forums: z.array(forumSummary), permissions: z.object({ manage: z.boolean() }) });

export const forumViewResponse = forumSummary
  .extend({
    sessions: z.array(session.extend({ items: z.array(item) })),
    points: z.array(pointResponse),
    attendance: z.object({ expected: z.number(), registered: z.number(), checkedIn: z.number() }),
    permissions: z.object({ manage: z.boolean(), register: z.boolean(), moderates: z.array(z.uuid()) }),
  })
  .meta({ id: 'ForumView' });

export const registrationResponse = z
  .object({
    id: z.uuid(),
    pointId: z.uuid().nullable(),
    name: z.string().nullable(),
    status: z.enum(registrationStatuses),
    waitingRank: z.number().nullable(),
    checkedInAt: z.string().nullable(),
    checkedInPointId: z.uuid().nullable(),
  })
  .meta({ id: 'ForumRegistration' });
export const newRegistrationResponse = registrationResponse.extend({ code: z.string().describe('shown once; only its hash is kept') });
export const registrationListResponse = z.object({ registrations: z.array(registrationResponse) });
export const mineResponse = z.object({ registration: registrationResponse.nullable() });
