// Reading the stored figures back: which editions exist, and one edition's scores — as published for the
// 63, or read onto the 34 by the re-aggregation in src/core/indices, with every merged figure naming the
// published figures it was formed from.
import { and, asc, count, eq } from 'drizzle-orm';
import { rankValues } from '../../core/indices/analysis.rank';
import { reaggregateTo34, type MergedRow } from '../../core/indices/analysis.reaggregate';
import { indexFramework } from '../../core/indices/frameworks';
import { papiSubdimensions } from '../../core/indices/papi';
import type { Dimension, IndexKey, IndexRow } from '../../core/indices/types';
import type { UnitSet } from '../../core/localities/types';
import type { Db } from '../../db/connection';
import { AppError } from '../../http/errors';
import { indexImports, indexValues } from './indicator.table';

export type StoredRow = typeof indexValues.$inferSelect;
export type Source = { file: string; sha256: string; importedAt: Date };

/** One national cross-section as stored: rows of one index and year, in GSO order. */
export type StoredEdition = { index: IndexKey; year: number; unitSet: UnitSet; source: Source; rows: IndexRow[]; ranks: Map<string, number | null> };

export function toIndexRow(r: StoredRow): IndexRow {
  const dimensions = inOrder(r.dimensions, indexFramework(r.index, r.year).dimensions);
  const subdimensions = r.subdimensions ? inOrder(r.subdimensions, r.index === 'PAPI' ? papiSubdimensions(r.year) : []) : undefined;
  // A row printed on a page (PGI's published values) names that page's address instead of a file.
  const source = /^https?:\/\//.test(r.sourceFile) ? { source: r.sourceFile } : {};
  return { index: r.index, year: r.year, localityCode: r.localityCode, dimensions, score: r.score, ...(subdimensions ? { subdimensions } : {}), ...source };
}

/** jsonb keeps keys in its own order; figures go out in the publisher's order, any unknown key after. */
function inOrder(values: Record<string, number>, published: readonly Dimension[]): Record<string, number> {
  const keys = [...published.map((d) => d.key).filter((k) => k in values), ...Object.keys(values).filter((k) => !published.some((d) => d.key === k))];
  return Object.fromEntries(keys.map((k) => [k, values[k]]));
}

/** Every stored edition (optionally of one index), oldest first. */
export async function loadEditions(db: Db, index?: IndexKey): Promise<StoredEdition[]> {
  const rows = await db
    .select()
    .from(indexValues)
    .where(index ? eq(indexValues.index, index) : undefined)
    .orderBy(asc(indexValues.index), asc(indexValues.year), asc(indexValues.localityCode));
  const editions = new Map<string, StoredEdition>();
  for (const r of rows) {
    const key = `${r.index} ${r.year}`;
    let edition = editions.get(key);
    if (!edition) {
      edition = { index: r.index, year: r.year, unitSet: r.unitSet, source: { file: r.sourceFile, sha256: r.sourceSha256, importedAt: r.importedAt }, rows: [], ranks: new Map() };
      editions.set(key, edition);
    }
    edition.rows.push(toIndexRow(r));
    edition.ranks.set(r.localityCode, r.rank);
  }
  return [...editions.values()].sort((a, b) => a.year - b.year || a.index.localeCompare(b.index));
}

export async function loadEdition(db: Db, index: IndexKey, year: number): Promise<StoredEdition> {
  const rows = await db
    .select()
    .from(indexValues)
    .where(and(eq(indexValues.index, index), eq(indexValues.year, year)))
    .orderBy(asc(indexValues.localityCode));
  if (!rows.length) throw AppError.of(404, 'indicators.not_imported', { index, year });
  const first = rows[0];
  return {
    index,
    year,
    unitSet: first.unitSet,
    source: { file: first.sourceFile, sha256: first.sourceSha256, importedAt: first.importedAt },
    rows: rows.map(toIndexRow),
    ranks: new Map(rows.map((r) => [r.localityCode, r.rank])),
  };
}

/** The editions held, with their provenance and who imported them. */
export async function listEditions(db: Db) {
  // Every row of an edition comes from one import (a replacement swaps them all), so grouping by the
  // import gives one line per edition.
  const rows = await db
    .select({
      index: indexValues.index,
      year: indexValues.year,
      rows: count(),
      file: indexImports.file,
      sha256: indexImports.sha256,
      importedAt: indexImports.at,
      importedBy: indexImports.actorLabel,
      gaps: indexImports.gaps,
    })
    .from(indexValues)
    .innerJoin(indexImports, eq(indexImports.id, indexValues.importId))
    .groupBy(indexValues.index, indexValues.year, indexImports.id)
    .orderBy(asc(indexValues.index), asc(indexValues.year));
  return rows.map(({ file, sha256, importedAt, ...rest }) => ({ ...rest, source: { file, sha256, importedAt } }));
}

export type ScoreRow = {
  code: string;
  score: number | null;
  rank: number | null;
  dimensions: Record<string, number>;
  /** Only on the 34: the published rows the figure is the mean of, the predecessors with no row, and withheld figures. */
  merged?: Pick<MergedRow, 'constituents' | 'missing' | 'partial' | 'method'>;
};

export type EditionScores = {
  index: IndexKey;
  year: number;
  unit: UnitSet;
  source: Source;
  /** How the 34 were formed from the 63; absent for figures as published. */
  method?: string;
  /** 34-units none of whose predecessors has a row. */
  uncovered?: string[];
  /** Best first; rows without a score last, in GSO order. */
  rows: ScoreRow[];
};

export async function editionScores(db: Db, index: IndexKey, year: number, unit: UnitSet): Promise<EditionScores> {
  const edition = await loadEdition(db, index, year);
  const { source } = edition;
  if (unit === edition.unitSet) {
    const rows = edition.rows.map((r) => ({ code: r.localityCode, score: r.score, rank: edition.ranks.get(r.localityCode) ?? null, dimensions: r.dimensions }));
    return { index, year, unit, source, rows: byRank(rows) };
  }
  if (unit === 63) throw AppError.of(404, 'indicators.not_for_63', { index, year });
  const merged = reaggregateTo34(edition.rows);
  const ranks = new Map(rankValues(merged.rows.map((r) => ({ code: r.localityCode, value: r.score }))).map((s) => [s.code, s.rank]));
  const rows = merged.rows.map((r) => ({
    code: r.localityCode,
    score: r.score,
    rank: ranks.get(r.localityCode) ?? null,
    dimensions: r.dimensions,
    merged: { constituents: r.constituents, missing: r.missing, partial: r.partial, method: r.method },
  }));
  return { index, year, unit, source, method: merged.method, uncovered: merged.uncovered, rows: byRank(rows) };
}

function byRank<T extends { code: string; rank: number | null }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.code.localeCompare(b.code));
}
