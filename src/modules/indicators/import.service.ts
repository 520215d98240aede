// Storing what the index readers return: all editions of a file in one transaction, and idempotently —
// an edition whose stored values already equal the file's is left alone (nothing written, not even an
// audit record); a different file for an edition replaces its values, audited with before and after.
import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import { and, asc, eq, sql } from 'drizzle-orm';
import { rankValues } from '../../core/indices/analysis.rank';
import type { IndexKey, IndexRow } from '../../core/indices/types';
import type { UnitSet } from '../../core/localities/types';
import type { Db } from '../../db/connection';
import type { Actor } from '../../http/actor';
import { AppError } from '../../http/errors';
import { readOfficialBytes, type ImportOptions } from '../../importers/import-file';
import type { Gap, ImportResult } from '../../importers/types';
import { recordAudit } from '../audit';
import { indexImports, indexValues } from './indicator.table';

// Imports of any edition wait for each other, so two uploads of one edition cannot interleave.
const IMPORT_LOCK_KEY = 70_202_026;

export type EditionOutcome = {
  index: IndexKey;
  year: number;
  rows: number;
  outcome: 'created' | 'replaced' | 'unchanged';
  /** Why nothing changed: the very file stored before, or another file with exactly the stored values. */
  reason?: 'same-file' | 'same-values';
  /** The file the edition's values came from before this import (replaced or unchanged). */
  previous?: { file: string; sha256: string };
  gaps: Gap[];
};

export type ImportReport = { file: string; sha256: string; index: IndexKey; editions: EditionOutcome[]; changed: boolean };

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** An upload: the readers check the whole file first, then every edition in it is stored or nothing is. */
export async function importUpload(db: Db, actor: Actor, upload: { bytes: Uint8Array; name: string } & ImportOptions, now: Date): Promise<ImportReport> {
  // The legacy reader runs only from the command line (see importers/xls.reader.ts).
  if (extname(upload.name).toLowerCase() === '.xls') throw AppError.of(400, 'indicators.xls_upload', { file: upload.name });
  const read = await readOfficialBytes(upload.bytes, upload.name, { index: upload.index, year: upload.year, limits: upload.limits });
  // its own code, so that the upload page can send the file on to the statistics import
  if (read.kind === 'statistics') throw AppError.of(400, 'indicators.statistics_file', { file: upload.name });
  return storeImport(db, actor, read.result, sha256Of(upload.bytes), now);
}

/** Stores a file the readers accepted. Figures of the 63 until 30 June 2025 are all the readers produce. */
export async function storeImport(db: Db, actor: Actor, parsed: ImportResult, sha256: string, now: Date, unitSet: UnitSet = 63): Promise<ImportReport> {
  const editions = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${IMPORT_LOCK_KEY})`);
    const outcomes: EditionOutcome[] = [];
    for (const year of parsed.years) {
      const rows = parsed.rows.filter((r) => r.year === year);
      const gaps = parsed.gaps.filter((g) => g.year === year);
      outcomes.push(await storeEdition(tx, actor, { index: parsed.index, year, rows, gaps, file: parsed.file, sha256, unitSet }, now));
    }
    return outcomes;
  });
  return { file: parsed.file, sha256, index: parsed.index, editions, changed: editions.some((e) => e.outcome !== 'unchanged') };
}

type Edition = { index: IndexKey; year: number; rows: IndexRow[]; gaps: Gap[]; file: string; sha256: string; unitSet: UnitSet };

async function storeEdition(tx: Db, actor: Actor, edition: Edition, now: Date): Promise<EditionOutcome> {
  const { index, year, rows, gaps, file, sha256 } = edition;
  const where = and(eq(indexValues.index, index), eq(indexValues.year, year));
  const stored = await tx.select().from(indexValues).where(where).orderBy(asc(indexValues.localityCode));
  const previous = stored.length ? { file: stored[0].sourceFile, sha256: stored[0].sourceSha256 } : undefined;
  const base = { index, year, rows: rows.length, gaps, ...(previous ? { previous } : {}) };
  if (stored.length && sameValues(stored, rows)) {
    return { ...base, outcome: 'unchanged', reason: previous?.sha256 === sha256 ? 'same-file' : 'same-values' };
  }
  const outcome = stored.length ? 'replaced' : 'created';
  const [record] = await tx
    .insert(indexImports)
    .values({ index, year, file, sha256, rows: rows.length, outcome, gaps, actorUserId: actor.userId, actorLabel: actor.label, at: now })
    .returning({ id: indexImports.id });
  if (stored.length) await tx.delete(indexValues).where(where);
  // Printed ranks (an edition held in part) are kept as printed, and none is made up for the other rows.
  const printed = rows.some((r) => r.rank !== undefined);
  const ranks = printed
    ? new Map(rows.map((r) => [r.localityCode, r.rank ?? null]))
    : new Map(rankValues(rows.map((r) => ({ code: r.localityCode, value: r.score }))).map((s) => [s.code, s.rank]));
  if (rows.length) {
    await tx.insert(indexValues).values(
      rows.map((r) => ({
        index,
        year,
        unitSet: edition.unitSet,
        localityCode: r.localityCode,
        dimensions: r.dimensions,
        subdimensions: r.subdimensions ?? null,
        score: r.score,
        rank: ranks.get(r.localityCode) ?? null,
        sourceFile: r.source ?? file,
        sourceSha256: sha256,
        importId: record.id,
        importedAt: now,
      })),
    );
  }
  await recordAudit(
    tx,
    actor,
    {
      action: `indicators.${outcome === 'created' ? 'import' : 'replace'}`,
      entityType: 'index_edition',
      entityId: `${index} ${year}`,
      before: previous ? { source: previous, rows: stored.map(auditRow) } : null,
      after: { source: { file, sha256 }, importId: record.id, rows: rows.map(auditRow), gaps },
    },
    now,
  );
  return { ...base, outcome };
}

type Figures = Pick<IndexRow, 'localityCode' | 'dimensions' | 'score'> & { subdimensions?: Record<string, number> | null };

function auditRow(r: Figures) {
  return { code: r.localityCode, score: r.score, dimensions: r.dimensions, ...(r.subdimensions ? { subdimensions: r.subdimensions } : {}) };
}

/** Exactly the same province rows with exactly the same numbers (jsonb and float8 give doubles back unchanged). */
function sameValues(stored: readonly Figures[], incoming: readonly Figures[]): boolean {
  if (stored.length !== incoming.length) return false;
  const byCode = new Map(stored.map((r) => [r.localityCode, r]));
  return incoming.every((r) => {
    const s = byCode.get(r.localityCode);
    return s !== undefined && s.score === r.score && sameRecord(s.dimensions, r.dimensions) && sameRecord(s.subdimensions ?? {}, r.subdimensions ?? {});
  });
}

function sameRecord(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}
