// `doithoai backup` and `doithoai restore`: an embedded database goes into one file and comes back
// whole in a new folder; a restore never writes over a folder that holds something.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { registerBackup } from '../../src/cli/backup.command';
import { InputError } from '../../src/core/errors';
import { openDatabase } from '../../src/db/connection';
import { inProcess, scratchFolder } from '../helpers/cli-in-process';

const backup = inProcess('backup', registerBackup);
const restore = inProcess('restore', registerBackup);
const files = scratchFolder('doithoai-backup-');
afterAll(() => files.remove());

describe('doithoai backup and restore', () => {
  it('carries every ballot of a data folder into a new one, and refuses to restore over one that holds data', async () => {
    const fixture = path.join(import.meta.dirname, '../fixtures/upgrade/g1');
    const ballots = JSON.parse(readFileSync(path.join(fixture, 'expected.json'), 'utf8')).counts.ballots;
    await restore(path.join(fixture, 'pglite.tar.gz'), '--data', files.path('first'));
    expect(await backup(files.path('copy.tar.gz'), '--data', files.path('first'))).toContain('Đã sao lưu');
    await restore(files.path('copy.tar.gz'), '--data', files.path('second'));

    const database = await openDatabase({ dataDir: files.path('second') });
    const rows = (await database.db.execute(sql`select count(*)::int as n from ballots`)) as unknown as { rows: { n: number }[] };
    await database.close();
    expect(rows.rows[0].n).toBe(ballots);

    const refused = await restore(files.path('copy.tar.gz'), '--data', files.path('first')).catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(InputError);
    expect((refused as InputError).vi).toContain('không trống');
  }, 120_000);
});
