// The official statistics held for one province: per dataset its description, source and breaks, the figures
// year by year cut into segments at the breaks (core/statistics/series.ts), and the latest figure. On the 34 a
// count is the sum of the predecessors' figures (core/statistics/reaggregate.ts); a rate is their rates weighted
// by the denominator the catalogue declares, year by year where that is held, and otherwise listed as withheld —
// never averaged plainly. Derived measures are not listed here (their own route computes them).
import { and, asc, eq } from 'drizzle-orm';
import { derivedSpec } from '../../core/statistics/derived';
import { rateMethod, rateOnto34, SUM_METHOD, sumOnto34 } from '../../core/statistics/reaggregate';
import { GSO_DATASETS } from '../../core/statistics/catalogue';
import { latestPoint, segmentsAt, type SeriesPoint } from '../../core/statistics/series';
import type { Text } from '../../core/statistics/types';
import type { UnitSet } from '../../core/localities/types';
import { predecessorsOf } from '../../core/localities/units';
import type { Db } from '../../db/connection';
import { requireLocality } from './profile.service';
import { statisticValues } from './statistic.table';
import { listDatasets, type DatasetInfo } from './statistic.service';

export type ProvinceDataset = DatasetInfo & {
  latest: SeriesPoint | null;
  points: SeriesPoint[];
  segments: Array<{ from: number; to: number }>;
  /** On the 34: how the figure was formed. */
  method?: Text;
};

export type ProvinceStatistics = {
  locality: ReturnType<typeof requireLocality>;
  unit: UnitSet;
  datasets: ProvinceDataset[];
  /** Rates on the 34 held for the 63 but not carried onto the 34: their denominator is not held. */
  withheld: Array<{ key: string; name: Text }>;
};

export async function provinceStatistics(db: Db, code: string, unit: UnitSet): Promise<ProvinceStatistics> {
  const locality = requireLocality(unit, code);
  const held = (await listDatasets(db)).filter((d) => !derivedSpec(d.key));
  const datasets: ProvinceDataset[] = [];
  const withheld: ProvinceStatistics['withheld'] = [];
  for (const info of held) {
    const formed = await seriesOf(db, info, held, unit, code);
    if (!formed) {
      withheld.push({ key: info.key, name: info.name });
      continue;
    }
    if (!formed.points.length) continue;
    const { years: _years, ...description } = info;
    datasets.push({
      ...description,
      latest: latestPoint(formed.points),
      points: formed.points,
      segments: segmentsAt(formed.points, info.breaks).map(({ from, to }) => ({ from, to })),
      ...(formed.method ? { method: formed.method } : {}),
    });
  }
  return { locality, unit, datasets, withheld };
}

async function ownPoints(db: Db, key: string, code: string): Promise<SeriesPoint[]> {
  return db
    .select({ year: statisticValues.year, value: statisticValues.value, preliminary: statisticValues.preliminary })
    .from(statisticValues)
    .where(and(eq(statisticValues.datasetKey, key), eq(statisticValues.localityCode, code)))
    .orderBy(asc(statisticValues.year));
}

/** A dataset's figures for the province, and on the 34 how they were formed; null for a rate that cannot be carried there. */
async function seriesOf(db: Db, info: DatasetInfo, held: readonly DatasetInfo[], unit: UnitSet, code: string): Promise<{ points: SeriesPoint[]; method?: Text } | null> {
  if (unit === 63) return { points: await ownPoints(db, info.key, code) };
  if (info.aggregation === 'sum') return { points: await summedPoints(db, info.key, code), method: SUM_METHOD };
  const denominator = held.find((d) => d.key === GSO_DATASETS.get(info.key)?.denominator);
  const points = denominator ? await weightedPoints(db, info.key, denominator.key, code) : [];
  return points.length ? { points, method: rateMethod(denominator!.name) } : null;
}

/** A 34-unit's yearly rates weighted by the denominator of the same year; none where a predecessor lacks either. */
async function weightedPoints(db: Db, key: string, denominatorKey: string, code: string): Promise<SeriesPoint[]> {
  const [rates, weights] = await Promise.all([predecessorPoints(db, key, code), predecessorPoints(db, denominatorKey, code)]);
  return mergedByYear(rates, (ofYear, year) => {
    const weightOf = new Map(weights.filter((w) => w.year === year).map((w) => [w.code, w.value]));
    return rateOnto34(new Map(ofYear.map((r) => [r.code, r.value])), weightOf).find((r) => r.code === code)?.value ?? null;
  });
}

/** A 34-unit's yearly sums: a year where any predecessor lacks a figure has none. */
async function summedPoints(db: Db, key: string, code: string): Promise<SeriesPoint[]> {
  const rows = await predecessorPoints(db, key, code);
  return mergedByYear(rows, (ofYear) => sumOnto34(new Map(ofYear.map((r) => [r.code, r.value]))).find((r) => r.code === code)?.value ?? null);
}

type PartPoint = SeriesPoint & { code: string };

/** The figures of a 34-unit's predecessors, each with its province's code. */
async function predecessorPoints(db: Db, key: string, code: string): Promise<PartPoint[]> {
  const parts = predecessorsOf(requireLocality(34, code)).map((p) => p.code);
  return (await Promise.all(parts.map((c) => ownPoints(db, key, c).then((ps) => ps.map((p) => ({ ...p, code: c })))))).flat();
}

/** Year by year, the figure `merge` forms from that year's predecessor figures (preliminary if any part is). */
function mergedByYear(rows: readonly PartPoint[], merge: (ofYear: PartPoint[], year: number) => number | null): SeriesPoint[] {
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  return years.flatMap((year) => {
    const ofYear = rows.filter((r) => r.year === year);
    const value = merge(ofYear, year);
    return value === null ? [] : [{ year, value, preliminary: ofYear.some((r) => r.preliminary) }];
  });
}
