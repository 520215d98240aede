// The mapping of index figures to priority areas through app.inject, on PGlite and PostgreSQL: the default
// is served to anyone signed in; an administrator's edit changes a province's need scores (checked against
// a percentile worked out here from the imported figures, not by the code under test); others get 403; bad
// areas and keys get 400 naming them, in Vietnamese and English, and change nothing; a reset restores.
import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { DEFAULT_AREA_MAPPING } from '../../src/core/indices/analysis.priorities';
import { LOCALITIES_63 } from '../../src/core/localities/units';
import { auditLog } from '../../src/modules/audit/audit.table';
import { areaMappingVersions } from '../../src/modules/indicators/area-mapping.table';
import { adminHeaders, makeUser, signIn, type Session } from '../helpers/app';
import { describeApp } from '../helpers/http';
import { fixture } from '../helpers/fixtures';

const PCI_2016 = fixture('vn', 'pci_papi_mdtrinh_vietnamdata', 'PCI_2016.xlsx');
const PAPI_2016_CSV = fixture('vn', 'papi_hnks-gh_ml-mcdm', '2016.csv');
const CAN_THO = '92';

type Area = {
  area: string;
  need: number | null;
  used: Array<{ index: string; key: string; percentile: number }>;
  unavailable: unknown[];
  coverage: { figures: number; direct: number; basis: string; directShare: number | null };
};

/** Mid-rank national percentile, worked out directly: 100 × (worse + (tied − 1) / 2) / (n − 1). */
function percentileOf(values: number[], own: number): number {
  const worse = values.filter((v) => v < own).length;
  const tied = values.filter((v) => v === own).length;
  return (100 * (worse + (tied - 1) / 2)) / (values.length - 1);
}

