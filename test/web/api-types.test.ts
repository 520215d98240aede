// The staff app's API types are generated from the server's OpenAPI document; a change to a route's
// schema that is not regenerated into web/src/shared/api/openapi.ts fails here, naming the command;
// so does a type in web/src that copies a server shape by hand under the name of a named component.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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
    // The file downloads (CSV, XLSX, DOCX, PDF, ZIP, evidence, a contribution’s paper, a signed linkage agreement) and the live-results event stream are not JSON.
    const files = /\.(csv|xlsx|docx|pdf|zip)$|\/evidence\/\{id\}$|\/contributions\/\{contributionId\}\/file$|\/agreements\/\{agreementId\}\/document$|\/live$/;
    expect(undeclared.filter((route) => !files.test(route))).toEqual([]);
  });

  it('are not copied by hand in web/src: a type named like a component is an alias of a generated one', () => {
    const names = new Set(Object.keys((document.components as { schemas?: Record<string, unknown> } | undefined)?.schemas ?? {}));
    expect(names.size).toBeGreaterThan(0);
    const copies = webSources().flatMap(({ file, text }) =>
      [...text.matchAll(/^\s*(?:export\s+)?(?:declare\s+)?((?:type|interface)\s+([A-Z]\w*)\b.*)$/gm)]
        .filter(([, declaration, name]) => names.has(name) && !isAlias(declaration))
        .map(([, declaration]) => `${file}: ${declaration}`),
    );
    expect(copies, 'take the type from web/src/shared/api/schema.ts (Schema<\'Name\'>) instead').toEqual([]);
  });
});

const webRoot = fileURLToPath(new URL('../../web/src', import.meta.url));

/** Every TypeScript file of the staff app but the generated one. */
function webSources(): { file: string; text: string }[] {
  return readdirSync(webRoot, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && path.resolve(webRoot, file) !== apiTypesFile)
    .map((file) => ({ file, text: readFileSync(path.join(webRoot, file), 'utf8') }));
}

/** `type Name = Schema<'Other'>;` or `type Name = components['schemas']['Other'];`, nothing added. */
function isAlias(declaration: string): boolean {
  return /^type\s+\w+\s*=\s*(Schema<'\w+'>|components\['schemas'\]\['\w+'\])\s*;/.test(declaration);
}
