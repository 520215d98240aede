// Request and response shapes of a forum's recommendations (zod; they also make the OpenAPI document).
import { z } from 'zod';
import { recommendationSources, recommendationStatuses } from './recommendation.table';

const rag = z.enum(['done', 'not-started', 'green', 'amber', 'red']);
const localizedOut = z.object({ vi: z.string(), en: z.string() });

export const recommendationParams = z.object({ id: z.uuid(), recommendationId: z.uuid() });

export const recommendationBody = z.object({
  text: z.string().trim().min(1).max(2000),
  source: z.object({ kind: z.enum(recommendationSources), id: z.uuid() }).nullable().default(null).describe("a contribution, question or poll of this forum"),
  pointId: z.uuid().nullable().default(null).describe('the proposing point; a point moderator names one of theirs'),
  owner: z.string().trim().min(1).max(200).describe('the agency that owns the follow-up, as it should read'),
  ownerOrganisationId: z.uuid().nullable().default(null).describe("one of the agencies named in the space's plans, when the owner is one"),
  reviewOn: z.iso.date().nullable().default(null),
});
export const decisionBody = z.object({ decision: z.enum(['accepted', 'declined']), note: z.string().trim().max(2000).default('') });
export const actionBody = z.object({
  planId: z.uuid(),
  objectiveId: z.uuid(),
  code: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/, 'letters, digits, dot, hyphen or underscore, up to 32 characters'),
  title: z.object({ vi: z.string().trim().min(1).max(500), en: z.string().trim().min(1).max(500).nullable().default(null) }).optional().describe("the recommendation's text when left out"),
  leadAgencyId: z.uuid().optional().describe("the recommendation's owner organisation when left out"),
  startsOn: z.iso.date().optional().describe('today (Viet Nam) when left out'),
  dueOn: z.iso.date().optional().describe("the recommendation's review date when left out"),
});

export const followUpResponse = z.object({
  actionId: z.uuid(),
  planId: z.uuid(),
  planTitle: localizedOut,
  dashboardSlug: z.string().nullable().describe('the public dashboard /d/{slug} that shows the plan, if any'),
  code: z.string(),
  title: localizedOut,
  leadAgency: localizedOut.nullable(),
  dueOn: z.string(),
  status: rag,
  progress: z.number(),
  lastReport: z.object({ period: z.string(), submittedOn: z.string(), statusNote: z.string() }).nullable(),
});

export const recommendationResponse = z
  .object({
    id: z.uuid(),
    text: z.string(),
    source: z.object({ kind: z.enum(recommendationSources), id: z.uuid() }).nullable(),
    pointId: z.uuid().nullable(),
    owner: z.string(),
    ownerOrganisationId: z.uuid().nullable(),
    reviewOn: z.string().nullable(),
    status: z.enum(recommendationStatuses),
    decisionNote: z.string().nullable(),
    decidedAt: z.string().nullable(),
    createdAt: z.string(),
    followUp: followUpResponse.nullable().describe('the plan action it became, read from the plan now'),
  })
  .meta({ id: 'ForumRecommendation' });
export const recommendationListResponse = z.object({
  recommendations: z.array(recommendationResponse),
  agencies: z.array(z.object({ id: z.uuid(), name: localizedOut })).describe("the agencies named in the space's plans, for the owner"),
  permissions: z.object({ decide: z.boolean(), capture: z.array(z.uuid()).describe('points the caller may capture for'), captureWithoutPoint: z.boolean() }),
});
