// Reading official statistics back: which datasets are held (with their years), and one dataset's figures
// for one year, ranked by its direction — as published for the 63, or for a count summed onto the 34. A
// rate is refused on the 34 until its denominators are held (issue 16, later part), never averaged.
import { asc, eq, and, count, sql } from 'drizzle-orm';
import { rankByDirection } from '../../core/statistics/pxweb';
import { SUM_METHOD, sumOnto34 } from '../../core/statistics/reaggregate';
import type { Aggregation, Direction, Text } from '../../core/statistics/types';
import type { UnitSet } from '../../core/localities/types';
import { LOCALITIES_63 } from '../../core/localities/units';
import type { Db } from '../../db/connection';
import { AppError } from '../../http/errors';
import { statisticDatasets, statisticImports, statisticValues } from './statistic.table';

export type DatasetInfo = {
  key: string;
  name: Text;
  unit: Text;
  definition: Text;
  direction: Direction;
  aggregation: Aggregation;
  source: Text;
  licence: Text;
};

type DatasetRow = typeof statisticDatasets.$inferSelect;

function infoOf(d: DatasetRow): DatasetInfo {
  return {
    key: d.key,
    name: { vi: d.nameVi, en: d.nameEn },
    unit: { vi: d.unitVi, en: d.unitEn },
    definition: { vi: d.definitionVi, en: d.definitionEn },
    direction: d.direction,
    aggregation: d.aggregation,
    source: { vi: d.sourceVi, en: d.sourceEn },
    licence: { vi: d.licenceVi, en: d.licenceEn },
  };
}

export type DatasetYears = DatasetInfo & { years: Array<{ year: number; localities: number; preliminary: boolean }> };

/** Every dataset with figures, by key, each with the years held. */
export async function listDatasets(db: Db): Promise<DatasetYears[]> {
  const datasets = await db.select().from(statisticDatasets).orderBy(asc(statisticDatasets.key));
  const years = await db
    .select({ key: statisticValues.datasetKey, year: statisticValues.year, localities: count(), preliminary: sql<boolean>`bool_or(${statisticValues.preliminary})` })
    .from(statisticValues)
    .groupBy(statisticValues.datasetKey, statisticValues.year)
    .orderBy(asc(statisticValues.datasetKey), asc(statisticValues.year));
  return datasets
    .map((d) => ({ ...infoOf(d), years: years.filter((y) => y.key === d.key).map(({ year, localities, preliminary }) => ({ year, localities, preliminary: Boolean(preliminary) })) }))
    .filter((d) => d.years.length > 0);
}

export async function findDataset(db: Db, key: string): Promise<DatasetInfo | null> {
  const [row] = await db.select().from(statisticDatasets).where(eq(statisticDatasets.key, key));
  return row ? infoOf(row) : null;
}

export type StatisticRow = {
  code: string;
  value: number | null;
  rank: number | null;
  /** On the 34: the 63-unit codes summed, and those lacking a figure (then `value` is null). */
  constituents?: string[];
  missing?: string[];
};

export type DatasetScores = {
  dataset: DatasetInfo;
  year: number;
  unit: UnitSet;
  preliminary: boolean;
  source: { file: string; sha256: string; importedAt: Date };
  method?: Text;
  /** Every province of the unit set, best first by the dataset's direction (a neutral one: largest first); those without a figure last. */
  rows: StatisticRow[];
};

export async function datasetScores(db: Db, key: string, year: number, unit: UnitSet): Promise<DatasetScores> {
  const dataset = await findDataset(db, key);
  if (!dataset) throw AppError.of(404, 'statistics.not_imported', { key });
  const values = await db
    .select({ code: statisticValues.localityCode, value: statisticValues.value, preliminary: statisticValues.preliminary, file: statisticImports.file, sha256: statisticImports.sha256, at: statisticImports.at })
    .from(statisticValues)
    .innerJoin(statisticImports, eq(statisticImports.id, statisticValues.importId))
    .where(and(eq(statisticValues.datasetKey, key), eq(statisticValues.year, year)))
    .orderBy(asc(statisticValues.localityCode));
  if (!values.length) throw AppError.of(404, 'statistics.year_not_imported', { key, year });
  const first = values[0];
  const base = { dataset, year, unit, preliminary: values.some((v) => v.preliminary), source: { file: first.file, sha256: first.sha256, importedAt: first.at } };
  if (unit === 63) {
    const byCode = new Map(values.map((v) => [v.code, v.value]));
    return { ...base, rows: ranked(LOCALITIES_63.map((u) => ({ code: u.code, value: byCode.get(u.code) ?? null })), dataset.direction) };
  }
  if (dataset.aggregation !== 'sum') throw AppError.of(400, 'statistics.rate_on_34', { key });
  const summed = sumOnto34(new Map(values.map((v) => [v.code, v.value])));
  const rows = ranked(summed.map((r) => ({ code: r.code, value: r.value })), dataset.direction);
  const detail = new Map(summed.map((r) => [r.code, r]));
  return { ...base, method: SUM_METHOD, rows: rows.map((r) => ({ ...r, constituents: detail.get(r.code)!.constituents, missing: detail.get(r.code)!.missing })) };
}

function ranked(items: ReadonlyArray<{ code: string; value: number | null }>, direction: Direction): StatisticRow[] {
  const present = items.filter((i): i is { code: string; value: number } => i.value !== null);
  const ranks = new Map(rankByDirection(present, direction).map((s) => [s.code, s.rank]));
  return items
    .map((i) => ({ code: i.code, value: i.value, rank: ranks.get(i.code) ?? null }))
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.code.localeCompare(b.code));
}
