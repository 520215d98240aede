// Request and response shapes of a forum's questions (zod; they also make the OpenAPI document). The
// length limit of a question is checked by core/forums (in characters after NFC), so that a long
// question is refused with its own sentence; the schema only caps what is read at all.
import { z } from 'zod';
import { questionStatuses } from './question.table';

export const questionParams = z.object({ id: z.uuid(), questionId: z.uuid() });
export const questionListQuery = z.object({
  pointId: z.uuid().optional(),
  status: z.enum(questionStatuses).optional().describe('only questions of this status (the waiting ones, in rank order, are the oldest first)'),
  after: z.string().max(400).optional().describe("the previous page's `next`"),
  limit: z.string().max(20).optional().describe('questions on the page, 1 to 200 (50 when left out); checked by the service so that a bad one gets its own sentence'),
});

export const questionBody = z.object({
  itemId: z.uuid(),
  text: z.string().max(10_000),
  anonymous: z.boolean().default(false),
});
export const moderationBody = z.object({ decision: z.enum(['approved', 'rejected']) });
export const mergeBody = z.object({ into: z.uuid() });
export const answerBody = z.object({
  text: z.string().trim().min(1).max(5000),
  answeredBy: z.string().trim().min(1).max(200).optional().describe("the speaker's name; the signed-in account when left out"),
});

export const questionResponse = z.object({
  id: z.uuid(),
  itemId: z.uuid(),
  pointId: z.uuid(),
  text: z.string(),
  anonymous: z.boolean(),
  author: z.string().nullable().describe('null when anonymous or the card has no name'),
  status: z.enum(questionStatuses),
  mergedInto: z.uuid().nullable(),
  upvotes: z.number().int(),
  answer: z.object({ text: z.string(), by: z.string().nullable(), at: z.string() }).nullable(),
  createdAt: z.string(),
  mine: z.boolean().describe("the caller asked it (so they see it while it waits)"),
});
export const questionListResponse = z.object({
  questions: z.array(questionResponse),
  next: z.string().nullable().describe('pass as `after` for the next page; null on the last page'),
});
