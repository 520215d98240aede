// Request and response shapes of priority exercises (/work/notes/priorities-api.md). The schema checks
// the form; what depends on the exercise (distinct keys, a value per alternative, 3–10 criteria) is
// checked in priority.rules.ts so that each problem gets its own Vietnamese and English sentence.
import { z } from 'zod';
import { localized, localizedOut } from '../../http/schema';
import { criterionKinds } from './priority.types';

const key = z.string().regex(/^[a-z0-9-]{1,40}$/, 'lowercase letters, digits and hyphens, up to 40 characters');
const year = z.number().int().min(2005).max(2100);
const localityCode = z.string().regex(/^\d{2}$/, 'a two-digit GSO province code');

export const exerciseParams = z.object({ id: z.uuid() });

export const alternativeIn = z.object({ key, title: localized });
export const exerciseCreateBody = z.object({
  title: localized,
  localityCode,
  year: year.nullable().optional(),
  consultationId: z.uuid().nullable().optional(),
  alternatives: z.array(alternativeIn).max(50).optional(),
});
export const exercisePatchBody = z.object({
  title: localized.optional(),
  localityCode: localityCode.optional(),
  year: year.nullable().optional(),
  consultationId: z.uuid().nullable().optional(),
});

export const criterionIn = z.object({
  key,
  title: localized,
  kind: z.enum(criterionKinds),
  direction: z.enum(['benefit', 'cost']),
  group: z.string().max(64).nullable().optional(),
  values: z.record(z.string(), z.number()).optional(),
});
export const criteriaBody = z.object({ criteria: z.array(criterionIn).max(50) });

export const scenarioIn = z.object({
  key,
  title: localized,
  method: z.enum(['topsis', 'weighted-sum']),
  weights: z.union([z.literal('ahp'), z.record(z.string(), z.number())]),
});
export const scenariosBody = z.object({ scenarios: z.array(scenarioIn).max(50) });

export const judgmentsBody = z.object({ judgments: z.record(z.string(), z.number()) });

// ---- answers
const criterionOut = z.object({
  key: z.string(),
  title: localizedOut,
  kind: z.enum(criterionKinds),
  direction: z.enum(['benefit', 'cost']),
  group: z.string().nullable().optional(),
  values: z.record(z.string(), z.number()).optional(),
}).meta({ id: 'PriorityCriterion' });
const alternativeOut = z.object({ key: z.string(), title: localizedOut }).meta({ id: 'PriorityAlternative' });
const scenarioOut = z
  .object({ key: z.string(), title: localizedOut, method: z.enum(['topsis', 'weighted-sum']), weights: z.union([z.literal('ahp'), z.record(z.string(), z.number())]) })
  .meta({ id: 'PriorityScenario' });

export const exerciseResponse = z.object({
  id: z.string(),
  spaceId: z.string(),
  title: localizedOut,
  localityCode: z.string(),
  year: z.number().nullable(),
  consultationId: z.string().nullable(),
  alternatives: z.array(alternativeOut),
  criteria: z.array(criterionOut),
  scenarios: z.array(scenarioOut),
  createdAt: z.string(),
  updatedAt: z.string(),
  permissions: z.object({ edit: z.boolean(), answer: z.boolean() }),
}).meta({ id: 'PriorityExercise' });

export const exerciseListResponse = z.object({
  exercises: z.array(
    z.object({ id: z.string(), title: localizedOut, localityCode: z.string(), year: z.number().nullable(), updatedAt: z.string() }).meta({ id: 'PriorityExerciseSummary' }),
  ),
});

export const judgmentsResponse = z.object({
  criteria: z.array(z.string()),
  mine: z.record(z.string(), z.number()).nullable(),
  officials: z.array(
    z.object({ userId: z.string(), name: z.string(), cr: z.number(), weights: z.record(z.string(), z.number()), updatedAt: z.string() }).meta({ id: 'PriorityOfficial' }),
  ),
  combined: z
    .object({
      weights: z.record(z.string(), z.number()),
      lambdaMax: z.number(),
      ci: z.number(),
      cr: z.number(),
      revisit: z.array(z.object({ pair: z.string(), given: z.number(), implied: z.number() })),
    })
    .nullable(),
}).meta({ id: 'PriorityJudgments' });

/** A published figure behind an evidence-gap value; vi and en are the figure's published name. */
const evidenceItem = z
  .object({
    index: z.string().describe('PCI, PAPI, PGI, or GSO for an official statistic'),
    key: z.string(),
    year: z.number(),
    value: z.number(),
    percentile: z.number(),
    vi: z.string(),
    en: z.string(),
    weight: z.number().optional(),
    direct: z.boolean().optional().describe('true: an official statistic measuring the need; false: an index figure on its governance'),
  })
  .meta({ id: 'PriorityEvidenceFigure' });
const coverage = z
  .object({
    figures: z.number().int(),
    direct: z.number().int(),
    governance: z.number().int(),
    unavailable: z.number().int(),
    latestYear: z.number().int().nullable(),
    oldestYear: z.number().int().nullable(),
    basis: z.enum(['direct', 'mixed', 'governance-only', 'none']),
    directShare: z.number().nullable(),
  })
  .meta({ id: 'PriorityEvidenceCoverage' });
export const matrixResponse = z.object({
  alternatives: z.array(alternativeOut),
  criteria: z.array(criterionOut),
  values: z.array(z.array(z.number().nullable())),
  sources: z.array(
    z.object({
      criterion: z.string(),
      kind: z.enum(criterionKinds),
      description: localizedOut,
      evidence: z.record(z.string(), z.array(evidenceItem)).optional(),
      coverage: z
        .record(z.string(), coverage)
        .optional()
        .describe('evidence gap: per area, the figures behind the value; basis governance-only = a governance proxy alone, not a measured need'),
      consultation: z.object({ id: z.string(), title: localizedOut, method: z.string(), ballots: z.number(), group: z.string().nullable() }).optional(),
    }).meta({ id: 'PrioritySource' }),
  ),
}).meta({ id: 'PriorityMatrix' });

const interval = z.tuple([z.number(), z.number()]);
export const resultsResponse = z.object({
  matrix: matrixResponse,
  scenarios: z.array(
    z.object({
      key: z.string(),
      title: localizedOut,
      method: z.enum(['topsis', 'weighted-sum']),
      weights: z.record(z.string(), z.number()),
      weightSource: z.enum(['ahp', 'direct']),
      consistency: z.object({ cr: z.number(), officials: z.number() }).optional(),
      ranking: z.array(z.string()),
      scores: z.record(z.string(), z.number()),
      contributions: z.record(z.string(), z.record(z.string(), z.number())),
      explanation: z.record(z.string(), localizedOut),
      sensitivity: z.array(z.object({ criterion: z.string(), weight: z.number(), first: interval, top3: interval }).meta({ id: 'PrioritySensitivity' })),
      acceptability: z.record(z.string(), z.array(z.number())),
    }).meta({ id: 'PriorityScenarioResult' }),
  ),
  agreement: z.object({ firstSame: z.boolean(), kendallTau: z.number().optional() }),
}).meta({ id: 'PriorityResults' });

export const exerciseCreatedResponse = z.object({ id: z.string() });
