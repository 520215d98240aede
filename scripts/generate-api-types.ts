// `npm run api:types`: writes web/src/shared/api/openapi.ts from the server's OpenAPI document.
// The app is built on a throwaway in-memory database (migrated, since some routes read it at start)
// and never listens.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../src/db/connection';
import { migrateDatabase } from '../src/db/migrate';
import { apiTypesFile, apiTypesSource, openApiDocument } from './api-types';

const database = await openDatabase({});
try {
  await migrateDatabase(database);
  const source = await apiTypesSource(await openApiDocument(database));
  mkdirSync(path.dirname(apiTypesFile), { recursive: true });
  writeFileSync(apiTypesFile, source);
  process.stdout.write(`wrote ${path.relative(process.cwd(), apiTypesFile)}\n`);
} finally {
  await database.close();
}
