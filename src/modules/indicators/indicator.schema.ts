// Request and response shapes of the evidence API (zod; also the OpenAPI document).
import { z } from 'zod';
import type { UnitSet } from '../../core/localities/types';
import { REGIONS } from '../../core/localities/regions';
import { localizedOut } from '../../http/schema';
import { indexKeys } from './indicator.table';

/** PCI, PAPI or PGI, in either letter case; always upper case once read. */
export const indexKey = z.enum([...indexKeys, 'pci', 'papi', 'pgi']).transform((k) => k.toUpperCase() as (typeof indexKeys)[number]);
const unit = z.enum(['63', '34']).default('63').transform((u) => Number(u) as UnitSet);
const year = z.coerce.number().int().min(2000).max(2100);
const code = z.string().regex(/^\d{2}$/, 'a two-digit GSO code');

export const editionParams = z.object({ index: indexKey, year });
export const unitQuery = z.object({ unit });
export const codeParams = z.object({ code });
export const localitiesQuery = z.object({ date: z.iso.date().optional() });
export const compareQuery = z.object({
  codes: z
    .string()
    .regex(/^\d{2}(,\d{2}){0,19}$/, 'up to 20 two-digit GSO codes separated by commas')
    .transform((s) => [...new Set(s.split(','))]),
  index: indexKey,
  unit,
  year: year.optional(),
});
export const evidenceQuery = z.object({ year: year.optional(), unit });
export const importQuery = z.object({
  name: z.string().min(1).max(255).describe('the file name, e.g. PCI_2016.xlsx: its extension says how to read the bytes'),
  index: indexKey.optional(),
  year: year.optional(),
});
export const importBody = z
  .custom<Buffer>((v) => Buffer.isBuffer(v), 'the file as raw bytes (Content-Type: application/octet-stream)')
  .meta({ type: 'string', format: 'binary' });

const unitSet = z.union([z.literal(63), z.literal(34)]);
const localityRef = z.object({ code: z.string(), name: z.string() });
const region = z.object({ key: z.enum(REGIONS.map((r) => r.key) as [string, ...string[]]), vi: z.string(), en: z.string() }).meta({ id: 'Region' });
const localityDetail = localityRef.extend({ set: unitSet, fullName: z.string(), nameEn: z.string(), region }).meta({ id: 'LocalityDetail' });
const source = z.object({ file: z.string(), sha256: z.string(), importedAt: z.string() }).meta({ id: 'EditionSource' });
const labelled = z.object({ key: z.string(), vi: z.string(), en: z.string() }).meta({ id: 'IndexFigureLabel' });
const placing = z.object({ rank: z.number().int(), of: z.number().int(), percentile: z.number() });
const gap = z.object({ year: z.number().int(), localityCode: z.string(), missing: z.array(z.string()) });

export const editionsResponse = z.object({
  indices: z.array(z.object({ key: z.enum(indexKeys), vi: z.string(), en: z.string(), publisher: z.string(), firstYear: z.number().int() })),
  editions: z.array(
    z.object({ index: z.enum(indexKeys), year: z.number().int(), rows: z.number().int(), source, importedBy: z.string(), gaps: z.array(gap) }),
  ),
}).meta({ id: 'Editions' });

export const editionResponse = z.object({
  index: z.enum(indexKeys),
  year: z.number().int(),
  unit: unitSet,
  source,
  method: z.string().optional().describe('how the 34 were formed from the published 63 (only with unit=34)'),
  uncovered: z.array(localityRef).optional(),
  dimensions: z.array(labelled),
  rows: z.array(
    z.object({
      locality: localityRef,
      score: z.number().nullable(),
      rank: z.number().int().nullable(),
      dimensions: z.record(z.string(), z.number()),
      constituents: z.array(localityRef.extend({ weight: z.number() })).optional(),
      missing: z.array(localityRef).optional(),
      partial: z.record(z.string(), z.array(z.string())).optional(),
    }).meta({ id: 'EditionRow' }),
  ),
}).meta({ id: 'Edition' });


export const importResponse = z.object({
  file: z.string(),
  sha256: z.string(),
  index: z.enum(indexKeys),
  changed: z.boolean(),
  editions: z.array(
    z.object({
      year: z.number().int(),
      rows: z.number().int(),
      outcome: z.enum(['created', 'replaced', 'unchanged']),
      reason: z.enum(['same-file', 'same-values']).optional(),
      previous: z.object({ file: z.string(), sha256: z.string() }).optional(),
      gaps: z.array(gap),
    }),
  ),
}).meta({ id: 'IndexImportReport' });

