// The staff app's API types, made from the server's own OpenAPI document (the routes' zod schemas):
// shared by the generator (generate-api-types.ts) and the test that fails when the committed file is stale.
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { loadConfig } from '../src/config';
import type { Database } from '../src/db/connection';
import { buildApp } from '../src/server';

export const apiTypesFile = fileURLToPath(new URL('../web/src/shared/api/openapi.ts', import.meta.url));
export const regenerateCommand = 'npm run api:types';

const header = `// GENERATED from the server's OpenAPI document (the zod schemas of src/modules/*/*.schema.ts) by
// scripts/generate-api-types.ts. Do not edit: change the schemas, then run \`${regenerateCommand}\`.
// A test (test/web/api-types.test.ts) fails while this file differs from what the server declares.
`;

/** The OpenAPI document of an app built on the given (migrated) database, without listening. */
export async function openApiDocument(database: Database): Promise<Record<string, unknown>> {
  const app = await buildApp({ database, config: loadConfig({ LOG_LEVEL: 'silent' }, {}) });
  try {
    await app.ready();
    return app.swagger() as unknown as Record<string, unknown>;
  } finally {
    await app.close();
  }
}

/** The TypeScript text of web/src/shared/api/openapi.ts for an OpenAPI document. */
export async function apiTypesSource(document: Record<string, unknown>): Promise<string> {
  const ast = await openapiTS(document as unknown as OpenAPI3, { alphabetize: true });
  return `${header}\n${astToString(ast)}`;
}
