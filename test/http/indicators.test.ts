// The evidence API through app.inject: who may read and who may import, uploads (good, repeated, legacy
// .xls, bad rows), one edition on the 63 and on the 34, the units in force on a day, a province's profile,
// a comparison and the evidence per priority area. Expected figures were read by hand from the
// workbooks' summary sheets (cell beside each).
import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { importIndexFile } from '../../src/importers/import-file';
import { adminHeaders, makeUser, signIn, type Session } from '../helpers/app';
import { describeApp } from '../helpers/http';
import { fixture } from '../helpers/fixtures';

const workbook = (file: string) => fixture('vn', 'pci_papi_mdtrinh_vietnamdata', file);
const PAPI_2016_CSV = fixture('vn', 'papi_hnks-gh_ml-mcdm', '2016.csv');

describeApp('evidence API', {}, (t) => {
  let admin: Session;
  let official: Session;

  const upload = (headers: Record<string, string>, query: string, bytes: Buffer) =>
    t.app.inject({ method: 'POST', url: `/api/indicators/import?${query}`, headers: { ...headers, 'content-type': 'application/octet-stream' }, payload: bytes });
  const get = (url: string, session: Session = official) => t.app.inject({ method: 'GET', url, headers: session.headers });

  beforeAll(async () => {
    await makeUser(t.database, 'quantri@example.vn', {}, 'administrator');
    await makeUser(t.database, 'canbo@example.vn', {}, 'facilitator');
    admin = await signIn(t.app, 'quantri@example.vn');
    official = await signIn(t.app, 'canbo@example.vn');
  });

  it('answers 401 to every evidence route without a session', async () => {
    const urls = ['/api/indicators', '/api/indicators/PCI/2016', '/api/localities', '/api/localities/92/profile', '/api/localities/compare?codes=92,94&index=PCI', '/api/localities/92/priority-evidence'];
    for (const url of urls) expect((await t.app.inject({ method: 'GET', url })).statusCode, url).toBe(401);
    expect((await upload({}, 'name=PCI_2016.xlsx', readFileSync(workbook('PCI_2016.xlsx')))).statusCode).toBe(401);
  });

  it('refuses an import by someone who is not an administrator, and stores nothing', async () => {
    const res = await upload(official.headers, 'name=PCI_2016.xlsx', readFileSync(workbook('PCI_2016.xlsx')));
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('auth.forbidden');
    expect((await get('/api/indicators')).json().editions).toEqual([]);
  });

  it('imports official files for an administrator, and says so when a file is sent again', async () => {
    const first = await upload(admin.headers, 'name=PCI_2016.xlsx', readFileSync(workbook('PCI_2016.xlsx')));
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ file: 'PCI_2016.xlsx', index: 'PCI', changed: true, editions: [{ year: 2016, rows: 63, outcome: 'created' }] });
    const again = await upload(admin.headers, 'name=PCI_2016.xlsx&index=pci&year=2016', readFileSync(workbook('PCI_2016.xlsx')));
    expect(again.json()).toMatchObject({ changed: false, editions: [{ outcome: 'unchanged', reason: 'same-file' }] });
    expect((await upload(adminHeaders, 'name=PCI_2015.xlsx', readFileSync(workbook('PCI_2015.xlsx')))).json().editions[0].outcome).toBe('created');
    expect((await upload(adminHeaders, 'name=2016.csv', readFileSync(PAPI_2016_CSV))).json()).toMatchObject({ index: 'PAPI', editions: [{ year: 2016, outcome: 'created' }] });
    const listed = (await get('/api/indicators')).json().editions;
    expect(listed.map((e: { index: string; year: number }) => `${e.index} ${e.year}`)).toEqual(['PAPI 2016', 'PCI 2015', 'PCI 2016']);
  });

  it('refuses a legacy .xls upload with a sentence in Vietnamese and English', async () => {
    const res = await upload(admin.headers, 'name=PCI_2010.xls', readFileSync(workbook('PCI_2010.xls')));
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('indicators.xls_upload');
    expect(error.vi).toContain('dòng lệnh');
    expect(error.en).toContain('command line');
  });

  it('refuses a file that is no index file with one sentence in Vietnamese and one in English', async () => {
    const res = await upload(admin.headers, 'name=bao-cao.csv', Buffer.from('Tỉnh,Điểm\nCần Thơ,61\n'));
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('indicators.file_rejected');
    expect(error.vi).toContain('không phải tệp CSV nhập được');
    expect(error.en).toContain('is not a CSV the importer reads');
  });

  it('refuses a file with bad rows, listing every one, and keeps the stored figures', async () => {
    const lines = readFileSync(PAPI_2016_CSV, 'utf8').split('\n');
    lines[3] = lines[3].replace(/^P03,[^,]*/, 'P03,x'); // line 4
    lines[8] = lines[8].replace(/^P08,[^,]*/, 'P08,-1'); // line 9
    const res = await upload(admin.headers, 'name=2016.csv', Buffer.from(lines.join('\n')));
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('indicators.bad_file');
    expect(error.problems.map((p: { row: number; column: string }) => [p.row, p.column])).toEqual([[4, 'SC11'], [9, 'SC11']]);
    // Each problem in Vietnamese and English.
    expect(error.problems[0]).toEqual({ sheet: '2016.csv', row: 4, column: 'SC11', vi: '"x" không phải là số', en: '"x" is not a number' });
    expect(error.problems[1]).toMatchObject({ vi: '-1 nằm ngoài khoảng 0–2,50 của Tri thức công dân', en: '-1 is outside 0–2.50 for civic-knowledge' });
    const stored = (await get('/api/indicators/PAPI/2016')).json();
    expect(stored.source.file).toBe('2016.csv');
    expect(stored.rows).toHaveLength(63);
  });

  it('gives one edition best first to anyone signed in, and 404 for an edition not imported', async () => {
    const res = await get('/api/indicators/pci/2016');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ index: 'PCI', year: 2016, unit: 63, source: { file: 'PCI_2016.xlsx' } });
    expect(body.dimensions).toHaveLength(10);
    expect(body.rows[0]).toMatchObject({ locality: { code: '48', name: 'Đà Nẵng' }, score: 70.00139617919922, rank: 1 }); // W2
    expect(body.rows.find((r: { locality: { code: string } }) => r.locality.code === '92')).toMatchObject({ score: 61.13789367675781, rank: 11 }); // W12, X12
    const missing = await get('/api/indicators/PCI/2013');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error).toMatchObject({ code: 'indicators.not_imported', en: 'No PCI 2013 figures have been imported.' });
  });

  it('re-aggregates an edition onto the 34 with the method and each unit’s constituents', async () => {
    const body = (await get('/api/indicators/PCI/2016?unit=34')).json();
    expect(body.unit).toBe(34);
    expect(body.rows).toHaveLength(34);
    expect(body.method).toMatch(/equal-weight mean/);
    const canTho = body.rows.find((r: { locality: { code: string } }) => r.locality.code === '92');
    expect(canTho.constituents.map((c: { name: string }) => c.name)).toEqual(['Cần Thơ', 'Hậu Giang', 'Sóc Trăng']);
    expect(canTho.score).toBeCloseTo((61.13789367675781 + 57.81549835205078 + 60.07257080078125) / 3, 12); // W12, W38, W23
  });

  it('lists the units in force on a day, with the merger in both directions', async () => {
    const before = (await get('/api/localities?date=2025-06-30')).json();
    expect([before.set, before.localities.length]).toEqual([63, 63]);
    expect(before.localities.find((l: { code: string }) => l.code === '93')).toMatchObject({ name: 'Hậu Giang', successor: { code: '92', name: 'Cần Thơ' }, region: { key: 'mekong-delta' } });
    const after = (await get('/api/localities?date=2025-07-01')).json();
    expect([after.set, after.localities.length]).toEqual([34, 34]);
    expect(after.localities.find((l: { code: string }) => l.code === '92').predecessors.map((p: { code: string }) => p.code)).toEqual(['92', '93', '94']);
    // Thừa Thiên Huế became Thành phố Huế on 1 January 2025
    expect(((await get('/api/localities?date=2024-12-31')).json().localities as { code: string; fullName: string }[]).find((l) => l.code === '46')!.fullName).toBe('Tỉnh Thừa Thiên Huế');
    expect((await get('/api/localities?date=2000-01-01')).json().error.code).toBe('locality.no_units_on_date');
  });

  it('profiles a province: ranks in the country and region, regional median, weakest sub-indices, trend', async () => {
    const res = await get('/api/localities/92/profile');
    expect(res.statusCode).toBe(200);
    const pci = res.json().indices.find((i: { index: string }) => i.index === 'PCI');
    const y2016 = pci.years.find((y: { year: number }) => y.year === 2016);
    expect(y2016.national).toMatchObject({ rank: 11, of: 63 }); // X12
    // the Mekong Delta's 13 in 2016: Đồng Tháp 3rd (X4), Vĩnh Long 6th (X7), Cần Thơ 11th (X12), …
    expect(y2016.regional).toMatchObject({ rank: 3, of: 13 });
    expect(y2016.regionalMedian).toBe(60.07257080078125); // the 7th of 13: Sóc Trăng, W23
    expect(pci.years.find((y: { year: number }) => y.year === 2015).national).toMatchObject({ rank: 14, of: 63 }); // PCI_2015.xlsx X15
    expect(pci.trend).toMatchObject({ from: { year: 2015, value: 59.805694580078125 }, to: { year: 2016, value: 61.13789367675781 }, methodBreaks: [] }); // W15, W12
    // the three sub-indices on which fewest provinces score below Cần Thơ, counted here from the workbook
    const rows = (await importIndexFile(workbook('PCI_2016.xlsx'))).rows;
    const own = rows.find((r) => r.localityCode === '92')!.dimensions;
    const below = (key: string) => rows.filter((r) => r.dimensions[key] < own[key]).length;
    const expected = Object.keys(own).sort((a, b) => below(a) - below(b)).slice(0, 3);
    expect(new Set(y2016.weakest)).toEqual(new Set(expected));
    expect((await get('/api/localities/99/profile')).json().error.code).toBe('locality.not_found');
  });

  it('compares provinces on one index year by year', async () => {
    const body = (await get('/api/localities/compare?codes=92,94&index=PCI')).json();
    expect(body.year).toBe(2016);
    const [canTho, socTrang] = body.localities;
    expect(canTho.series).toEqual([
      { year: 2015, score: 59.805694580078125, rank: 14, percentile: expect.any(Number) }, // PCI_2015.xlsx W15, X15
      { year: 2016, score: 61.13789367675781, rank: 11, percentile: expect.any(Number) }, // W12, X12
    ]);
    expect(socTrang.series.map((p: { rank: number }) => p.rank)).toEqual([22, 22]); // PCI_2015.xlsx X23, PCI_2016.xlsx X23
    expect(Object.keys(canTho.dimensions)).toHaveLength(10);
  });

  it('scores the eight priority areas from the editions up to a year, naming each figure used', async () => {
    const areas = (year: number) => get(`/api/localities/92/priority-evidence?year=${year}`).then((r) => r.json().areas as Array<{ area: string; need: number | null; used: Array<{ index: string; key: string; year: number }>; unavailable: unknown[] }>);
    const y2016 = await areas(2016);
    expect(y2016.map((a) => a.area)).toEqual(['economy', 'environment', 'education', 'health', 'transport-urban', 'social-protection', 'agriculture', 'admin-reform']);
    const area = (list: typeof y2016, key: string) => list.find((a) => a.area === key)!;
    expect(area(y2016, 'health').used).toMatchObject([{ index: 'PAPI', key: 'public-health', year: 2016 }]);
    expect(area(y2016, 'economy').used.every((u) => u.index === 'PCI' && u.year === 2016)).toBe(true);
    // PAPI's environmental governance begins in 2018, no PGI is held, nor GSO's solid waste: no evidence, said as such
    expect(area(y2016, 'environment')).toMatchObject({ need: null, used: [] });
    expect(area(y2016, 'environment').unavailable).toHaveLength(6);
    const y2015 = await areas(2015);
    expect(area(y2015, 'health').need).toBeNull();
    expect(area(y2015, 'economy').used.every((u) => u.year === 2015)).toBe(true);
  });

  it('documents the routes in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/indicators/import', '/api/indicators/{index}/{year}', '/api/localities/{code}/profile']));
    expect(Object.keys(doc.paths['/api/indicators/import'].post.requestBody.content)).toEqual(['application/octet-stream']);
  });
});
