// The evidence hub's storage on PGlite and on a PostgreSQL server: an official workbook goes in and the
// published figures come back out; importing again changes nothing; a different file replaces an edition
// with an audit record; a bad file stores nothing; the 34 are traceable to the 63. Expected figures were
// read by hand from the files (cell or line beside each), never from the code under test.
import { readFileSync } from 'node:fs';
import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection';
import type { Actor } from '../../src/http/actor';
import { importIndexBytes, importIndexFile } from '../../src/importers/import-file';
import { IndexFileError } from '../../src/importers/problems';
import { auditLog } from '../../src/modules/audit/audit.table';
import { loadDemoEvidence } from '../../src/modules/indicators/demo.evidence';
import { importUpload, sha256Of, storeImport } from '../../src/modules/indicators/import.service';
import { editionScores } from '../../src/modules/indicators/indicator.service';
import { indexImports, indexValues } from '../../src/modules/indicators/indicator.table';
import { openTestDatabase, storageKinds } from '../helpers/database';
import { fixture } from '../helpers/fixtures';

const actor: Actor = { userId: null, label: 'evidence test', platformRole: 'administrator', spaceRoles: new Map(), via: 'admin-token' };
const now = new Date('2026-03-15T03:04:05.678Z');
const later = new Date('2026-04-01T00:00:00.000Z');
const PCI_2016 = fixture('vn', 'pci_papi_mdtrinh_vietnamdata', 'PCI_2016.xlsx');
const PAPI_2016_CSV = fixture('vn', 'papi_hnks-gh_ml-mcdm', '2016.csv');

/** The CSV text with field `column` (0 = Province) of the line starting with `id` replaced. */
function editCsv(text: string, edits: Array<[id: string, column: number, value: string]>): string {
  return text
    .split('\n')
    .map((line) => {
      const fields = line.split(',');
      for (const [id, column, value] of edits) if (fields[0] === id) fields[column] = value;
      return fields.join(',');
    })
    .join('\n');
}

async function importPath(database: Database, file: string, at = now) {
  return storeImport(database.db, actor, await importIndexFile(file), sha256Of(readFileSync(file)), at);
}

