// Storing a GSO table the PX-Web reader accepted: every dataset of the file in one transaction, year by
// year and idempotently — a year whose stored figures already equal the file's is left alone (nothing
// written, no audit record); a year that differs is replaced, audited with the figures before and after.
// Years the file does not hold stay as they are, so a later export with fewer years removes nothing.
import { eq, inArray, and, sql } from 'drizzle-orm';
import type { DatasetSpec, StatisticValue } from '../../core/statistics/types';
import { GSO_LICENCE, GSO_SOURCE } from '../../core/statistics/catalogue';
import type { Db } from '../../db/connection';
import type { Actor } from '../../http/actor';
import type { PxWebDataset, PxWebTable } from '../../importers/pxweb.csv';
import { recordAudit } from '../audit';
import { statisticDatasets, statisticImports, statisticValues } from './statistic.table';

// The same lock as the index imports (import.service.ts): imports of any kind wait for each other.
const IMPORT_LOCK_KEY = 70_202_026;

export type DatasetOutcome = {
  key: string;
  name: { vi: string; en: string };
  unit: { vi: string; en: string };
  years: number[];
  /** Provinces with at least one figure in the file. */
  localities: number;
  outcome: 'created' | 'replaced' | 'unchanged';
  /** Years whose stored figures this import wrote (new or different). */
  changedYears: number[];
};

export type StatisticsReport = {
  file: string;
  sha256: string;
  title: string;
  datasets: DatasetOutcome[];
  /** Country and region rows read and kept apart (not stored). */
  aggregates: number;
  setAside: PxWebTable['setAside'];
  changed: boolean;
};

export async function storeStatistics(db: Db, actor: Actor, table: PxWebTable, sha256: string, now: Date): Promise<StatisticsReport> {
  const datasets = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${IMPORT_LOCK_KEY})`);
    const outcomes: DatasetOutcome[] = [];
    for (const dataset of table.datasets) outcomes.push(await storeDataset(tx, actor, dataset, { file: table.file, sha256, title: table.title }, now));
    return outcomes;
  });
  return { file: table.file, sha256, title: table.title, datasets, aggregates: table.aggregates.length, setAside: table.setAside, changed: datasets.some((d) => d.outcome !== 'unchanged') };
}

type Source = { file: string; sha256: string; title: string };
type Stored = typeof statisticValues.$inferSelect;

async function storeDataset(tx: Db, actor: Actor, dataset: PxWebDataset, source: Source, now: Date): Promise<DatasetOutcome> {
  const { spec, values } = dataset;
  const years = dataset.years.map((y) => y.year);
  const base = {
    key: spec.key,
    name: spec.name,
    unit: spec.unit,
    years,
    localities: new Set(values.map((v) => v.localityCode)).size,
  };
  await upsertDataset(tx, spec);
  const stored = await tx.select().from(statisticValues).where(and(eq(statisticValues.datasetKey, spec.key), inArray(statisticValues.year, years)));
  const anyStored = (await tx.select({ year: statisticValues.year }).from(statisticValues).where(eq(statisticValues.datasetKey, spec.key)).limit(1)).length > 0;
  const changedYears = years.filter((year) => !sameYear(stored.filter((s) => s.year === year), values.filter((v) => v.year === year)));
  if (!changedYears.length) return { ...base, outcome: 'unchanged', changedYears };
  const incoming = values.filter((v) => changedYears.includes(v.year));
  const before = stored.filter((s) => changedYears.includes(s.year));
  const [record] = await tx
    .insert(statisticImports)
    .values({ datasetKey: spec.key, file: source.file, sha256: source.sha256, title: source.title, years: changedYears, values: incoming.length, actorUserId: actor.userId, actorLabel: actor.label, at: now })
    .returning({ id: statisticImports.id });
  if (before.length) await tx.delete(statisticValues).where(and(eq(statisticValues.datasetKey, spec.key), inArray(statisticValues.year, changedYears)));
  for (let i = 0; i < incoming.length; i += 2000) {
    const chunk = incoming.slice(i, i + 2000);
    await tx.insert(statisticValues).values(chunk.map((v) => ({ datasetKey: spec.key, year: v.year, unitSet: 63 as const, localityCode: v.localityCode, value: v.value, preliminary: v.preliminary, importId: record.id })));
  }
  await recordAudit(
    tx,
    actor,
    {
      action: before.length ? 'statistics.replace' : 'statistics.import',
      entityType: 'statistic_dataset',
      entityId: spec.key,
      before: before.length ? { years: [...new Set(before.map((s) => s.year))].sort(), values: compact(before) } : null,
      after: { source: { file: source.file, sha256: source.sha256 }, importId: record.id, years: changedYears, values: compact(incoming) },
    },
    now,
  );
  return { ...base, outcome: anyStored ? 'replaced' : 'created', changedYears };
}

async function upsertDataset(tx: Db, spec: DatasetSpec): Promise<void> {
  const row = {
    nameVi: spec.name.vi,
    nameEn: spec.name.en,
    unitVi: spec.unit.vi,
    unitEn: spec.unit.en,
    definitionVi: spec.definition.vi,
    definitionEn: spec.definition.en,
    direction: spec.direction,
    aggregation: spec.aggregation,
    sourceVi: GSO_SOURCE.vi,
    sourceEn: GSO_SOURCE.en,
    licenceVi: GSO_LICENCE.vi,
    licenceEn: GSO_LICENCE.en,
  };
  await tx.insert(statisticDatasets).values({ key: spec.key, ...row }).onConflictDoUpdate({ target: statisticDatasets.key, set: row });
}

/** The same provinces with the same figures and the same preliminary mark (float8 gives doubles back unchanged); a year
 * of `..` only, never stored, stays so. */
function sameYear(stored: readonly Stored[], incoming: readonly StatisticValue[]): boolean {
  if (stored.length !== incoming.length) return false;
  const byCode = new Map(stored.map((s) => [s.localityCode, s]));
  return incoming.every((v) => {
    const s = byCode.get(v.localityCode);
    return s !== undefined && s.value === v.value && s.preliminary === v.preliminary;
  });
}

/** [year, code, value, preliminary] per figure: an audit record small enough for a table of 1,400 figures. */
function compact(rows: ReadonlyArray<Pick<Stored, 'year' | 'localityCode' | 'value' | 'preliminary'>>) {
  return rows.map((r) => [r.year, r.localityCode, r.value, r.preliminary] as const);
}
