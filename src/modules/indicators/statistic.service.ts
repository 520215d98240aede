// Reading official statistics back: which datasets are held (with their years), and one dataset's figures
// for one year, ranked by its direction — as published for the 63, or on the 34: a count summed, a rate weighted
// by the denominator the catalogue declares for it (refused, never averaged plainly, when it is not held).
import { asc, eq, count, inArray, sql } from 'drizzle-orm';
import { DERIVED, derivedSpec } from '../../core/statistics/derived';
import { rankedRows } from '../../core/statistics/pxweb';
import { rateMethod, rateOnto34, SUM_METHOD, sumOnto34 } from '../../core/statistics/reaggregate';
import type { DatasetSpec, SeriesBreak, Text } from '../../core/statistics/types';
import { GSO_DATASETS } from '../../core/statistics/catalogue';
import type { UnitSet } from '../../core/localities/types';
import { LOCALITIES_63 } from '../../core/localities/units';
import type { Db } from '../../db/connection';
import { AppError } from '../../http/errors';
import { derivedInfo, derivedScores } from './statistic.derived';
import { statisticDatasets, statisticValues } from './statistic.table';
import { yearValues } from './statistic.values';

/** A held dataset: the catalogue's description (core/statistics), its source and licence, and its breaks always listed. */
export type DatasetInfo = Omit<DatasetSpec, 'breaks'> & { source: Text; licence: Text; breaks: SeriesBreak[] };

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
    breaks: GSO_DATASETS.get(d.key)?.breaks ?? [],
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
  const imported = datasets
    .map((d) => ({ ...infoOf(d), years: years.filter((y) => y.key === d.key).map(({ year, localities, preliminary }) => ({ year, localities, preliminary: Boolean(preliminary) })) }))
    .filter((d) => d.years.length > 0);
  return [...imported, ...(await derivedYears(db, imported))];
}

/** The derived measures whose two inputs share at least one year, with the provinces having both. */
async function derivedYears(db: Db, imported: readonly DatasetYears[]): Promise<DatasetYears[]> {
  const held = new Set(imported.map((d) => d.key));
  const out: DatasetYears[] = [];
  for (const spec of DERIVED.filter((d) => held.has(d.numerator) && held.has(d.denominator))) {
    const rows = await db
      .select({ key: statisticValues.datasetKey, year: statisticValues.year, code: statisticValues.localityCode, preliminary: statisticValues.preliminary })
      .from(statisticValues)
      .where(inArray(statisticValues.datasetKey, [spec.numerator, spec.denominator]));
    const byYear = new Map<number, { n: Set<string>; d: Set<string>; preliminary: boolean }>();
    for (const r of rows) {
      const y = byYear.get(r.year) ?? { n: new Set<string>(), d: new Set<string>(), preliminary: false };
      (r.key === spec.numerator ? y.n : y.d).add(r.code);
      y.preliminary ||= r.preliminary;
      byYear.set(r.year, y);
    }
    const years = [...byYear.entries()]
      .filter(([, y]) => y.n.size && y.d.size)
      .sort(([a], [b]) => a - b)
      .map(([year, y]) => ({ year, localities: [...y.n].filter((c) => y.d.has(c)).length, preliminary: y.preliminary }));
    if (years.length) out.push({ ...derivedInfo(spec), years });
  }
  return out;
}

export async function findDataset(db: Db, key: string): Promise<DatasetInfo | null> {
  const [row] = await db.select().from(statisticDatasets).where(eq(statisticDatasets.key, key));
  return row ? infoOf(row) : null;
}

export type DerivedInput = { key: string; name: Text; source: { file: string; sha256: string; importedAt: Date } };

export type StatisticRow = {
  code: string;
  value: number | null;
  rank: number | null;
  /** On the 34: the 63-unit codes summed, and those lacking a figure (then `value` is null). */
  constituents?: string[];
  missing?: string[];
  /** A derived measure's inputs for this row (on the 34, their sums). */
  numerator?: number | null;
  denominator?: number | null;
};

export type DatasetScores = {
  dataset: DatasetInfo;
  year: number;
  unit: UnitSet;
  preliminary: boolean;
  source: { file: string; sha256: string; importedAt: Date };
  method?: Text;
  /** A derived measure: its formula and the two datasets it is computed from, with their sources. */
  derived?: { formula: Text; numerator: DerivedInput; denominator: DerivedInput };
  /** Every province of the unit set, best first by the dataset's direction (a neutral one: largest first); those without a figure last. */
  rows: StatisticRow[];
};

export async function datasetScores(db: Db, key: string, year: number, unit: UnitSet): Promise<DatasetScores> {
  const derived = derivedSpec(key);
  if (derived) return derivedScores(db, derived, year, unit);
  const dataset = await findDataset(db, key);
  if (!dataset) throw AppError.of(404, 'statistics.not_imported', { key });
  const values = await yearValues(db, key, year);
  if (!values.length) throw AppError.of(404, 'statistics.year_not_imported', { key, year });
  const first = values[0];
  const base = { dataset, year, unit, preliminary: values.some((v) => v.preliminary), source: { file: first.file, sha256: first.sha256, importedAt: first.at } };
  if (unit === 63) {
    const byCode = new Map(values.map((v) => [v.code, v.value]));
    return { ...base, rows: rankedRows(LOCALITIES_63.map((u) => ({ code: u.code, value: byCode.get(u.code) ?? null })), dataset.direction) };
  }
  if (dataset.aggregation !== 'sum') return rateScoresOn34(db, base, values);
  const summed = sumOnto34(new Map(values.map((v) => [v.code, v.value])));
  const rows = rankedRows(summed.map((r) => ({ code: r.code, value: r.value })), dataset.direction);
  const detail = new Map(summed.map((r) => [r.code, r]));
  return { ...base, method: SUM_METHOD, rows: rows.map((r) => ({ ...r, constituents: detail.get(r.code)!.constituents, missing: detail.get(r.code)!.missing })) };
}


type ScoresBase = Omit<DatasetScores, 'rows' | 'method' | 'derived'>;

/** A rate onto the 34, weighted by the denominator the catalogue declares; refused when none is declared or held. */
async function rateScoresOn34(db: Db, base: ScoresBase, values: Awaited<ReturnType<typeof yearValues>>): Promise<DatasetScores> {
  const key = base.dataset.key;
  const denominatorKey = GSO_DATASETS.get(key)?.denominator;
  if (!denominatorKey) throw AppError.of(400, 'statistics.rate_on_34', { key });
  const denominator = await findDataset(db, denominatorKey);
  const weights = denominator ? await yearValues(db, denominatorKey, base.year) : [];
  const name = denominator?.name ?? GSO_DATASETS.get(denominatorKey)?.name ?? { vi: denominatorKey, en: denominatorKey };
  if (!weights.length) throw AppError.of(400, 'statistics.denominator_missing', { key, year: base.year, denominator: denominatorKey, nameVi: name.vi, nameEn: name.en });
  const merged = rateOnto34(new Map(values.map((v) => [v.code, v.value])), new Map(weights.map((v) => [v.code, v.value])));
  const rows = rankedRows(merged.map((r) => ({ code: r.code, value: r.value })), base.dataset.direction);
  const detail = new Map(merged.map((r) => [r.code, r]));
  return {
    ...base,
    method: rateMethod(name),
    rows: rows.map((r) => ({ ...r, constituents: detail.get(r.code)!.constituents, missing: detail.get(r.code)!.missing, denominator: detail.get(r.code)!.weight })),
  };
}
