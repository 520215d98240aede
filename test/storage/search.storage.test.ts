// Vietnamese search on both databases: vn_fold (migration 0015) behind an expression index, queries from
// src/db/search.ts. What a person types never errors, and "đường" finds "Duong" and "ĐƯỜNG".
import { sql } from 'drizzle-orm';
import { integer, pgTable, text } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vnFold } from '../../src/core/text';
import type { Database } from '../../src/db/connection';
import { queryRows } from '../../src/db/rows';
import { searchVector, textSearch } from '../../src/db/search';
import { openTestDatabase, storageKinds } from '../helpers/database';

const probe = pgTable('search_probe', { id: integer('id').primaryKey(), title: text('title').notNull(), abstract: text('abstract') });
const ROWS: [number, string, string | null][] = [
  [1, 'Đường Lê Lợi', 'Mở rộng vỉa hè'],
  [2, 'Duong vao lang', null],
  [3, 'ĐƯỜNG LIÊN XÃ', 'Bê tông hóa'],
  [4, 'Quy hoach tinh Can Tho', 'Tham luận của Sở Kế hoạch và Đầu tư'],
  [5, 'Quy hoạch tỉnh Thừa Thiên Huế', null],
  [6, 'Giáo dục nghề nghiệp', 'Đào tạo lại lao động'],
  [7, 'Quyết định 123/QĐ-UBND ngày 13/07/2021', 'Liên hệ so.tc@cantho.gov.vn, +84 292 3820 000'],
];
const TONES = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
/** Every Vietnamese letter, lower and upper case, each vowel with each tone, NFC. */
const EVERY_LETTER = [...'bcdđghklmnpqrstvx', ...VOWELS.flatMap((v) => [v, ...TONES.map((t) => (v + t).normalize('NFC'))])].flatMap((c) => [c, c.toUpperCase()]).join(' ');

describe.each(storageKinds)('Vietnamese search on %s', (kind) => {
  let database: Database;
  const found = async (input: string) => {
    const search = textSearch(searchVector(probe.title, probe.abstract), input);
    if (!search) return null;
    const rows = await database.db.select({ id: probe.id }).from(probe).where(search.where).orderBy(sql`${search.rank} desc`, probe.id);
    return rows.map((r) => r.id).sort((a, b) => a - b);
  };
  beforeAll(async () => {
    database = await openTestDatabase(kind);
    await database.db.execute(sql`create table search_probe (id integer primary key, title text not null, abstract text)`);
    // Refused unless vn_fold is IMMUTABLE.
    await database.db.execute(sql`create index search_probe_text on search_probe using gin (${searchVector(sql.raw('title'), sql.raw('abstract'))})`);
    await database.db.insert(probe).values(ROWS.map(([id, title, abstract]) => ({ id, title, abstract })));
  });
  afterAll(() => database?.close());

  it('finds a word whatever its diacritics, case and đ/d', async () => {
    expect(await found('đường')).toEqual([1, 2, 3]);
    expect(await found('DUONG')).toEqual([1, 2, 3]);
    expect(await found('Dường')).toEqual([1, 2, 3]);
  });

  it('needs every word, the last one as a prefix, in title or abstract', async () => {
    expect(await found('quy hoạch')).toEqual([4, 5]);
    expect(await found('quy hoa')).toEqual([4, 5]);
    expect(await found('hoạch quy thừa')).toEqual([5]);
    expect(await found('ke hoach dau tu')).toEqual([4]);
    expect(await found('đào tạo')).toEqual([6]);
    expect(await found('hoa quy')).toEqual([]);
    expect(await found('Thừa Thiên-Huế')).toEqual([5]);
    expect(await found('Hà Nội')).toEqual([]);
  });

  it('finds numbers, codes and addresses written with punctuation by their parts', async () => {
    expect(await found('123/QĐ-UBND')).toEqual([7]);
    expect(await found('qd ubnd')).toEqual([7]);
    expect(await found('2021')).toEqual([7]);
    expect(await found('13/07')).toEqual([7]);
    expect(await found('cantho')).toEqual([7]);
    expect(await found('+84 292')).toEqual([7]);
  });

  it('never errors on punctuation or odd input, and nothing typed becomes query syntax', async () => {
    for (const odd of ["'", "' or 1=1 --", 'a & | ! ( ) :* <-> b', "O'Brien", '\\', '%_', '\u0000x', '😀 đường', 'ﬁ', 'x'.repeat(5000), 'đường'.repeat(300), 'q'.repeat(3) + ' ' + '1'.repeat(30)]) {
      await expect(found(odd), odd.slice(0, 20)).resolves.not.toBeUndefined();
    }
    expect(await found('a & | ! ( ) :* <-> b')).toEqual([]);
    expect(await found('😀 đường')).toEqual([1, 2, 3]);
    expect(await found("'; drop table search_probe; --")).toEqual([]);
    expect(await found('đường')).toEqual([1, 2, 3]);
  });

  it('has nothing to search for in blanks and punctuation', async () => {
    expect(await found('')).toBeNull();
    expect(await found("  ' - ; ")).toBeNull();
  });

  it('folds every Vietnamese letter in SQL as core/text does', async () => {
    const [row] = await queryRows<{ f: string }>(database.db, sql`select vn_fold(${EVERY_LETTER}) as f`);
    expect(row.f).toBe(vnFold(EVERY_LETTER));
    expect(new Set(row.f.replaceAll(' ', ''))).toEqual(new Set('abcdeghiklmnopqrstuvxy'));
  });

  it('is IMMUTABLE and gives the same answer with an empty search_path (restores, autovacuum)', async () => {
    const [fn] = await queryRows<{ volatility: string }>(database.db, sql`select provolatile as volatility from pg_proc where proname = 'vn_fold'`);
    expect(fn.volatility).toBe('i');
    const folded = await database.db.transaction(async (tx) => {
      await tx.execute(sql`set local search_path = ''`);
      return queryRows<{ f: string }>(tx, sql`select public.vn_fold('ĐƯỜNG Thừa Thiên Huế') as f`);
    });
    expect(folded[0].f).toBe('duong thua thien hue');
  });

  it('lets the planner use the expression index', async () => {
    const search = textSearch(searchVector(probe.title, probe.abstract), 'đường');
    const plan = await database.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      return queryRows<{ 'QUERY PLAN': string }>(tx, sql`explain select id from search_probe where ${search!.where}`);
    });
    expect(plan.map((r) => r['QUERY PLAN']).join('\n')).toContain('search_probe_text');
  });
});