describe.each(storageKinds)('evidence storage on %s', (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(() => database?.close());

  const counts = async () => ({
    values: (await database.db.select({ n: count() }).from(indexValues))[0].n,
    imports: (await database.db.select({ n: count() }).from(indexImports))[0].n,
    audit: (await database.db.select({ n: count() }).from(auditLog))[0].n,
  });
  const snapshot = () => database.db.select().from(indexValues).orderBy(indexValues.index, indexValues.year, indexValues.localityCode);

  it('imports PCI_2016.xlsx and gives back the published composites, sub-indices and ranks', async () => {
    const report = await importPath(database, PCI_2016);
    expect(report).toMatchObject({ file: 'PCI_2016.xlsx', index: 'PCI', changed: true, editions: [{ year: 2016, rows: 63, outcome: 'created', gaps: [] }] });
    const scores = await editionScores(database.db, 'PCI', 2016, 63);
    expect(scores.rows).toHaveLength(63);
    expect(scores.source).toMatchObject({ file: 'PCI_2016.xlsx', sha256: sha256Of(readFileSync(PCI_2016)) });
    const row = (code: string) => scores.rows.find((r) => r.code === code)!;
    // Summary_VN, column W (composite) and X (rank)
    expect([row('48').score, row('48').rank]).toEqual([70.00139617919922, 1]); // W2 Đà Nẵng
    expect([row('92').score, row('92').rank]).toEqual([61.13789367675781, 11]); // W12 Cần Thơ
    expect([row('94').score, row('94').rank]).toEqual([60.07257080078125, 22]); // W23 Sóc Trăng
    expect([row('79').score, row('79').rank]).toEqual([61.723297119140625, 8]); // W9 "Tp.HCM"
    expect([row('04').score, row('04').rank]).toEqual([52.988868713378906, 63]); // W64 Cao Bằng
    expect(row('92').dimensions).toEqual({
      'entry-costs': 8.64598274230957, // C25
      'land-access': 6.219374179840088, // E15
      transparency: 6.023304462432861, // G48
      'time-costs': 7.248294353485107, // I8
      'informal-charges': 6.058429718017578, // K12
      'policy-bias': 4.473758697509766, // M54
      proactivity: 4.683919429779053, // O40
      'business-support': 5.758384704589844, // Q23
      'labour-training': 6.29988956451416, // S23
      'legal-institutions': 6.561282157897949, // U7
    });
    expect(scores.rows[0].code).toBe('48');
  });

  it('changes nothing when the same file is imported again: rows, values, imports and audit stay as they were', async () => {
    const before = { counts: await counts(), rows: await snapshot() };
    const report = await importPath(database, PCI_2016, later);
    expect(report.changed).toBe(false);
    expect(report.editions).toMatchObject([{ year: 2016, outcome: 'unchanged', reason: 'same-file', previous: { file: 'PCI_2016.xlsx' } }]);
    expect(await counts()).toEqual(before.counts);
    expect(await snapshot()).toEqual(before.rows);
  });

  it('replaces an edition from a different file, auditing the values before and after', async () => {
    const original = readFileSync(PAPI_2016_CSV, 'utf8');
    await storeImport(database.db, actor, await importIndexFile(PAPI_2016_CSV), sha256Of(readFileSync(PAPI_2016_CSV)), now);
    // 2016.csv line 2: P01 (Hà Nội) = 1.091060162,1.681598067,1.522135735,1.042904496,… — SC11 corrected to 1.2
    const corrected = Buffer.from(editCsv(original, [['P01', 1, '1.2']]));
    const before = await counts();
    const report = await importUpload(database.db, actor, { bytes: corrected, name: 'PAPI_2016_corrected.csv', year: 2016 }, later);
    expect(report.editions).toMatchObject([{ year: 2016, rows: 63, outcome: 'replaced', previous: { file: '2016.csv' } }]);
    expect(await counts()).toEqual({ values: before.values, imports: before.imports + 1, audit: before.audit + 1 });
    const scores = await editionScores(database.db, 'PAPI', 2016, 63);
    expect(scores.source.file).toBe('PAPI_2016_corrected.csv');
    expect(scores.rows.find((r) => r.code === '01')!.dimensions.participation).toBeCloseTo(1.2 + 1.681598067 + 1.522135735 + 1.042904496, 12);
    const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.action, 'indicators.replace'));
    type Logged = { source: { file: string }; rows: Array<{ code: string; subdimensions: Record<string, number> }> };
    const [was, is] = [entry.before as Logged, entry.after as Logged];
    expect(entry).toMatchObject({ entityType: 'index_edition', entityId: 'PAPI 2016', actorLabel: 'evidence test' });
    expect([was.source.file, is.source.file]).toEqual(['2016.csv', 'PAPI_2016_corrected.csv']);
    expect(was.rows.find((r) => r.code === '01')!.subdimensions['civic-knowledge']).toBe(1.091060162);
    expect(is.rows.find((r) => r.code === '01')!.subdimensions['civic-knowledge']).toBe(1.2);
  });

  it('leaves an edition alone when another file carries exactly the stored values', async () => {
    const corrected = editCsv(readFileSync(PAPI_2016_CSV, 'utf8'), [['P01', 1, '1.2']]);
    const before = await counts();
    // the same figures with Windows line endings: another file, other bytes, equal values
    const report = await importUpload(database.db, actor, { bytes: Buffer.from(corrected.replace(/\n/g, '\r\n')), name: 'PAPI_2016_crlf.csv', year: 2016 }, later);
    expect(report.editions).toMatchObject([{ outcome: 'unchanged', reason: 'same-values', previous: { file: 'PAPI_2016_corrected.csv' } }]);
    expect(await counts()).toEqual(before);
  });

  it('imports nothing from a CSV with bad rows, and names every one of them', async () => {
    const text = editCsv(readFileSync(PAPI_2016_CSV, 'utf8'), [
      ['P05', 1, 'abc'], // line 6
      ['P10', 2, '9'], // line 11: SC12 is a quarter of a dimension, at most 2.5
      ['P20', 5, ''], // line 21: SC21 blank while SC22, SC23 are filled
    ]);
    const before = { counts: await counts(), rows: await snapshot() };
    const upload = importUpload(database.db, actor, { bytes: Buffer.from(text), name: 'bad-2016.csv' }, later);
    await expect(upload).rejects.toBeInstanceOf(IndexFileError);
    const problems = await upload.catch((err: IndexFileError) => err.problems);
    expect(problems).toEqual([
      { sheet: 'bad-2016.csv', row: 6, column: 'SC11', vi: '"abc" không phải là số', en: '"abc" is not a number' },
      { sheet: 'bad-2016.csv', row: 11, column: 'SC12', vi: '9 nằm ngoài khoảng 0–2,50 của Cơ hội tham gia', en: '9 is outside 0–2.50 for participation-opportunities' },
      {
        sheet: 'bad-2016.csv',
        row: 21,
        column: 'SC21',
        vi: 'SC21 (Danh sách hộ nghèo) để trống trong khi các nội dung thành phần khác của Công khai, minh bạch trong việc ra quyết định ở địa phương có số liệu',
        en: 'SC21 (poverty-lists) is empty while other sub-dimensions of transparency are filled',
      },
    ]);
    expect(await counts()).toEqual(before.counts);
    expect(await snapshot()).toEqual(before.rows);
  });

  it('reads PCI 2016 onto the 34 traceably: constituents named, a unit formed from one province equal to it', async () => {
    const merged = await editionScores(database.db, 'PCI', 2016, 34);
    expect(merged.rows).toHaveLength(34);
    expect(merged.method).toMatch(/^equal-weight mean of the 63-province figures/);
    const row = (code: string) => merged.rows.find((r) => r.code === code)!;
    // Cần Thơ (34) = Cần Thơ + Hậu Giang + Sóc Trăng (Resolution 202/2025/QH15); W12, W38, W23
    expect(row('92').merged!.constituents).toEqual([
      { code: '92', weight: 1 / 3 },
      { code: '93', weight: 1 / 3 },
      { code: '94', weight: 1 / 3 },
    ]);
    expect(row('92').score).toBeCloseTo((61.13789367675781 + 57.81549835205078 + 60.07257080078125) / 3, 12);
    // Quảng Ninh and Hà Nội kept their territory: exactly the published composites (W3, W15)
    expect([row('22').score, row('22').merged!.constituents]).toEqual([65.59555053710938, [{ code: '22', weight: 1 }]]);
    expect(row('01').score).toBe(60.74099349975586);
    expect(row('01').dimensions['entry-costs']).toBe(7.507708549499512);
    const used = merged.rows.flatMap((r) => r.merged!.constituents.map((c) => c.code)).sort();
    expect(used).toHaveLength(63);
    expect(new Set(used).size).toBe(63);
  });
});

