// How much an uploaded archive may unpack to, judged from its central directory before anything is
// unpacked. The declared sizes are checked again while unpacking (importers/xlsx.worker.cjs), so an
// archive that understates them is stopped there.
import type { ZipEntry } from './central-directory';

export type ArchiveLimits = {
  /** Sum of the entries' uncompressed sizes, in bytes. */
  maxUnpackedBytes: number;
  maxEntries: number;
  /** Uncompressed ÷ compressed size of one entry; the official workbooks stay under 60. */
  maxRatio: number;
};

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = { maxUnpackedBytes: 200 * 1024 * 1024, maxEntries: 10_000, maxRatio: 100 };

/** Entries smaller than this are not judged by their ratio: a few kilobytes of zeros harm no one. */
export const RATIO_FLOOR_BYTES = 1024 * 1024;

export type ArchiveProblem =
  | { kind: 'entries'; entries: number; max: number }
  | { kind: 'unpacked'; bytes: number; max: number }
  | { kind: 'ratio'; entry: string; ratio: number; max: number };

export function archiveProblem(entries: readonly ZipEntry[], limits: ArchiveLimits): ArchiveProblem | null {
  if (entries.length > limits.maxEntries) return { kind: 'entries', entries: entries.length, max: limits.maxEntries };
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (total > limits.maxUnpackedBytes) return { kind: 'unpacked', bytes: total, max: limits.maxUnpackedBytes };
  for (const e of entries) {
    if (e.uncompressedSize < RATIO_FLOOR_BYTES) continue;
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
    if (ratio > limits.maxRatio) return { kind: 'ratio', entry: e.name, ratio: Math.round(ratio), max: limits.maxRatio };
  }
  return null;
}
