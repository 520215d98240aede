// Request and response shapes of decentralisation planning (zod; they also make the OpenAPI document).
// Sectors, kinds and levels are plain strings here and checked by core/devolution, so that an unknown one
// is refused with a sentence naming it rather than a list of allowed values.
import { z } from 'zod';
import { noteKinds, reviewStatuses, unitKinds } from './devolution.table';

const textIn = z.object({ vi: z.string().trim().min(1).max(300), en: z.string().trim().min(1).max(300).nullable().default(null) });
const textOut = z.object({ vi: z.string(), en: z.string().nullable() });
const code = z.string().trim().min(1).max(40);
const levelIn = z.string().max(20).describe('province, district (until 30 June 2025) or commune');
const amount = z.number().describe('at least 0');

export const spaceParams = z.object({ id: z.uuid() });
export const activityParams = spaceParams.extend({ code });
export const scenarioParams = spaceParams.extend({ scenarioId: z.uuid() });
export const unitParams = spaceParams.extend({ unit: code });
export const officialParams = spaceParams.extend({ userId: z.uuid() });

export const unitsBody = z.object({
  units: z.array(z.object({ key: code, name: textIn, kind: z.enum(unitKinds), focal: z.boolean().default(false) })).max(200),
});
export const officialBody = z.object({ unit: code.nullable() });

export const activityBody = z.object({
  code,
  sector: z.string().max(40),
  unit: code,
  functionCode: z.string().max(40),
  functionName: z.string().max(500),
  name: z.string().max(500),
  kind: z.string().max(20).describe('regulate, plan, finance, deliver or monitor'),
  legalDocument: z.string().max(300),
  legalArticle: z.string().max(100).default(''),
  level: levelIn,
  workload: amount.describe('cases a year, at least 0'),
  staff: amount.describe('staff (full-time equivalents), at least 0'),
  budget: amount.describe('million đồng a year, at least 0'),
});

const scores = z.record(z.string().max(20), z.number()).describe('criterion → −2 (much worse than today) … +2 (much better): subsidiarity, scale, spillover, capacity, accountability');

export const moveBody = z.object({
  activity: code,
  to: levelIn,
  rationale: z.string().max(2000).default(''),
  phase: z.string().trim().min(1).max(100),
  date: z.string().max(10).describe('YYYY-MM-DD: the day the move takes effect'),
  investment: z.number().default(0).describe('one-off investment, million đồng'),
  scores: scores.optional(),
});

export const scenarioBody = z.object({
  key: z.string().regex(/^[a-z0-9-]{1,60}$/).describe('short code, a-z 0-9 -'),
  name: textIn,
  date: z.string().max(10).describe('YYYY-MM-DD: the day the assignment is for'),
  moves: z.array(moveBody).max(2000),
});

export const noteBody = z.object({
  kind: z.enum(noteKinds),
  activityCode: code.nullable().default(null),
  proposedLevel: z.enum(['province', 'district', 'commune']).nullable().default(null),
  text: z.string().trim().min(1).max(4000),
});

export const reportQuery = z.object({ lang: z.enum(['vi', 'en']).default('vi').describe('the report’s language: vi (default) or en') });

export const compareQuery = z.object({
  method: z.enum(['weighted-sum', 'topsis']).default('weighted-sum'),
  subsidiarity: z.coerce.number().min(0).default(1),
  scale: z.coerce.number().min(0).default(1),
  spillover: z.coerce.number().min(0).default(1),
  capacity: z.coerce.number().min(0).default(1),
  accountability: z.coerce.number().min(0).default(1),
});

const label = z.object({ key: z.string(), vi: z.string(), en: z.string() });
const unitOut = z.object({ key: z.string(), name: textOut, kind: z.enum(unitKinds), focal: z.boolean() });

export const spaceResponse = z.object({
  spaceId: z.string(),
  units: z.array(unitOut),
  officials: z.array(z.object({ userId: z.string(), unit: z.string() })),
  sectors: z.array(label),
  levels: z.array(label),
  kinds: z.array(label),
  criteria: z.array(label),
  permissions: z.object({ coordinate: z.boolean(), editUnits: z.array(z.string()), signOff: z.array(z.string()) }),
});
export const unitsResponse = z.object({ units: z.array(unitOut) });

export const activityResponse = activityBody.extend({ editable: z.boolean() });
export const activityListResponse = z.object({ activities: z.array(activityResponse) });

const figures = z.object({ functions: z.number(), activities: z.number(), workload: z.number(), staff: z.number(), budget: z.number() });
const cell = figures.extend({ level: z.string(), sector: z.string() });
const perStaff = z.object({ workload: z.number(), staff: z.number(), perStaff: z.number().nullable() });
const moveOut = moveBody.extend({ rationale: z.string(), investment: z.number() });

export const scenarioResponse = z.object({
  id: z.string(),
  key: z.string(),
  name: textOut,
  date: z.string(),
  moves: z.array(moveOut),
  illustrativeNote: z.string().nullable(),
  updatedAt: z.string(),
});
export const scenarioListResponse = z.object({ scenarios: z.array(scenarioResponse) }).meta({ id: 'DevolutionScenarios' });
export const analysisResponse = scenarioResponse.extend({
  analysis: z.object({
    before: z.array(cell),
    after: z.array(cell),
    levels: z.object({ before: z.record(z.string(), figures), after: z.record(z.string(), figures) }),
    capacity: z.array(z.object({ level: z.string(), receives: z.number(), before: perStaff, after: perStaff })),
    roadmap: z.array(z.object({ phase: z.string(), from: z.string(), to: z.string(), moves: z.array(moveOut), investment: z.number() })),
    investment: z.number(),
    stranded: z.array(z.string()).describe('activities left at a level that no longer exists on the scenario’s day'),
  }),
});

export const comparisonResponse = z.object({
  method: z.enum(['weighted-sum', 'topsis']),
  alternatives: z.array(z.object({ key: z.string(), name: textOut, values: z.record(z.string(), z.number()), score: z.number() })),
  weights: z.record(z.string(), z.number()),
  ranking: z.array(z.array(z.string())),
  sensitivity: z.object({
    top: z.string(),
    method: z.enum(['exact', 'search']),
    criteria: z.array(z.object({ criterion: z.string(), weight: z.number(), first: z.tuple([z.number(), z.number()]) })),
  }),
}).meta({ id: 'DevolutionComparison' });

export const noteResponse = z.object({
  id: z.string(),
  unit: z.string(),
  kind: z.enum(noteKinds),
  activityCode: z.string().nullable(),
  proposedLevel: z.string().nullable(),
  text: z.string(),
  authorUserId: z.string().nullable(),
  createdAt: z.string(),
});
export const reviewListResponse = z.object({
  reviews: z.array(z.object({ unit: z.string(), name: textOut, status: z.enum(reviewStatuses), signedOffAt: z.string().nullable(), signedOffBy: z.string().nullable(), notes: z.number() })),
  notYetReviewed: z.array(z.string()).describe('units that have not signed off'),
});
export const noteListResponse = z.object({ notes: z.array(noteResponse) });
