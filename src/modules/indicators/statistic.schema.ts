// Request and response shapes of official statistics in the evidence API (zod; also the OpenAPI document).
import { z } from 'zod';
import { localizedOut } from '../../http/schema';
import { aggregations, directions } from './statistic.table';

const year = z.coerce.number().int().min(1900).max(2100);
const unit = z.enum(['63', '34']).default('63').transform((u) => Number(u) as 63 | 34);
const key = z.string().regex(/^[a-z0-9][a-z0-9.-]{1,80}$/, 'a dataset key such as gso.poverty-rate');

export const datasetParams = z.object({ key, year });
export const datasetQuery = z.object({ unit });
export const statisticsImportQuery = z.object({
  name: z.string().min(1).max(255).describe('the file name as downloaded, e.g. "Poverty rate by province.csv"'),
});

const localityRef = z.object({ code: z.string(), name: z.string() });
const derivedInput = z.object({ key: z.string(), name: localizedOut, source: z.object({ file: z.string(), sha256: z.string(), importedAt: z.string() }) });
export const datasetInfo = z
  .object({
    key: z.string(),
    name: localizedOut,
    unit: localizedOut,
    definition: localizedOut,
    direction: z.enum(directions),
    aggregation: z.enum(aggregations).describe('sum: a count, summed onto the 34; rate: weighted onto the 34 by its declared denominator, refused when that is not held'),
    source: localizedOut,
    licence: localizedOut,
    breaks: z
      .array(z.object({ year: z.number().int(), why: localizedOut }))
      .describe('breaks in the series: figures from `year` on are not comparable with those before; a trend must not join them'),
  })
  .meta({ id: 'StatisticDataset' });

export const datasetsResponse = z
  .object({
    datasets: z.array(
      datasetInfo.extend({
        years: z.array(z.object({ year: z.number().int(), localities: z.number().int(), preliminary: z.boolean() })),
      }),
    ),
  })
  .meta({ id: 'StatisticDatasets' });

export const datasetValuesResponse = z
  .object({
    dataset: datasetInfo,
    year: z.number().int(),
    unit: z.union([z.literal(63), z.literal(34)]),
    preliminary: z.boolean().describe('the year came from a "Pre. 2016" column: GSO may revise it'),
    source: z.object({ file: z.string(), sha256: z.string(), importedAt: z.string() }),
    method: localizedOut.optional().describe('how the 34 were formed from the 63 (only with unit=34)'),
    derived: z
      .object({ formula: localizedOut, numerator: derivedInput, denominator: derivedInput })
      .optional()
      .describe('a derived measure: computed on request from two imported datasets, each row with its numerator and denominator'),
    rows: z.array(
      z.object({
        locality: localityRef,
        value: z.number().nullable(),
        rank: z.number().int().nullable().describe('by the dataset direction: 1 is best (a neutral dataset: largest)'),
        constituents: z.array(localityRef).optional(),
        missing: z.array(localityRef).optional(),
        numerator: z.number().nullable().optional(),
        denominator: z.number().nullable().optional(),
      }),
    ),
  })
  .meta({ id: 'StatisticValues' });

export const statisticsImportResponse = z
  .object({
    file: z.string(),
    sha256: z.string(),
    title: z.string(),
    changed: z.boolean(),
    datasets: z.array(
      z.object({
        key: z.string(),
        name: localizedOut,
        unit: localizedOut,
        years: z.array(z.number().int()),
        localities: z.number().int(),
        outcome: z.enum(['created', 'replaced', 'unchanged']),
        changedYears: z.array(z.number().int()),
      }),
    ),
    setAside: z.array(z.object({ line: z.number().int(), name: z.string(), vi: z.string(), en: z.string() })),
  })
  .meta({ id: 'StatisticsImportReport' });

const point = z.object({ year: z.number().int(), value: z.number(), preliminary: z.boolean().describe('from a "Pre. 2016" column: GSO may revise it') });
export const provinceStatisticsResponse = z
  .object({
    locality: localityRef,
    unit: z.union([z.literal(63), z.literal(34)]),
    datasets: z.array(
      datasetInfo.extend({
        latest: point.nullable(),
        points: z.array(point).describe('the province\'s figures, year by year'),
        segments: z
          .array(z.object({ from: z.number().int(), to: z.number().int() }))
          .describe('the points cut at the dataset\'s breaks: a trend joins the points of one segment only'),
        method: localizedOut.optional().describe('how the 34 were formed from the 63 (only with unit=34)'),
      }),
    ),
    withheld: z.array(z.object({ key: z.string(), name: localizedOut })).describe('rates held for the 63 and not carried onto the 34 without their denominators'),
  })
  .meta({ id: 'ProvinceStatistics' });
