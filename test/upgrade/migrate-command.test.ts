// `doithoai migrate --dry-run` on a data folder written by an earlier release lists the migrations
// written since (the fixture g1 was made by a release whose last migration was 0008), and applies
// nothing; `doithoai migrate` then applies exactly those.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { registerMigrate } from '../../src/cli/migrate.command';
import { openDatabase } from '../../src/db/connection';
import { migrationsFolder } from '../../src/db/migrate';
import { inProcess, scratchFolder } from '../helpers/cli-in-process';

const migrate = inProcess('migrate', registerMigrate);
const files = scratchFolder('doithoai-migrate-');
afterAll(() => files.remove());

describe('doithoai migrate on a data folder from release 548f352', () => {
  const journal = JSON.parse(readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: { idx: number; tag: string }[] };
  const since = journal.entries.filter((e) => e.idx > 8).map((e) => e.tag);

  it('lists the migrations written since with --dry-run, applies them without it, then has none left', async () => {
    const data = files.path('data');
    const fixture = path.join(import.meta.dirname, '../fixtures/upgrade/g1/pglite.tar.gz');
    const old = await openDatabase({ dataDir: data, loadDataDir: new Blob([gunzipSync(readFileSync(fixture))]) });
    await old.close();

    const dry = JSON.parse(await migrate('--data', data, '--dry-run', '--json'));
    expect(dry).toMatchObject({ dryRun: true, migrations: since });
    expect(JSON.parse(await migrate('--data', data, '--dry-run', '--json')).migrations).toEqual(since);
    expect(JSON.parse(await migrate('--data', data, '--json')).migrations).toEqual(since);
    expect(JSON.parse(await migrate('--data', data, '--dry-run', '--json')).migrations).toEqual([]);
    expect(await migrate('--data', data)).toContain('đã ở phiên bản mới nhất');
  }, 120_000);
});
