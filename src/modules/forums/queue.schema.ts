// Request and response shapes of a session's speaking queue (zod; they also make the OpenAPI document).
import { z } from 'zod';
import { speakerStatuses } from './queue.table';

const name = z.string().trim().min(1).max(200);

export const queueParams = z.object({ id: z.uuid(), sessionId: z.uuid() });
export const entryParams = queueParams.extend({ entryId: z.uuid() });

/** A participant asking for themselves: their card's name unless they give one. */
export const selfBody = z.object({ name: name.optional() });
/** A moderator queueing someone from the floor or a point (point moderators: one of their points). */
export const onBehalfBody = z.object({ name, pointId: z.uuid().nullable().default(null) });
export const entryStepBody = z.object({ step: z.enum(['start', 'done', 'remove']) });

export const speakerResponse = z
  .object({
    id: z.uuid(),
    sessionId: z.uuid(),
    pointId: z.uuid().nullable(),
    name: z.string(),
    status: z.enum(speakerStatuses),
    requestedAt: z.string(),
    calledAt: z.string().nullable(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'ForumSpeaker' });
export const queueResponse = z.object({ speakers: z.array(speakerResponse) });
