// Opens a database written by an earlier release (test/fixtures/upgrade/<generation>/) without
// migrating it: PGlite from its dumped data folder, or a new database on the PostgreSQL test server
// restored from the pg_dump with psql.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { openDatabase, type Database } from '../../src/db/connection';
import { findPostgresBin } from '../setup/postgres-server';
import { openServerDatabase, scratchServerDatabase, type StorageKind } from './database';

const root = fileURLToPath(new URL('../fixtures/upgrade/', import.meta.url));

/** The generations on disk, oldest first (g1, g2, …). */
export const generations = ['g1', 'g2'];

export function expectedOf(generation: string, kind: StorageKind): Expected {
  const file = kind === 'pglite' ? 'expected.json' : 'expected.postgres.json';
  return JSON.parse(readFileSync(path.join(root, generation, file), 'utf8'));
}

export type Expected = {
  madeBy: string;
  madeOn: string;
  counts: Record<string, number>;
  audit: number;
  consultations: Record<string, { space: string; title: string; results: Record<string, unknown>; receipts: string[] }>;
  plans: Record<string, unknown>;
  exercises: Record<string, unknown>;
};

export async function openOldDatabase(generation: string, kind: StorageKind): Promise<Database> {
  const folder = path.join(root, generation);
  if (kind === 'pglite') return openDatabase({ loadDataDir: new Blob([gunzipSync(readFileSync(path.join(folder, 'pglite.tar.gz')))]) });
  const scratch = await scratchServerDatabase();
  const bin = findPostgresBin();
  if (!bin) throw new Error('PostgreSQL client binaries not found');
  execFileSync(path.join(bin, 'psql'), ['-q', '-v', 'ON_ERROR_STOP=1', '-d', scratch.url], {
    input: gunzipSync(readFileSync(path.join(folder, 'postgres.sql.gz'))),
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  return openServerDatabase(scratch);
}

/**
 * Where `now` differs from what the earlier release reported: every field the old output had must
 * be there with the same value (numbers to 1e-9); fields added since are allowed. Returns the paths
 * that differ, so that a failure lists them all.
 */
export function differences(before: unknown, now: unknown, at = '$', allow: (at: string, before: unknown, now: unknown) => boolean = () => false): string[] {
  if (allow(at, before, now)) return [];
  if (typeof before === 'number' && typeof now === 'number') return Math.abs(before - now) <= 1e-9 * Math.max(1, Math.abs(before)) ? [] : [`${at}: ${before} → ${now}`];
  if (Array.isArray(before)) {
    if (!Array.isArray(now) || now.length !== before.length) return [`${at}: ${JSON.stringify(before).slice(0, 120)} → ${JSON.stringify(now)?.slice(0, 120)}`];
    return before.flatMap((b, i) => differences(b, now[i], `${at}[${i}]`, allow));
  }
  if (before && typeof before === 'object') {
    if (!now || typeof now !== 'object') return [`${at}: object → ${JSON.stringify(now)?.slice(0, 120)}`];
    return Object.entries(before).flatMap(([k, b]) => differences(b, (now as Record<string, unknown>)[k], `${at}.${k}`, allow));
  }
  return before === now ? [] : [`${at}: ${JSON.stringify(before)} → ${JSON.stringify(now)}`];
}
