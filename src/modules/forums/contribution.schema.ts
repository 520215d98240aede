// Request and response shapes of a forum's contributions (zod; they also make the OpenAPI document).
// The file travels in the JSON as base64, so that a contribution and its paper are saved in one request
// and a refused file leaves nothing stored; its size is judged on the decoded bytes (checkDocument).
import { z } from 'zod';

const MB = 1024 * 1024;
/** The largest paper kept. */
export const CONTRIBUTION_MAX_BYTES = 10 * MB;
/** Read a little beyond the limit, so that a file just over it is refused with its size named. */
const READ_BYTES = 12 * MB;
/** The JSON body: the base64 of READ_BYTES and the texts. */
export const CONTRIBUTION_BODY_LIMIT = Math.ceil((READ_BYTES * 4) / 3) + 256 * 1024;

export const contributionParams = z.object({ id: z.uuid(), contributionId: z.uuid() });
export const contributionListQuery = z.object({ q: z.string().max(200).optional().describe('words to find in title, abstract, speaker, organisation and a DOCX’s text; diacritics and đ/d do not matter') });
export const publicFileParams = z.object({ slug: z.string().max(80), contributionId: z.string().max(40) });

const line = (max: number) => z.string().trim().min(1).max(max);
export const fileUpload = z.object({
  name: z.string().max(255).describe('the file’s name as the person chose it; its extension must agree with its bytes'),
  base64: z.base64().max(Math.ceil((READ_BYTES * 4) / 3)).describe('the PDF or DOCX, base64'),
});

const fields = {
  speaker: line(200),
  organisation: line(300).nullable(),
  sessionId: z.uuid().nullable().describe("one of this forum's agenda sessions"),
  title: line(500),
  abstract: z.string().trim().max(10_000).nullable(),
  illustrative: z.boolean().describe('sample data (the demo), labelled so wherever shown'),
};
export const contributionBody = z.object({
  ...fields,
  organisation: fields.organisation.default(null),
  sessionId: fields.sessionId.default(null),
  abstract: fields.abstract.default(null),
  illustrative: fields.illustrative.default(false),
  file: fileUpload.nullable().default(null),
});
export const contributionPatch = z.object({ ...fields, file: fileUpload.nullable().describe('a new file; null removes the file; left out keeps it') }).partial();

export const contributionResponse = z.object({
  id: z.uuid(),
  sessionId: z.uuid().nullable(),
  speaker: z.string(),
  organisation: z.string().nullable(),
  title: z.string(),
  abstract: z.string().nullable(),
  illustrative: z.boolean(),
  file: z.object({ name: z.string(), mediaType: z.string(), size: z.number().int(), url: z.string() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
}).meta({ id: 'ForumContribution' });
export const contributionListResponse = z.object({ contributions: z.array(contributionResponse) });
