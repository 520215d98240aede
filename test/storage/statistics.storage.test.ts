// Official statistics' storage on PGlite and on a PostgreSQL server: a GSO PX-Web table goes in and its
// figures come back out, ranked by the dataset's direction; importing again changes nothing; a changed
// figure replaces its year with an audit record; a failure half-way stores nothing; a count is summed
// onto the 34 and a rate is refused there. Expected figures were read by hand from the files
// (test/fixtures/vn/gso_2002_2016_choisy/, line and column beside each), never from the code under test.
import { readFileSync } from 'node:fs';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection';
import type { Actor } from '../../src/http/actor';
import { AppError } from '../../src/http/errors';
import { readPxWebCsv, type PxWebTable } from '../../src/importers/pxweb.csv';
import { auditLog } from '../../src/modules/audit/audit.table';
import { sha256Of } from '../../src/modules/indicators/import.service';
import { storeStatistics } from '../../src/modules/indicators/statistic.import';
import { datasetScores, listDatasets } from '../../src/modules/indicators/statistic.service';
import { statisticImports, statisticValues } from '../../src/modules/indicators/statistic.table';
import { openTestDatabase, storageKinds } from '../helpers/database';
import { fixture } from '../helpers/fixtures';

const actor: Actor = { userId: null, label: 'statistics test', platformRole: 'administrator', spaceRoles: new Map(), via: 'admin-token' };
const now = new Date('2026-03-15T03:04:05.678Z');
const later = new Date('2026-04-01T00:00:00.000Z');
const file = (name: string) => fixture('vn', 'gso_2002_2016_choisy', `${name}.csv`);
const POVERTY = 'Poverty rate by province';
const BEDS = 'Number of patient beds under provincial departments of health by province';

function read(name: string, text = readFileSync(file(name), 'utf8')): { table: PxWebTable; sha256: string } {
  return { table: readPxWebCsv(text, `${name}.csv`), sha256: sha256Of(new TextEncoder().encode(text)) };
}