export const localitiesResponse = z.object({
  date: z.string(),
  set: unitSet,
  localities: z.array(
    localityDetail.extend({
      id: z.string(),
      kind: z.enum(['province', 'city']),
      validFrom: z.string(),
      validTo: z.string().nullable(),
      successor: localityRef.optional(),
      predecessors: z.array(localityRef).optional(),
    }).meta({ id: 'LocalityUnit' }),
  ),
}).meta({ id: 'LocalityUnits' });

const dimensionGap = labelled.extend({
  value: z.number(),
  best: z.number(),
  bestCodes: z.array(z.string()),
  gapToBest: z.number(),
  regionalMedian: z.number(),
  gapToRegionalMedian: z.number(),
  nationalRank: z.number().int(),
  nationalPercentile: z.number(),
  regionalPercentile: z.number(),
});
const point = z.object({ year: z.number().int(), value: z.number() });

export const profileResponse = z.object({
  locality: localityDetail,
  unit: unitSet,
  indices: z.array(
    z.object({
      index: z.enum(indexKeys),
      vi: z.string(),
      en: z.string(),
      years: z.array(
        z.object({
          year: z.number().int(),
          score: z.number().nullable(),
          national: placing.nullable(),
          regional: placing.nullable(),
          nationalMedian: z.number().nullable(),
          regionalMedian: z.number().nullable(),
          dimensions: z.array(dimensionGap),
          weakest: z.array(z.string()).describe('the three dimensions with the lowest national percentile'),
          source,
        }).meta({ id: 'ProfileYear' }),
      ),
      missingYears: z.array(z.number().int()).describe('editions with no row for the province (left blank by the publisher)'),
      trend: z
        .object({ from: point, to: point, change: z.number(), slopePerYear: z.number().nullable(), points: z.number().int(), methodBreaks: z.array(z.number().int()) })
        .nullable(),
    }).meta({ id: 'ProfileIndex' }),
  ),
}).meta({ id: 'Profile' });

export const compareResponse = z.object({
  index: z.enum(indexKeys),
  unit: unitSet,
  year: z.number().int().nullable().describe('the edition whose dimensions are compared'),
  dimensions: z.array(labelled),
  localities: z.array(
    z.object({
      locality: localityDetail,
      series: z.array(z.object({ year: z.number().int(), score: z.number().nullable(), rank: z.number().int().nullable(), percentile: z.number().nullable() })),
      dimensions: z.record(z.string(), z.object({ value: z.number(), rank: z.number().int(), percentile: z.number() })).nullable(),
    }),
  ),
}).meta({ id: 'Comparison' });

export const coverageSchema = z
  .object({
    figures: z.number().int().describe('figures that feed the need score'),
    direct: z.number().int().describe('of which official statistics: the need measured directly'),
    governance: z.number().int().describe('of which index figures: how the area is governed'),
    unavailable: z.number().int(),
    latestYear: z.number().int().nullable(),
    oldestYear: z.number().int().nullable(),
    basis: z.enum(['direct', 'mixed', 'governance-only', 'none']).describe('governance-only: the score rests on a governance proxy alone'),
    directShare: z.number().nullable().describe('share of the weight carried by direct measures'),
  })
  .meta({ id: 'EvidenceCoverage' });
const link = z.object({ index: z.enum([...indexKeys, 'GSO']), key: z.string(), vi: z.string(), en: z.string() });
export const evidenceResponse = z.object({
  locality: localityDetail,
  unit: unitSet,
  year: z.number().int().nullable(),
  method: localizedOut,
  editions: z.array(z.object({ index: z.enum(indexKeys), year: z.number().int(), source })),
  areas: z.array(
    z.object({
      area: z.string(),
      vi: z.string(),
      en: z.string(),
      need: z.number().nullable(),
      coverage: coverageSchema,
      used: z.array(
        link.extend({
          year: z.number().int(),
          value: z.number(),
          percentile: z.number().describe('national percentile oriented so that 100 = least need'),
          weight: z.number(),
          need: z.enum(['higher', 'lower']).describe('which side of the figure means more need'),
          direct: z.boolean().describe('true for an official statistic (the need itself), false for an index figure (its governance)'),
        }),
      ),
      unavailable: z.array(link),
    }),
  ),
}).meta({ id: 'PriorityEvidence' });
