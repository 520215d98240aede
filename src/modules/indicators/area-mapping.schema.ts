// Request and response shapes of the area mapping (zod; also the OpenAPI document). The body is checked
// for shape here; which areas and figures exist is checked by core/indices/area-mapping.ts, so that the
// 400 names the area and the key at fault.
import { z } from 'zod';
import { indexKeys } from './indicator.table';

const labelled = { vi: z.string(), en: z.string() };
const source = z.enum([...indexKeys, 'GSO']);
const need = z.enum(['higher', 'lower']);
const linkIn = z.object({
  index: z.string().max(16).describe('PCI, PAPI, PGI, or GSO for an official statistics dataset'),
  key: z.string().max(80),
  weight: z.number().optional().describe('share in the area’s mean (default 1), above 0'),
  need: need.optional().describe('statistics only: which side of the figure means more need (default: the dataset’s direction)'),
});
const linkOut = z
  .object({ index: source, key: z.string(), weight: z.number().optional(), need: need.optional() })
  .meta({ id: 'MappingLink' });

export const mappingBody = z.object({
  mapping: z
    .record(z.string().max(80), z.array(linkIn).max(200))
    .describe('priority area key → the figures linked to it ({ index, key }); an area left out has no figure'),
});

export const mappingResponse = z.object({
  mapping: z.record(z.string(), z.array(linkOut)).describe('priority area key → the figures linked to it, all eight areas'),
  isDefault: z.boolean().describe('true while the built-in default is in force (never changed, or reset)'),
  version: z.number().int().describe('0 before any change; one more with every change'),
  changedBy: z.string().nullable(),
  changedAt: z.string().nullable(),
  areas: z.array(z.object({ key: z.string(), ...labelled })),
  figures: z
    .array(
      z
        .object({ index: source, key: z.string(), ...labelled, dimension: z.string().optional(), needByDirection: need.nullable().optional().describe('statistics: the side of need by the dataset’s direction; null: a link must give it') })
        .meta({ id: 'MappableFigure' }),
    )
    .describe('every figure a mapping may name: PCI sub-indices, PAPI dimensions and sub-dimensions, PGI sub-indices, GSO statistics datasets'),
}).meta({ id: 'AreaMapping' });