describeApp('area mapping over HTTP', {}, (t) => {
  let admin: Session;
  let official: Session;

  const get = (url: string, session: Session = official) => t.app.inject({ method: 'GET', url, headers: session.headers });
  const put = (mapping: unknown, session: Session = admin) =>
    t.app.inject({ method: 'PUT', url: '/api/indicators/area-mapping', headers: session.headers, payload: { mapping } });
  const reset = (session: Session = admin) => t.app.inject({ method: 'POST', url: '/api/indicators/area-mapping/reset', headers: session.headers });
  const evidence = async () => (await get(`/api/localities/${CAN_THO}/priority-evidence?year=2016`)).json().areas as Area[];
  const area = (list: Area[], key: string) => list.find((a) => a.area === key)!;
  /** Cần Thơ's percentile on one PCI 2016 sub-index, from the imported edition's rows. */
  const pciPercentile = async (key: string) => {
    const rows = (await get('/api/indicators/PCI/2016')).json().rows as Array<{ locality: { code: string }; dimensions: Record<string, number> }>;
    const values = rows.map((r) => r.dimensions[key]).filter((v) => v !== undefined);
    return percentileOf(values, rows.find((r) => r.locality.code === CAN_THO)!.dimensions[key]);
  };
  /** Cần Thơ's percentile on one PAPI 2016 sub-dimension, read straight from the CSV (P01…P63 in GSO order). */
  const papiPercentile = (column: string) => {
    const [header, ...lines] = readFileSync(PAPI_2016_CSV, 'utf8').trim().split(/\r?\n/);
    const at = header.split(',').indexOf(column);
    const cells = lines.map((l) => l.split(','));
    const own = `P${String(LOCALITIES_63.findIndex((u) => u.code === CAN_THO) + 1).padStart(2, '0')}`;
    const values = cells.map((c) => c[at]).filter((c) => c !== undefined && c !== '').map(Number);
    return percentileOf(values, Number(cells.find((c) => c[0] === own)![at]));
  };

  beforeAll(async () => {
    await makeUser(t.database, 'quantri@example.vn', {}, 'administrator');
    await makeUser(t.database, 'canbo@example.vn', {}, 'facilitator');
    admin = await signIn(t.app, 'quantri@example.vn');
    official = await signIn(t.app, 'canbo@example.vn');
    for (const [name, file] of [['PCI_2016.xlsx', PCI_2016], ['2016.csv', PAPI_2016_CSV]]) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/indicators/import?name=${name}`,
        headers: { ...adminHeaders, 'content-type': 'application/octet-stream' },
        payload: readFileSync(file),
      });
      expect(res.statusCode, name).toBe(200);
    }
  }, 60_000);

  it('serves the default mapping to anyone signed in, and nothing without a session', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/indicators/area-mapping' })).statusCode).toBe(401);
    const res = await get('/api/indicators/area-mapping');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ isDefault: true, version: 0, changedBy: null, changedAt: null });
    expect(body.mapping).toEqual(DEFAULT_AREA_MAPPING);
    expect(body.areas.map((a: { key: string }) => a.key)).toEqual(Object.keys(DEFAULT_AREA_MAPPING));
    expect(body.areas[5]).toEqual({ key: 'social-protection', vi: 'Bảo trợ xã hội', en: 'Social protection' });
    // PCI's ten sub-indices, PAPI's eight dimensions with their sub-dimensions, PGI's four.
    const count = (index: string) => body.figures.filter((f: { index: string }) => f.index === index).length;
    expect(count('PCI')).toBe(10);
    expect(count('PGI')).toBe(4);
    expect(body.figures).toContainEqual({ index: 'PAPI', key: 'poverty-lists', vi: 'Danh sách hộ nghèo', en: 'Poverty lists', dimension: 'transparency' });
    expect(body.figures).toContainEqual({ index: 'PCI', key: 'labour-training', vi: 'Đào tạo lao động', en: 'Labour training' });
  });

  it('lets an administrator relink an area, and the province need scores follow', async () => {
    const before = area(await evidence(), 'social-protection');
    expect(before.used.map((u) => u.key)).toEqual(['poverty-lists']);

    const economy = area(await evidence(), 'economy');
    const labour = await pciPercentile('labour-training');
    const res = await put({ ...DEFAULT_AREA_MAPPING, 'social-protection': [{ index: 'PCI', key: 'labour-training' }] });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ isDefault: false, version: 1, changedBy: 'quantri@example.vn' });
    expect(res.json().mapping['social-protection']).toEqual([{ index: 'PCI', key: 'labour-training' }]);

    const after = area(await evidence(), 'social-protection');
    expect(after.used).toMatchObject([{ index: 'PCI', key: 'labour-training' }]);
    expect(after.need).toBeCloseTo(100 - labour, 9);
    // Other areas are untouched.
    expect(area(await evidence(), 'economy')).toEqual(economy);

    // Two figures: need is 100 − the mean of the two percentiles.
    const poverty = papiPercentile('SC21'); // poverty lists until 2017
    await put({ 'social-protection': [{ index: 'PCI', key: 'labour-training' }, { index: 'PAPI', key: 'poverty-lists' }] });
    const both = area(await evidence(), 'social-protection');
    expect(both.need).toBeCloseTo(100 - (labour + poverty) / 2, 9);
    // Areas left out of the body are empty: no figure, no score.
    expect(area(await evidence(), 'health')).toMatchObject({ need: null, used: [], unavailable: [] });

    const shown = (await get('/api/indicators/area-mapping')).json();
    expect(shown).toMatchObject({ isDefault: false, version: 2, changedBy: 'quantri@example.vn' });
    expect(shown.changedAt).toEqual(expect.any(String));
    expect(shown.mapping.health).toEqual([]);

    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entityType, 'area_mapping'));
    expect(audit.map((a) => [a.action, a.entityId])).toEqual([['indicators.area_mapping.replace', '1'], ['indicators.area_mapping.replace', '2']]);
    expect(audit[1].before).toMatchObject({ version: 1, mapping: { 'social-protection': [{ index: 'PCI', key: 'labour-training' }] } });
    expect(audit[1].after).toMatchObject({ version: 2, mapping: { health: [] } });
  });

  it('refuses a change by someone who is not an administrator', async () => {
    const before = (await get('/api/indicators/area-mapping')).json();
    const res = await put(DEFAULT_AREA_MAPPING, official);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('auth.forbidden');
    expect((await reset(official)).statusCode).toBe(403);
    expect((await get('/api/indicators/area-mapping')).json()).toEqual(before);
  });

  it('refuses unknown areas, unknown figures and a figure twice, naming them, and changes nothing', async () => {
    const before = (await get('/api/indicators/area-mapping')).json();
    const cases: Array<[unknown, string, string[]]> = [
      [{ 'social-welfare': [] }, 'indicators.mapping_unknown_area', ['social-welfare']],
      [{ health: [{ index: 'PAPI', key: 'public-health' }], education: [{ index: 'PCI', key: 'primary-education' }] }, 'indicators.mapping_unknown_figure', ['education', 'PCI', 'primary-education']],
      [{ environment: [{ index: 'XYZ', key: 'air-quality' }] }, 'indicators.mapping_unknown_figure', ['environment', 'XYZ', 'air-quality']],
      [{ economy: [{ index: 'PCI', key: 'entry-costs' }, { index: 'PCI', key: 'entry-costs' }] }, 'indicators.mapping_duplicate', ['economy', 'entry-costs']],
      [{ health: [{ index: 'GSO', key: 'gso.hospital-queues' }] }, 'indicators.mapping_unknown_dataset', ['health', 'gso.hospital-queues']],
      [{ health: [{ index: 'GSO', key: 'gso.poverty-rate', weight: -1 }] }, 'indicators.mapping_bad_weight', ['health', 'gso.poverty-rate']],
      [{ agriculture: [{ index: 'GSO', key: 'gso.population.total' }] }, 'indicators.mapping_need_side', ['agriculture', 'gso.population.total']],
    ];
    for (const [mapping, code, named] of cases) {
      const res = await put(mapping);
      expect(res.statusCode, code).toBe(400);
      const { error } = res.json();
      expect(error.code).toBe(code);
      for (const word of named) {
        expect(error.vi).toContain(word);
        expect(error.en).toContain(word);
      }
      expect(error.vi).toContain('ánh xạ không thay đổi');
    }
    expect((await put('not a mapping')).statusCode).toBe(400);
    expect((await get('/api/indicators/area-mapping')).json()).toEqual(before);
  });

  it('puts the default back on reset, audited', async () => {
    const res = await reset();
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ isDefault: true, version: 3, changedBy: 'quantri@example.vn', mapping: DEFAULT_AREA_MAPPING });
    expect(area(await evidence(), 'social-protection').used.map((u) => u.key)).toEqual(['poverty-lists']);
    expect(area(await evidence(), 'health').used.map((u) => u.key)).toEqual(['public-health']);
    const [last] = (await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, '3'))).filter((a) => a.entityType === 'area_mapping');
    expect(last).toMatchObject({ action: 'indicators.area_mapping.reset', before: { version: 2, isDefault: false }, after: { version: 3, isDefault: true } });
  });

  it('measures social protection by the poverty rate once GSO’s table is imported (weight 2 beside the proxy’s 1)', async () => {
    const file = fixture('vn', 'gso_2002_2016_choisy', 'Poverty rate by province.csv');
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/indicators/statistics/import?name=${encodeURIComponent('Poverty rate by province.csv')}`,
      headers: { ...adminHeaders, 'content-type': 'application/octet-stream' },
      payload: readFileSync(file),
    });
    expect(res.statusCode).toBe(200);
    // Read by hand from the CSV: the "Pre. 2016" column (the last) of the 63 province rows, Hà Tây's row and
    // the country and the six region rows left out, and Hà Tây's (all "..").
    const aggregates = ['WHOLE COUNTRY', 'Red River Delta', 'Northern midlands and mountain areas', 'Northern Central area and Central coastal area', 'Central Highlands', 'South East', 'Mekong River Delta'];
    const rows = readFileSync(file, 'utf8').split(/\r?\n/).slice(3).filter((l) => l.trim()).map((l) => l.split(';'));
    const provinces = rows.filter((r) => !aggregates.includes(r[0].replace(/"/g, '').trim()) && r.at(-1) !== '..');
    // TP Hồ Chí Minh's 2016 cell is ".." too: 62 provinces have a 2016 figure.
    expect(provinces).toHaveLength(62);
    const canTho = provinces.find((r) => r[0] === '"Can Tho"')!;
    expect(canTho.at(-1)).toBe('1.7');
    // Lower poverty is better: Cần Thơ's percentile among the negated rates.
    const rate = percentileOf(provinces.map((r) => -Number(r.at(-1))), -1.7);
    const list = papiPercentile('SC21');
    const sp = area(await evidence(), 'social-protection');
    expect(sp.used).toMatchObject([{ index: 'PAPI', key: 'poverty-lists' }, { index: 'GSO', key: 'gso.poverty-rate', year: 2016, value: 1.7, weight: 2, need: 'higher', direct: true }]);
    expect(sp.need).toBeCloseTo(100 - (list + 2 * rate) / 3, 9);
    // Coverage: one statistic and one governance figure, both 2016; two thirds of the weight direct.
    expect(sp.coverage).toMatchObject({ figures: 2, direct: 1, governance: 1, unavailable: 0, latestYear: 2016, oldestYear: 2016, basis: 'mixed' });
    expect(sp.coverage.directShare).toBeCloseTo(2 / 3, 12);
    // Transport still rests on PAPI's basic infrastructure alone: a governance proxy, marked.
    expect(area(await evidence(), 'transport-urban').coverage).toMatchObject({ figures: 1, direct: 0, basis: 'governance-only' });
  });

  it('reads a mapping stored before statistics and weights existed, as it was', async () => {
    // A version written by the release before this one: links of { index, key } only.
    await t.database.db.insert(areaMappingVersions).values({ version: 4, mapping: { health: [{ index: 'PAPI', key: 'public-health' }] } as never, actorLabel: 'earlier release', at: new Date('2026-11-01T00:00:00Z') });
    const shown = (await get('/api/indicators/area-mapping')).json();
    expect(shown).toMatchObject({ version: 4, isDefault: false });
    expect(shown.mapping.health).toEqual([{ index: 'PAPI', key: 'public-health' }]);
    const health = area(await evidence(), 'health');
    expect(health.used).toMatchObject([{ index: 'PAPI', key: 'public-health', weight: 1, direct: false }]);
    expect(health.need).toBeCloseTo(100 - papiPercentile('SC61'), 9);
  });
});
