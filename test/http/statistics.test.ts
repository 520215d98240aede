// Official statistics through the evidence API (app.inject, PGlite and PostgreSQL): who may read and who may
// import, the upload of a GSO PX-Web CSV (good, repeated, bad rows, an index file sent to the wrong route and
// a GSO table sent to the index route), the datasets held, and one dataset's figures on the 63 and the 34.
// Figures were read by hand from test/fixtures/vn/gso_2002_2016_choisy/ (line and column beside each).
import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { makeUser, signIn, type Session } from '../helpers/app';
import { describeApp } from '../helpers/http';
import { fixture } from '../helpers/fixtures';

const POVERTY = 'Poverty rate by province.csv';
const AREA = 'Area, population and population density by province.csv';
const gso = (name: string) => readFileSync(fixture('vn', 'gso_2002_2016_choisy', name));

describeApp('statistics API', {}, (t) => {
  let admin: Session;
  let official: Session;

  const upload = (headers: Record<string, string>, name: string, bytes: Buffer, route = '/api/indicators/statistics/import') =>
    t.app.inject({ method: 'POST', url: `${route}?name=${encodeURIComponent(name)}`, headers: { ...headers, 'content-type': 'application/octet-stream' }, payload: bytes });
  const get = (url: string, session: Session = official) => t.app.inject({ method: 'GET', url, headers: session.headers });

  beforeAll(async () => {
    await makeUser(t.database, 'quantri@example.vn', {}, 'administrator');
    await makeUser(t.database, 'canbo@example.vn', {}, 'facilitator');
    admin = await signIn(t.app, 'quantri@example.vn');
    official = await signIn(t.app, 'canbo@example.vn');
  });

  it('answers 401 without a session and 403 to an import by someone who is not an administrator, storing nothing', async () => {
    for (const url of ['/api/indicators/statistics', '/api/indicators/statistics/gso.poverty-rate/2015']) {
      expect((await t.app.inject({ method: 'GET', url })).statusCode, url).toBe(401);
    }
    expect((await upload({}, POVERTY, gso(POVERTY))).statusCode).toBe(401);
    const refused = await upload(official.headers, POVERTY, gso(POVERTY));
    expect(refused.statusCode).toBe(403);
    expect((await get('/api/indicators/statistics')).json()).toEqual({ datasets: [] });
  });

  it('imports a GSO export for an administrator, and changes nothing when it is sent again', async () => {
    const first = await upload(admin.headers, AREA, gso(AREA));
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ file: AREA, changed: true, setAside: [] });
    expect(first.json().datasets.map((d: { key: string; years: number[]; localities: number }) => [d.key, d.years.length, d.localities])).toEqual([
      ['gso.area', 6, 63],
      ['gso.population.area-table', 6, 63],
      ['gso.population.density', 6, 63],
    ]);
    const again = await upload(admin.headers, AREA, gso(AREA));
    expect(again.json()).toMatchObject({ changed: false, datasets: [{ outcome: 'unchanged' }, { outcome: 'unchanged' }, { outcome: 'unchanged' }] });
    expect((await upload(admin.headers, POVERTY, gso(POVERTY))).json().datasets[0]).toMatchObject({ key: 'gso.poverty-rate', outcome: 'created' });
  });

  it('lists the datasets held with their names, unit, direction, source and years', async () => {
    const { datasets } = (await get('/api/indicators/statistics')).json();
    expect(datasets.map((d: { key: string }) => d.key)).toEqual(['gso.area', 'gso.population.area-table', 'gso.population.density', 'gso.poverty-rate']);
    const poverty = datasets[3];
    expect(poverty).toMatchObject({ name: { vi: 'Tỷ lệ hộ nghèo', en: 'Poverty rate' }, unit: { vi: '%', en: '%' }, direction: 'higher-worse', aggregation: 'rate' });
    expect(poverty.source.en).toMatch(/General Statistics Office/);
    expect(poverty.licence.en).toMatch(/cite the GSO/);
    expect(poverty.years.at(-1)).toEqual({ year: 2016, localities: 62, preliminary: true }); // "Pre. 2016"; Ho Chi Minh city ".." (line 60)
    // the 2011–2015 poverty line applies from the 2010 figures: a break the trend must show (data README, caveats)
    expect(poverty.breaks).toEqual([{ year: 2010, why: { vi: expect.stringContaining('09/2011/QĐ-TTg'), en: expect.stringContaining('not comparable') } }]);
    expect(datasets[0].breaks).toEqual([]);
  });

  it('gives one dataset’s figures for a year: Cần Thơ’s 2015 average population is 1,248.0 thousand', async () => {
    const res = await get('/api/indicators/statistics/gso.population.area-table/2015');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc).toMatchObject({ year: 2015, unit: 63, preliminary: false, source: { file: AREA } });
    expect(doc.rows).toHaveLength(63);
    expect(doc.rows.find((r: { locality: { code: string } }) => r.locality.code === '92')).toMatchObject({ locality: { code: '92', name: 'Cần Thơ' }, value: 1248.0 }); // line 69
    const on34 = (await get('/api/indicators/statistics/gso.population.area-table/2015?unit=34')).json();
    expect(on34.method.vi).toMatch(/^tổng số liệu/);
    // area table, "2015 Average population (Thous. pers.)": line 69 Can Tho 1,248.0, line 70 Hau Giang 770.4, line 71 Soc Trang 1,310.7
    expect(on34.rows.find((r: { locality: { code: string } }) => r.locality.code === '92').value).toBeCloseTo(1248.0 + 770.4 + 1310.7, 9);
  });

  it('weights a rate onto the 34 by its declared denominator: density by area (lines 69–71 by hand)', async () => {
    const doc = (await get('/api/indicators/statistics/gso.population.density/2015?unit=34')).json();
    expect(doc.method.vi).toContain('có trọng số là mẫu số "Diện tích"');
    expect(doc.method.en).toContain('weighted by the denominator "Area"');
    const canTho = doc.rows.find((r: { locality: { code: string } }) => r.locality.code === '92');
    // 2015: Cần Thơ 886.0 persons/km² on 1,408.9 km², Hậu Giang 481.0 on 1,602.4, Sóc Trăng 396.0 on 3,311.6.
    expect(canTho.value).toBeCloseTo((886.0 * 1408.9 + 481.0 * 1602.4 + 396.0 * 3311.6) / (1408.9 + 1602.4 + 3311.6), 9);
    expect(canTho.denominator).toBeCloseTo(1408.9 + 1602.4 + 3311.6, 9);
    expect(canTho.constituents.map((c: { code: string }) => c.code)).toEqual(['92', '93', '94']);
  });

  it('refuses a rate on the 34 without its denominator, a dataset not held and a year not held, in Vietnamese and English', async () => {
    const rate = await get('/api/indicators/statistics/gso.poverty-rate/2015?unit=34');
    expect(rate.statusCode).toBe(400);
    // A poverty rate is a share of households: the number of households is not held, so no figure, no plain mean.
    expect(rate.json().error).toMatchObject({ code: 'statistics.denominator_missing', vi: expect.stringContaining('Số hộ dân cư'), en: expect.stringContaining('Households') });
    expect(rate.json().error.vi).toContain('không lấy bình quân đơn giản');
    expect((await get('/api/indicators/statistics/gso.cinemas/2015')).json().error.code).toBe('statistics.not_imported');
    expect((await get('/api/indicators/statistics/gso.poverty-rate/2009')).statusCode).toBe(404);
  });

  it('refuses a bad export listing every bad row, and files sent to the wrong route, storing nothing', async () => {
    const text = gso(POVERTY).toString('utf8').replace('"Bac Ninh";8.6', '"Bac Ninh";x');
    const bad = await upload(admin.headers, POVERTY, Buffer.from(text));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('indicators.bad_file');
    expect(bad.json().error.problems).toEqual([
      { sheet: POVERTY, row: 9, column: '2006', vi: '"x" không phải là số (hoặc ".." khi không có số liệu)', en: '"x" is not a number (or ".." for no figure)' },
    ]);
    const papi = await upload(admin.headers, '2016.csv', readFileSync(fixture('vn', 'papi_hnks-gh_ml-mcdm', '2016.csv')));
    expect(papi.statusCode).toBe(400);
    expect(papi.json().error.en).toMatch(/is neither a GSO PX-Web CSV export/);
    const wrongRoute = await upload(admin.headers, POVERTY, gso(POVERTY), '/api/indicators/import');
    expect(wrongRoute.statusCode).toBe(400);
    expect(wrongRoute.json().error.en).toContain('upload it to /api/indicators/statistics/import');
    expect((await get('/api/indicators')).json().editions).toEqual([]);
  });

  it('computes a derived measure on request, each row with its inputs, once both inputs are held', async () => {
    const BEDS = 'Number of patient beds under provincial departments of health by province.csv';
    const POPULATION = 'Average population by province.csv';
    const missing = await get('/api/indicators/statistics/gso.beds-per-10000/2015');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error).toMatchObject({ code: 'statistics.derived_input_missing', en: '"gso.beds-per-10000" cannot be computed for 2015: its input "gso.beds.total" holds no figures for that year.' });
    expect((await upload(admin.headers, BEDS, gso(BEDS))).statusCode).toBe(200);
    // the area table's population is a dataset of its own: not the denominator
    expect((await get('/api/indicators/statistics/gso.beds-per-10000/2015')).json().error.en).toContain('its input "gso.population.total"');
    expect((await upload(admin.headers, POPULATION, gso(POPULATION))).statusCode).toBe(200);
    const listed = (await get('/api/indicators/statistics')).json().datasets.find((d: { key: string }) => d.key === 'gso.beds-per-10000');
    // beds 2002–2016, population 1995–2016 (line 3 of each)
    expect(listed.years.map((y: { year: number }) => y.year)).toEqual([2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016]);
    expect(listed).toMatchObject({ direction: 'higher-better', unit: { vi: 'trên 10.000 dân', en: 'per 10,000 people' } });
    const doc = (await get('/api/indicators/statistics/gso.beds-per-10000/2015')).json();
    expect(doc.derived).toMatchObject({ numerator: { key: 'gso.beds.total', source: { file: BEDS } }, denominator: { key: 'gso.population.total', source: { file: POPULATION } } });
    // Cần Thơ: 2,966 beds ("2015 Total", line 70) over 1,248.0 thousand people ("Total 2015", line 70), × 10
    expect(doc.rows.find((r: { locality: { code: string } }) => r.locality.code === '92')).toMatchObject({ numerator: 2966, denominator: 1248.0, value: (2966 / 1248.0) * 10 });
    const on34 = (await get('/api/indicators/statistics/gso.beds-per-10000/2015?unit=34')).json();
    expect(on34.method.en).toMatch(/^recomputed from numerator and denominator/);
    const merged = on34.rows.find((r: { locality: { code: string } }) => r.locality.code === '92');
    expect(merged.numerator).toBe(2966 + 2500 + 2851); // beds, lines 70–72
    // population "Total 2015": Can Tho 1,248.0, Hau Giang 770.5, Soc Trang 1,310.7 (lines 70–72)
    expect(merged.value).toBeCloseTo(((2966 + 2500 + 2851) / (1248.0 + 770.5 + 1310.7)) * 10, 9);
  });
});
