// Request and response shapes of a forum's live polls (zod; they also make the OpenAPI document). A
// ballot's choice fields are checked by the consultations' ballot rules, so every problem has its own
// code and message; the schema only says what the fields are.
import { z } from 'zod';
import { localizedOut } from '../../http/schema';
import { forumText } from './forum.schema';

export const pollMethods = ['approval', 'ranking', 'score'] as const;
export type PollMethod = (typeof pollMethods)[number];

export const pollParams = z.object({ id: z.uuid(), pollId: z.uuid() });

export const pollBody = z.object({
  itemId: z.uuid(),
  title: forumText,
  options: z.array(forumText).min(2).max(20),
  method: z.enum(pollMethods),
  /** Approval and ranking: the most options a ballot may mark (all when left out). */
  max: z.number().int().min(1).max(20).optional(),
  /** Score: the highest score, from 0 (5 when left out). */
  scale: z.number().int().min(1).max(10).optional(),
});
export type PollBody = z.infer<typeof pollBody>;

export const pollStepBody = z.object({ step: z.enum(['open', 'close']) });

export const pollBallotBody = z.object({ approve: z.unknown().optional(), ranking: z.unknown().optional(), scores: z.unknown().optional() });

const values = z.record(z.string(), z.number()).describe('per option key: approvals (approval), Borda points (ranking) or mean score (score)');

export const pollResponse = z
  .object({
    id: z.uuid(),
    itemId: z.uuid(),
    consultationId: z.uuid(),
    title: localizedOut,
    method: z.enum(pollMethods),
    status: z.enum(['draft', 'open', 'closed', 'published']),
    ballot: z.object({ max: z.number().optional(), scale: z.number().optional() }),
    options: z.array(z.object({ key: z.string(), title: localizedOut })),
    ballots: z.number().int(),
    illustrative: z.boolean(),
    /** Points with fewer ballots are withheld. */
    minGroupSize: z.number().int(),
    /** Whether the caller (a checked-in participant) has voted in it; null for anyone else. */
    voted: z.boolean().nullable(),
    overall: z.object({ ballots: z.number().int(), values }),
    points: z.array(
      z.object({
        pointId: z.string(),
        name: localizedOut,
        withheld: z.boolean().describe('fewer ballots than the minimum: no figures published'),
        ballots: z.number().int().nullable(),
        values: values.nullable(),
      }),
    ),
  })
  .meta({ id: 'ForumPoll' });
export type PollView = z.infer<typeof pollResponse>;

export const pollListResponse = z.object({ polls: z.array(pollResponse) });
export const pollReceiptResponse = z.object({ receipt: z.string() });
