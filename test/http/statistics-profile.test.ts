// A province's official statistics through the evidence API (app.inject, PGlite and PostgreSQL): every dataset
// held with its figures year by year, cut at its breaks, and its latest figure; on the 34 a count summed from the
// predecessors, a rate weighted by its denominator where that is held and withheld where not. Figures read by hand from test/fixtures/vn/gso_2002_2016_choisy/.
import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { makeUser, signIn, type Session } from '../helpers/app';
import { describeApp } from '../helpers/http';
import { fixture } from '../helpers/fixtures';

const POVERTY = 'Poverty rate by province.csv';
const BEDS = 'Number of patient beds under provincial departments of health by province.csv';
const AREA = 'Area, population and population density by province.csv';
const gso = (name: string) => readFileSync(fixture('vn', 'gso_2002_2016_choisy', name));

type Dataset = { key: string; latest: { year: number; value: number; preliminary: boolean } | null; points: Array<{ year: number; value: number }>; segments: Array<{ from: number; to: number }>; breaks: Array<{ year: number }>; source: { vi: string } };

describeApp('a province\'s statistics', {}, (t) => {
  let official: Session;
  const get = (url: string) => t.app.inject({ method: 'GET', url, headers: official.headers });

  beforeAll(async () => {
    await makeUser(t.database, 'quantri@example.vn', {}, 'administrator');
    await makeUser(t.database, 'canbo@example.vn', {}, 'facilitator');
    const admin = await signIn(t.app, 'quantri@example.vn');
    official = await signIn(t.app, 'canbo@example.vn');
    for (const name of [POVERTY, BEDS, AREA]) {
      const res = await t.app.inject({ method: 'POST', url: `/api/indicators/statistics/import?name=${encodeURIComponent(name)}`, headers: { ...admin.headers, 'content-type': 'application/octet-stream' }, payload: gso(name) });
      expect(res.statusCode, name).toBe(200);
    }
  });

  it('answers 401 without a session and 404 for a code that is no province', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/localities/92/statistics' })).statusCode).toBe(401);
    expect((await get('/api/localities/99/statistics')).statusCode).toBe(404);
  });

  it('gives Cần Thơ\'s poverty rate by year, cut at the 2010 poverty line, its latest figure preliminary', async () => {
    const res = await get('/api/localities/92/statistics');
    expect(res.statusCode).toBe(200);
    const poverty = (res.json().datasets as Dataset[]).find((d) => d.key === 'gso.poverty-rate')!;
    // Line 70 "Can Tho": 7.5 (2006), 7.0 (2008), 7.2 (2010), 5.9, 5.3, 4.5, 3.1, 1.7 (Pre. 2016).
    expect(poverty.points.map((p) => [p.year, p.value])).toEqual([[2006, 7.5], [2008, 7], [2010, 7.2], [2012, 5.9], [2013, 5.3], [2014, 4.5], [2015, 3.1], [2016, 1.7]]);
    expect(poverty.breaks.map((b) => b.year)).toEqual([2010]);
    expect(poverty.segments).toEqual([{ from: 2006, to: 2008 }, { from: 2010, to: 2016 }]);
    expect(poverty.latest).toEqual({ year: 2016, value: 1.7, preliminary: true });
    expect(poverty.source.vi).toMatch(/Tổng cục Thống kê/);
  });

  it('sums a count onto the 34 from the predecessors and withholds a rate', async () => {
    const body = (await get('/api/localities/92/statistics?unit=34')).json();
    expect(body.unit).toBe(34);
    expect(body.withheld.map((w: { key: string }) => w.key)).toContain('gso.poverty-rate');
    const beds = (body.datasets as Dataset[]).find((d) => d.key === 'gso.beds.total')!;
    // Line 70 Cần Thơ, 71 Hậu Giang, 72 Sóc Trăng, "<year> Total": Hậu Giang has ".." for 2002 and 2003, so the sum starts in 2004.
    expect(beds.points[0]).toMatchObject({ year: 2004, value: 1973 + 479 + 1661 });
    expect(beds.points.find((p) => p.year === 2015)!.value).toBe(2966 + 2500 + 2851);
  });

  it('carries a rate onto the 34 weighted by its declared denominator, saying so: density by area', async () => {
    const body = (await get('/api/localities/92/statistics?unit=34')).json();
    const density = (body.datasets as Array<Dataset & { method: { en: string } }>).find((d) => d.key === 'gso.population.density')!;
    expect(density.method.en).toContain('weighted by the denominator');
    // Area table, "2015 Area (Km2)" and "2015 Population density (Person/km2)": line 69 Can Tho 1,408.9 km² at 886.0,
    // line 70 Hau Giang 1,602.4 km² at 481.0, line 71 Soc Trang 3,311.6 km² at 396.0 →
    // (886.0·1408.9 + 481.0·1602.4 + 396.0·3311.6) / (1408.9 + 1602.4 + 3311.6) = 3,330,433.4 / 6,322.9 ≈ 526.73
    expect(density.points.find((p) => p.year === 2015)!.value).toBeCloseTo(526.73, 2);
    // the poverty rate's denominator (households) is not held: still withheld
    expect(body.withheld.map((w: { key: string }) => w.key)).toContain('gso.poverty-rate');
    expect(body.withheld.map((w: { key: string }) => w.key)).not.toContain('gso.population.density');
  });
});
