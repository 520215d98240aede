// One dataset's stored figures for one year, each with the import it came from: what both the imported
// datasets and the derived measures read.
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import { statisticImports, statisticValues } from './statistic.table';

export type YearValue = { code: string; value: number; preliminary: boolean; file: string; sha256: string; at: Date };

export async function yearValues(db: Db, key: string, year: number): Promise<YearValue[]> {
  return db
    .select({ code: statisticValues.localityCode, value: statisticValues.value, preliminary: statisticValues.preliminary, file: statisticImports.file, sha256: statisticImports.sha256, at: statisticImports.at })
    .from(statisticValues)
    .innerJoin(statisticImports, eq(statisticImports.id, statisticValues.importId))
    .where(and(eq(statisticValues.datasetKey, key), eq(statisticValues.year, year)))
    .orderBy(asc(statisticValues.localityCode));
}

export const sourceOf = (v: YearValue) => ({ file: v.file, sha256: v.sha256, importedAt: v.at });
