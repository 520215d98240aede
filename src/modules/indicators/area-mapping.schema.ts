// Request and response shapes of the area mapping (zod; also the OpenAPI document). The body is checked
// for shape here; which areas and figures exist is checked by core/indices/area-mapping.ts, so that the
// 400 names the area and the key at fault.
import { z } from 'zod';
import { indexKeys } from './indicator.table';

const labelled = { vi: z.string(), en: z.string() };
const linkIn = z.object({ index: z.string().max(16), key: z.string().max(80) });
const linkOut = z.object({ index: z.enum(indexKeys), key: z.string() }).meta({ id: 'MappingLink' });

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
    .array(z.object({ index: z.enum(indexKeys), key: z.string(), ...labelled, dimension: z.string().optional() }).meta({ id: 'MappableFigure' }))
    .describe('every figure a mapping may name: PCI sub-indices, PAPI dimensions and sub-dimensions, PGI sub-indices'),
}).meta({ id: 'AreaMapping' });
