// Request and response shapes of the opinion-mapping staff API (zod; they also make the OpenAPI document).
// A vote value and a statement's text are checked by the services, so that a wrong one is refused with a
// sentence naming it (and the limit) rather than a schema's list.
import { z } from 'zod';
import { slug } from '../../http/schema';
import { conversationStatuses, statementStatuses } from './opinion.table';

const vi = z.string().trim().min(1).max(500);
const textIn = z.object({ vi, en: vi.nullable().default(null) });
const textOut = z.object({ vi: z.string(), en: z.string().nullable() });
const number = z.number();

export const spaceParams = z.object({ id: z.uuid() });
export const conversationParams = z.object({ id: z.uuid() });
export const statementParams = conversationParams.extend({ tid: z.coerce.number().int().min(0).max(2_147_483_647) });
export const statementsQuery = z.object({ status: z.enum(statementStatuses).optional() });
export const spaceConversationsQuery = z.object({ forumId: z.uuid().optional() });

export const conversationBody = z.object({
  slug: slug.describe('the public pages’ address'),
  title: textIn,
  topic: textIn.describe('the question put to participants'),
  forumId: z.uuid().nullable().default(null).describe('the forum this conversation is a part of, in the same space'),
  statementMaxLength: z.number().int().min(20).max(1000).default(140).describe('characters; 140 as Pol.is'),
  statementsPerParticipant: z.number().int().min(0).max(100).default(5),
});

export const conversationResponse = z.object({
  id: z.uuid(),
  spaceId: z.uuid(),
  forumId: z.uuid().nullable(),
  slug: z.string(),
  title: textOut,
  topic: textOut,
  statementMaxLength: z.number().int(),
  statementsPerParticipant: z.number().int(),
  status: z.enum(conversationStatuses),
  votesVersion: z.number().int(),
  createdAt: z.string(),
  permissions: z.object({ manage: z.boolean(), moderate: z.boolean() }),
});
export const conversationListResponse = z.object({ conversations: z.array(conversationResponse) });

export const statementResponse = z.object({
  tid: z.number().int(),
  text: z.string(),
  status: z.enum(statementStatuses),
  isMeta: z.boolean(),
  /** Written by the facilitator (a seed), not by a participant. */
  seed: z.boolean(),
  agree: z.number().int(),
  disagree: z.number().int(),
  pass: z.number().int(),
  createdAt: z.string(),
});
export const statementListResponse = z.object({ statements: z.array(statementResponse) });
export const statementBody = z.object({ text: z.string().max(5000).describe('checked against the conversation’s length limit') });
export const statementCreated = z.object({ tid: z.number().int(), status: z.enum(statementStatuses) });
export const moderationBody = z.object({ decision: z.enum(['approve', 'reject', 'meta']).describe('meta: shown for votes, left out of the map') });

const representative = z.object({ tid: z.number().int(), direction: z.enum(['agree', 'disagree']), agree: number, disagree: number.optional().describe('share of the group’s votes that disagree (maps stored before it was kept lack it)'), repness: number, repnessTest: number, probability: number, probabilityTest: number });
const consensus = z.object({ tid: z.number().int(), direction: z.enum(['agree', 'disagree']), share: number.optional().describe('share of everyone’s votes that go this way (maps stored before it was kept lack it)'), probability: number, probabilityTest: number });
export const mapResultSchema = z.object({
  participants: z.number().int(),
  statements: z.number().int(),
  clustered: z.number().int(),
  points: z.array(z.object({ pid: z.number().int(), x: number, y: number, group: z.number().int().nullable() })),
  groups: z.array(z.object({ id: z.number().int(), size: z.number().int(), members: z.array(z.number().int()), representative: z.array(representative) })),
  consensus: z.object({ agree: z.array(consensus), disagree: z.array(consensus) }),
  groupInformedConsensus: z.record(z.string(), number),
  priorities: z.record(z.string(), number),
  pca: z
    .object({ name: z.enum(['full', 'mini-batch']), sampled: z.number().int().optional(), batches: z.number().int().optional() })
    .optional()
    .describe('how the two components were found: every participant, or above 10,000 participants batches of `sampled` each'),
});
export const mapResponse = z.object({
  status: z.enum(['ready', 'waiting']),
  computedAt: z.string().nullable(),
  votesVersion: z.number().int().nullable(),
  /** Ready: the last good map. */
  map: mapResultSchema.nullable(),
  /** Waiting: how many more votes, from how many more participants, the first map needs. */
  votesNeeded: z.number().int().nullable(),
  participantsNeeded: z.number().int().nullable(),
  statements: z.array(statementResponse),
});
export const participationResponse = z.object({
  days: z.array(
    z.object({
      day: z.iso.date().describe('Vietnam’s day (UTC+7)'),
      votes: z.number().int().describe('Votes cast that day: a first vote on a statement, and a changed vote again on the day it changed; the same vote sent again is not counted'),
      participants: z.number().int().describe('Participants created that day'),
    }),
  ),
});
