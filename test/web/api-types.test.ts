// The staff app's API types are generated from the server's OpenAPI document; a change to a route's
// schema that is not regenerated into web/src/shared/api/openapi.ts fails here, naming the command.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection';
import { apiTypesFile, apiTypesSource, openApiDocument, regenerateCommand } from '../../scripts/api-types';
import { openTestDatabase } from '../helpers/database';

describe('generated API types (web/src/shared/api/openapi.ts)', () => {
  let database: Database;
  let document: Record<string, unknown>;
  beforeAll(async () => {
    database = await openTestDatabase();
    document = await openApiDocument(database);
  });
  afterAll(() => database?.close());

  it('match what the server declares now', async () => {
    const fresh = await apiTypesSource(document);
    const committed = readFileSync(apiTypesFile, 'utf8');
    expect(committed === fresh, `web/src/shared/api/openapi.ts is stale: run \`${regenerateCommand}\` and commit the result`).toBe(true);
  });

  it('declare a response for every JSON route of the API', () => {
    const paths = document.paths as Record<string, Record<string, { responses?: Record<string, { content?: Record<string, unknown> }> }>>;
    const undeclared = Object.entries(paths).flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(([, op]) => !Object.entries(op.responses ?? {}).some(([code, r]) => code.startsWith('2') && (r.content || code === '204')))
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    // The file downloads (CSV, XLSX, DOCX, PDF, ZIP, evidence) and the live-results event stream are not JSON.
    const files = /\.(csv|xlsx|docx|pdf|zip)$|\/evidence\/\{id\}$|\/live$/;
    expect(undeclared.filter((route) => !files.test(route))).toEqual([]);
  });
});
