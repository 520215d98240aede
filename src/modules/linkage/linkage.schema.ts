// Request and response shapes of regional linkage (zod; they also make the OpenAPI document). Sectors and
// localities are plain strings here and checked in the services, so that an unknown one is refused with
// a sentence naming it rather than a list of allowed values.
import { z } from 'zod';
import { intentDirections, intentKinds } from './linkage.table';

const textIn = z.object({ vi: z.string().trim().min(1).max(2000), en: z.string().trim().min(1).max(2000).nullable().default(null) });
const textOut = z.object({ vi: z.string(), en: z.string().nullable() });
const localityId = z.string().max(20).describe('vn63:<GSO code> before 1 July 2025, vn34:<GSO code> since');
const rag = z.enum(['done', 'not-started', 'green', 'amber', 'red']);
const stage = z.enum(['on-paper', 'started', 'on-track', 'done']);

export const spaceParams = z.object({ id: z.uuid() });
export const intentParams = spaceParams.extend({ intentId: z.uuid() });
export const agreementParams = spaceParams.extend({ agreementId: z.uuid() });
export const commitmentParams = agreementParams.extend({ commitmentId: z.uuid() });
export const officialParams = spaceParams.extend({ userId: z.uuid() });

export const regionBody = z.object({ localities: z.array(localityId).min(1).max(70) });
export const officialBody = z.object({ localityId: localityId.nullable() });

export const intentBody = z.object({
  direction: z.enum(intentDirections),
  localityId,
  sector: z.string().max(40),
  kind: z.enum(intentKinds),
  text: textIn,
  size: z.number().min(1).max(5).describe('1 small … 5 very large'),
  startsOn: z.iso.date().nullable().default(null),
  endsOn: z.iso.date().nullable().default(null),
  evidence: z
    .object({ index: z.enum(['PCI', 'PAPI', 'PGI']), indicator: z.string().trim().min(1).max(80).describe("'score' or a sub-index key, e.g. labour-training"), year: z.number().int().min(2000).max(2100).nullable().default(null) })
    .nullable()
    .default(null)
    .describe('the index figure the offer or need rests on'),
});

export const agreementBody = z.object({
  title: textIn,
  parties: z.array(localityId).min(2).max(70),
  startsOn: z.iso.date(),
  endsOn: z.iso.date(),
  sectors: z.array(z.string().max(40)).min(1).max(20),
  reviewOn: z.iso.date().nullable().default(null),
});

export const commitmentBody = z.object({
  party: localityId,
  sector: z.string().max(40),
  what: textIn,
  startsOn: z.iso.date(),
  dueOn: z.iso.date(),
  budgetShares: z.record(z.string().max(20), z.number().min(0).max(100)).default({}).describe("percent of the cost per party (locality id) and 'central'; together at most 100"),
});

export const reportBody = z.object({
  period: z.string().max(10).describe('a quarter, e.g. 2025-Q1'),
  percent: z.number().min(0).max(100),
  statusNote: z.string().trim().max(2000).default(''),
});

export const documentBody = z.object({ name: z.string().min(1).max(200), base64: z.base64().describe('the signed agreement, PDF or DOCX') });

const localityOut = z.object({ id: z.string(), name: z.string(), nameEn: z.string(), successor: z.object({ id: z.string(), name: z.string() }) });

export const intentResponse = z
  .object({
    id: z.uuid(),
    direction: z.enum(intentDirections),
    locality: localityOut,
    sector: z.string(),
    kind: z.enum(intentKinds),
    text: textOut,
    size: z.number(),
    startsOn: z.string().nullable(),
    endsOn: z.string().nullable(),
    evidence: z.object({ index: z.string(), indicator: z.string(), year: z.number().nullable() }).nullable(),
    editable: z.boolean(),
  })
  .meta({ id: 'LinkageIntent' });

export const practiceResponse = z
  .object({ total: z.number(), onPaper: z.number(), started: z.number(), onTrack: z.number(), done: z.number(), moved: z.number(), rate: z.number().nullable() })
  .meta({ id: 'LinkagePractice' });

export const commitmentResponse = z
  .object({
    id: z.uuid(),
    party: localityOut,
    sector: z.string(),
    what: textOut,
    startsOn: z.string(),
    dueOn: z.string(),
    budgetShares: z.record(z.string(), z.number()),
    progress: z.number(),
    status: rag,
    stage,
    reports: z.array(z.object({ period: z.string(), percent: z.number(), statusNote: z.string(), submittedOn: z.string() })),
    editable: z.boolean(),
  })
  .meta({ id: 'LinkageCommitment' });

export const agreementResponse = z
  .object({
    id: z.uuid(),
    title: textOut,
    parties: z.array(localityOut),
    startsOn: z.string(),
    endsOn: z.string(),
    sectors: z.array(z.string()),
    reviewOn: z.string().nullable(),
    illustrativeNote: z.string().nullable(),
    nowInternal: z.boolean().describe('every party has become one province since 1 July 2025'),
    document: z.object({ name: z.string(), type: z.string() }).nullable(),
    commitments: z.array(commitmentResponse),
    practice: practiceResponse,
  })
  .meta({ id: 'LinkageAgreement' });

export const regionResponse = z
  .object({
    spaceId: z.uuid(),
    localities: z.array(localityOut),
    officials: z.array(z.object({ userId: z.uuid(), localityId: z.string() })),
    sectors: z.array(z.object({ key: z.string(), vi: z.string(), en: z.string() })),
    permissions: z.object({ coordinate: z.boolean(), editFor: z.array(z.string()).describe('member localities the caller edits') }),
  })
  .meta({ id: 'LinkageRegion' });

export const intentListResponse = z.object({ intents: z.array(intentResponse) });
export const agreementListResponse = z.object({ agreements: z.array(agreementResponse) });
export const provincePracticeResponse = z
  .object({
    provinces: z.array(z.object({ locality: localityOut, practice: practiceResponse, commitments: z.number(), from: z.array(z.string()).describe('the parties read onto this province') })),
  })
  .meta({ id: 'LinkageProvincePractice' });

export const onQuery = z.object({ on: z.iso.date().optional().describe('the day to read progress on (today, in Viet Nam, when left out)') });

export const suggestionQuery = z.object({ maxCycle: z.enum(['2', '3']).default('3').transform((v) => (v === '3' ? 3 : 2) as 2 | 3).describe('2: pairs only; 3: pairs and three-way cycles') });
export const suggestionResponse = z
  .object({
    maxCycle: z.number(),
    exchanges: z.array(
      z.object({
        members: z.array(localityOut).describe('in giving order: each gives to the next, the last to the first'),
        gains: z.array(z.object({ localityId: z.string(), gain: z.number() })),
        score: z.number().describe('harmonic mean of the members’ gains'),
        words: z.object({ vi: z.string(), en: z.string() }),
        flows: z.array(z.object({ giver: z.string(), taker: z.string(), meetings: z.array(z.object({ offerId: z.uuid(), needId: z.uuid(), value: z.number() })) })),
      }),
    ),
    total: z.number(),
    exact: z.boolean().describe('false when the search stopped at its cap; upperBound is then what no answer can beat'),
    upperBound: z.number(),
  })
  .meta({ id: 'LinkageSuggestions' });
export const practiceOverTimeResponse = z
  .object({ points: z.array(z.object({ quarter: z.string(), on: z.string(), practice: practiceResponse })).describe('one per quarter of the agreement up to today') })
  .meta({ id: 'LinkagePracticeOverTime' });
