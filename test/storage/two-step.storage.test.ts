// The ballots' two-round-trip transaction (src/db/two-step.ts) on both databases: literals come back
// exactly as written, a failing write script leaves nothing behind, and the lock orders two batches.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection';
import { literal } from '../../src/db/two-step';
import { openTestDatabase, storageKinds } from '../helpers/database';

describe.each(storageKinds)('two-step transactions on %s', (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
    await database.twoStep('create table scratch (id int primary key, note text)', () => null);
  });
  afterAll(() => database?.close());

  it('reads back any text written as a literal, quotes and Vietnamese included', async () => {
    const text = fc.string({ unit: fc.oneof(fc.constantFrom("'", '\\', '"', ';', '-', 'ệ', 'Đ', '\n'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })) }).filter((s) => !s.includes('\0'));
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 5 }), async (values) => {
        const [rows] = await database.twoStep(`select array[${values.map(literal).join(',')}]::text[] as v`, () => null);
        expect(rows[0].v).toEqual(values);
      }),
      { numRuns: 60 },
    );
  });

  it('commits the write script with the read, and rolls both back when the write fails', async () => {
    await database.twoStep('select 1', () => `insert into scratch values (1, ${literal("một")})`);
    await expect(database.twoStep('select 1', () => `insert into scratch values (2, 'hai'); insert into scratch values (1, 'again')`)).rejects.toThrow();
    const [rows] = await database.twoStep('select id, note from scratch order by id', () => null);
    expect(rows).toEqual([{ id: 1, note: 'một' }]);
  });

  it('lets a statement after a row lock see what the lock holder committed', async () => {
    await database.twoStep('select 1', () => `insert into scratch values (10, 'head')`);
    const order: string[] = [];
    const first = database.twoStep('select id from scratch where id = 10 for update', () => {
      order.push('first read');
      return `insert into scratch values (11, 'first')`;
    });
    const second = database.twoStep(`select id from scratch where id = 10 for update; select count(*)::int as n from scratch where id = 11`, (results) => {
      order.push(`second read sees ${results[1][0].n}`);
      return null;
    });
    await Promise.all([first, second]);
    expect(order).toEqual(['first read', 'second read sees 1']);
  });
});
