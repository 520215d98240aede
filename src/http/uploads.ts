// Shared by every route that reads an uploaded file: at most one import per person at a time (a file
// may cost a worker thread up to its memory cap for up to its time limit), and a refused archive
// turned into its 4xx.
import { UploadRefused } from '../importers/archive';
import type { Actor } from './actor';
import { AppError } from './errors';

const underWay = new Set<string>();

/** Runs `work` unless the same caller already has an import under way in this process (then 429). */
export async function oneImportAtATime<T>(actor: Actor, work: () => Promise<T>): Promise<T> {
  const key = actor.userId ?? `via:${actor.via}`;
  if (underWay.has(key)) throw AppError.of(429, 'upload.busy');
  underWay.add(key);
  try {
    return await work();
  } finally {
    underWay.delete(key);
  }
}

/** The HTTP form of an archive refusal (413 or 400), or null for any other error. */
export const uploadRefusal = (err: unknown): AppError | null => (err instanceof UploadRefused ? AppError.of(err.status, err.code, err.params) : null);