describe.each(storageKinds)('statistics storage on %s', (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(() => database?.close());

  const counts = async () => ({
    values: (await database.db.select({ n: count() }).from(statisticValues))[0].n,
    imports: (await database.db.select({ n: count() }).from(statisticImports))[0].n,
    audit: (await database.db.select({ n: count() }).from(auditLog))[0].n,
  });

  it('imports the poverty rate and gives it back ranked lowest first, the preliminary year marked', async () => {
    const { table, sha256 } = read(POVERTY);
    const report = await storeStatistics(database.db, actor, table, sha256, now);
    expect(report).toMatchObject({ changed: true, setAside: [expect.objectContaining({ line: 7, name: 'Ha Tay' })] });
    expect(report.datasets).toEqual([
      {
        key: 'gso.poverty-rate',
        name: { vi: 'Tỷ lệ hộ nghèo', en: 'Poverty rate' },
        unit: { vi: '%', en: '%' },
        years: [2006, 2008, 2010, 2012, 2013, 2014, 2015, 2016],
        localities: 63,
        outcome: 'created',
        changedYears: [2006, 2008, 2010, 2012, 2013, 2014, 2015, 2016],
      },
    ]);
    // 63 × 8 less Ho Chi Minh city's "Pre. 2016" (line 60: "..")
    expect(await counts()).toEqual({ values: 503, imports: 1, audit: 1 });
    const [audit] = await database.db.select().from(auditLog).where(eq(auditLog.entityId, 'gso.poverty-rate'));
    expect(audit).toMatchObject({ action: 'statistics.import', entityType: 'statistic_dataset', actorLabel: 'statistics test', before: null });

    const scores = await datasetScores(database.db, 'gso.poverty-rate', 2015, 63);
    expect(scores).toMatchObject({ year: 2015, unit: 63, preliminary: false, source: { file: `${POVERTY}.csv`, sha256 } });
    expect(scores.dataset).toMatchObject({ direction: 'higher-worse', aggregation: 'rate' });
    // "2015" column: Binh Duong (line 57) and Ho Chi Minh city (line 60) 0.0, then Ba Ria - Vung Tau 0.7
    expect(scores.rows.slice(0, 3).map((r) => [r.code, r.value, r.rank])).toEqual([
      ['74', 0, 1],
      ['79', 0, 1],
      ['77', 0.7, 3],
    ]);
    expect(scores.rows.find((r) => r.code === '92')?.value).toBe(3.1); // line 70 "Can Tho"
    const prelim = await datasetScores(database.db, 'gso.poverty-rate', 2016, 63);
    expect(prelim.preliminary).toBe(true);
    expect(prelim.rows).toHaveLength(63);
    expect(prelim.rows.at(-1)).toEqual({ code: '79', value: null, rank: null }); // line 60, "Pre. 2016": ".."
    expect((await listDatasets(database.db)).map((d) => [d.key, d.years.length, d.years.at(-1)])).toEqual([
      ['gso.poverty-rate', 8, { year: 2016, localities: 62, preliminary: true }],
    ]);
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await counts();
    const { table, sha256 } = read(POVERTY);
    const report = await storeStatistics(database.db, actor, table, sha256, later);
    expect(report.changed).toBe(false);
    expect(report.datasets[0]).toMatchObject({ outcome: 'unchanged', changedYears: [] });
    expect(await counts()).toEqual(before);
  });

  it('replaces only the year whose figures differ, with the figures before and after in the audit', async () => {
    const text = readFileSync(file(POVERTY), 'utf8').replace('"Can Tho";7.5;7.0;7.2;5.9;5.3;4.5;3.1;1.7', '"Can Tho";7.5;7.0;7.2;5.9;5.3;4.5;3.2;1.7');
    const { table, sha256 } = read(POVERTY, text);
    const report = await storeStatistics(database.db, actor, table, sha256, later);
    expect(report.datasets[0]).toMatchObject({ outcome: 'replaced', changedYears: [2015] });
    expect(await counts()).toEqual({ values: 503, imports: 2, audit: 2 });
    const scores = await datasetScores(database.db, 'gso.poverty-rate', 2015, 63);
    expect(scores.rows.find((r) => r.code === '92')?.value).toBe(3.2);
    expect(scores.source.sha256).toBe(sha256);
    expect((await datasetScores(database.db, 'gso.poverty-rate', 2014, 63)).source.sha256).not.toBe(sha256);
    const [audit] = await database.db.select().from(auditLog).where(eq(auditLog.action, 'statistics.replace'));
    const before = audit.before as { years: number[]; values: Array<[number, string, number, boolean]> };
    const after = audit.after as { years: number[]; values: Array<[number, string, number, boolean]> };
    expect(before.years).toEqual([2015]);
    expect(before.values).toContainEqual([2015, '92', 3.1, false]);
    expect(after.values).toContainEqual([2015, '92', 3.2, false]);
    expect(after.values).toHaveLength(63);
  });

  it('stores nothing when a write fails half-way through a file of several datasets', async () => {
    const before = await counts();
    const { table, sha256 } = read(BEDS);
    // The second dataset carries one figure twice: its insert fails after the first dataset was written.
    table.datasets[1].values.push({ ...table.datasets[1].values[0] });
    await expect(storeStatistics(database.db, actor, table, sha256, now)).rejects.toThrow();
    expect(await counts()).toEqual(before);
    expect((await listDatasets(database.db)).map((d) => d.key)).toEqual(['gso.poverty-rate']);
  });

  it('sums a count onto the 34, naming the 63 it was formed from, and refuses a rate whose denominator is not held', async () => {
    const { table, sha256 } = read(BEDS);
    const report = await storeStatistics(database.db, actor, table, sha256, now);
    expect(report.datasets.map((d) => [d.key, d.outcome])).toEqual([
      ['gso.beds.total', 'created'],
      ['gso.beds.hospital', 'created'],
      ['gso.beds.regional-polyclinic', 'created'],
      ['gso.beds.sanatorium-rehabilitation', 'created'],
      ['gso.beds.medical-service-unit', 'created'],
    ]);
    const on34 = await datasetScores(database.db, 'gso.beds.total', 2015, 34);
    expect(on34.rows).toHaveLength(34);
    expect(on34.method?.en).toMatch(/^sum of the figures/);
    // "2015 Total": Can Tho 2,966 (line 70), Hau Giang 2,500 (line 71), Soc Trang 2,851 (line 72)
    expect(on34.rows.find((r) => r.code === '92')).toMatchObject({ value: 2966 + 2500 + 2851, constituents: ['92', '93', '94'], missing: [] });
    // Hà Nội kept its territory: 14,336 (line 6)
    expect(on34.rows.find((r) => r.code === '01')).toMatchObject({ value: 14336, constituents: ['01'], missing: [] });
    const refused = await datasetScores(database.db, 'gso.poverty-rate', 2015, 34).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).status).toBe(400);
    // its denominator (households) is declared but not held: refused, never averaged plainly
    expect((refused as AppError).code).toBe('statistics.denominator_missing');
    expect((refused as AppError).text.en).toMatch(/cannot be carried onto the 34 provinces: the rate must be weighted by "Households/);
  });

  it('says plainly when a dataset or a year is not held', async () => {
    const unknown = await datasetScores(database.db, 'gso.cinemas', 2015, 63).catch((e: unknown) => e);
    expect((unknown as AppError).text).toEqual({ vi: 'Chưa nhập bộ số liệu thống kê "gso.cinemas".', en: 'No statistics dataset "gso.cinemas" has been imported.' });
    const year = await datasetScores(database.db, 'gso.poverty-rate', 2009, 63).catch((e: unknown) => e);
    expect((year as AppError).text.en).toBe('The dataset "gso.poverty-rate" holds no figures for 2009.');
  });
});
