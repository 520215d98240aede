// Where the published reference data lives: ../shared/data beside the checkout, or DOITHOAI_SHARED_DATA.
// Tests that check against published cases read it from there; the app itself never needs it.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const sharedDataRoot = process.env.DOITHOAI_SHARED_DATA ?? path.resolve(repoRoot, '../shared/data');

export function sharedData(...parts: string[]): string {
  return path.join(sharedDataRoot, ...parts);
}

export function assertSharedData(): void {
  if (!existsSync(path.join(sharedDataRoot, 'reference'))) {
    throw new Error(`Published reference data not found at ${sharedDataRoot}: put the shared/ folder beside the checkout or set DOITHOAI_SHARED_DATA.`);
  }
}
