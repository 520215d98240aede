// The published reference cases and data files the tests check against. They are carried in
// test/fixtures/ (each folder's README.md names source and licence) so that a bare clone runs every
// test; the app itself never reads them.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const fixturesRoot = fileURLToPath(new URL('../fixtures/', import.meta.url));

export function fixture(...parts: string[]): string {
  return path.join(fixturesRoot, ...parts);
}