describe('the demo evidence', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase('pglite');
  });
  afterAll(() => database?.close());

  // PCI 2012–2022 (11), PAPI 2011–2024 (14), PGI 2022–2024 (3).
  it('loads PCI 2012–2022, PAPI 2011–2024 and PGI 2022–2024 once, as the original files would be stored', async () => {
    expect(await loadDemoEvidence(database.db, now)).toEqual({ stored: 28, unchanged: 0 });
    const audits = (await database.db.select({ n: count() }).from(auditLog))[0].n;
    expect(await loadDemoEvidence(database.db, later)).toEqual({ stored: 0, unchanged: 28 });
    expect((await database.db.select({ n: count() }).from(auditLog))[0].n).toBe(audits);
    const editions = await database.db.execute(sql`select count(distinct (${indexValues.index}, ${indexValues.year}))::int as n from ${indexValues}`);
    expect((editions as unknown as { rows: Array<{ n: number }> }).rows[0].n).toBe(28);
    // importing the real files afterwards finds them already there
    expect((await importPath(database, PCI_2016, later)).editions[0]).toMatchObject({ outcome: 'unchanged', reason: 'same-file' });
    const csv = readFileSync(PAPI_2016_CSV);
    const papi = await storeImport(database.db, actor, await importIndexBytes(csv, '2016.csv'), sha256Of(csv), later);
    expect(papi.editions[0]).toMatchObject({ outcome: 'unchanged', reason: 'same-file' });
    // the reduced copy of PCI 2017.xlsx (same Summary sheet, other bytes) holds exactly the values carried
    const reduced = fixture('vn', 'pci_2017_2019_vietnam_elections', 'PCI 2017 summary.xlsx');
    expect((await importPath(database, reduced, later)).editions[0]).toMatchObject({ outcome: 'unchanged', reason: 'same-values', previous: { file: 'PCI 2017.xlsx' } });
    const pci = await editionScores(database.db, 'PCI', 2016, 63);
    expect(pci.rows.find((r) => r.code === '92')!.score).toBe(61.13789367675781); // W12
  });
});
