// The demo's decentralisation space (src/modules/demo/demo.devolution.ts): Cần Thơ's 2022 pilot in Ninh Kiều
// and Cái Răng (real bodies and districts; functions, workloads, staff, moves illustrative, labelled) with the
// "Thí điểm 2022" and "Chính quyền hai cấp 2025" scenarios. Figures by hand from the demo's rows.
import { expect, it } from 'vitest';
import { loadDemo } from '../../src/modules/demo/demo.seed';
import { adminHeaders, signIn } from '../helpers/app';
import { describeApp } from '../helpers/http';

const NOW = new Date('2026-12-04T03:00:00Z');

describeApp('demo decentralisation', { clock: NOW, seed: (database) => loadDemo(database.db, NOW) }, (t) => {
  const get = async (rest: string) => {
    const spaces = (await t.app.inject({ method: 'GET', url: '/api/spaces', headers: adminHeaders })).json().spaces;
    const id = spaces.find((s: { slug: string }) => s.slug === 'can-tho-phan-cap-2022').id;
    const res = await t.app.inject({ method: 'GET', url: `/api/spaces/${id}/devolution${rest}`, headers: adminHeaders });
    expect(res.statusCode, res.body).toBe(200);
    return res;
  };
  const scenario = async (key: string) => {
    const { scenarios } = (await get('/scenarios')).json();
    const found = scenarios.find((s: { key: string }) => s.key === key);
    return { ...found, ...(await get(`/scenarios/${found.id}`)).json() };
  };

  it('has the real bodies, the Department of Home Affairs as focal unit, and the two pilot districts', async () => {
    const space = (await get('')).json();
    expect(space.units.map((u: any) => u.name.vi)).toEqual(['Sở Nội vụ', 'Sở Tài chính', 'Sở Xây dựng', 'Sở Tài nguyên và Môi trường', 'Sở Giao thông vận tải', 'Quận Ninh Kiều', 'Quận Cái Răng', 'UBND các phường (địa bàn hai quận)']);
    expect(space.units.filter((u: any) => u.focal).map((u: any) => u.key)).toEqual(['so-noi-vu']);
    expect((await get('/activities')).json().activities).toHaveLength(14);
  });

  // District level before: 2.400 + 1.500 + 4.200 + 1.100 + 900 + 2.600 = 12.700 cases, 6 + 8 + 10 + 4 + 6 + 7 = 41 staff.
  // Two-tier: the commune gets NK-01.1, CR-01.1, NK-02.1, CR-02.1 and GT-01.2: 8.000 + 2.400 + 1.100 + 1.500 + 900 + 320
  // = 14.220 cases for 6 + 6 + 4 + 8 + 6 + 9 = 39 staff (8.000 / 6 before); the city gets NK-03.1 and CR-03.1 and
  // gives GT-01.2: 1.820 − 320 + 6.800 = 8.300 cases for 32 − 9 + 17 = 40 staff (1.820 / 32 before).
  it('the two-tier scenario leaves nothing at the district level, with the capacity check by hand', async () => {
    const two = await scenario('hai-cap-2025');
    expect(two.illustrativeNote).toContain('minh họa');
    expect(two.analysis.levels.before.district).toMatchObject({ activities: 6, workload: 12700, staff: 41 });
    expect(two.analysis.levels.after.district).toMatchObject({ activities: 0, workload: 0, staff: 0 });
    expect(two.analysis.stranded).toEqual([]);
    const capacity = Object.fromEntries(two.analysis.capacity.map((c: any) => [c.level, [c.before.perStaff, c.after.perStaff]]));
    expect(capacity.province[0]).toBeCloseTo(1820 / 32, 9);
    expect(capacity.province[1]).toBeCloseTo(8300 / 40, 9);
    expect(capacity.commune[0]).toBeCloseTo(8000 / 6, 9);
    expect(capacity.commune[1]).toBeCloseTo(14220 / 39, 9);
    const pilot = await scenario('thi-diem-2022');
    expect(pilot.analysis.levels.after.district.activities).toBe(6 + 2 - 2);
  });

  // Criteria sums — pilot: subsidiarity 7, scale −2, spill-overs −1, capacity −3, accountability 4; two-tier: 7, 2, −1,
  // −2, 4; current 0. Min–max per criterion, weights ⅕ each: current (0 + ½ + 1 + 1 + 0)/5 = 0,5; pilot
  // (1 + 0 + 0 + 0 + 1)/5 = 0,4; two-tier (1 + 1 + 0 + ⅓ + 1)/5 = 2/3.
  it('compares the scenarios with the current assignment by weighted sum', async () => {
    const cmp = (await get('/comparison')).json();
    const score = Object.fromEntries(cmp.alternatives.map((a: any) => [a.key, a.score]));
    expect(score.current).toBeCloseTo(0.5, 12);
    expect(score['thi-diem-2022']).toBeCloseTo(0.4, 12);
    expect(score['hai-cap-2025']).toBeCloseTo(2 / 3, 12);
    expect(cmp.ranking).toEqual([['hai-cap-2025'], ['current'], ['thi-diem-2022']]);
  });

  it('shows who has not yet reviewed, and the report comes as a Word file', async () => {
    const reviews = (await get('/reviews')).json();
    expect(reviews.notYetReviewed).toHaveLength(7);
    expect(reviews.reviews.find((r: any) => r.unit === 'quan-ninh-kieu')).toMatchObject({ status: 'in-review', notes: 2 });
    expect(reviews.reviews.find((r: any) => r.unit === 'so-xay-dung').status).toBe('signed-off');
    const { id } = await scenario('hai-cap-2025');
    const report = await get(`/scenarios/${id}/report.docx`);
    expect(report.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  // The demo's officials (demo.accounts.ts): Finance and Ninh Kiều each edit only their own unit's activities;
  // Home Affairs, the focal unit, coordinates. GT-01.1 is Transport's, TC-01.1 Finance's, NK-02.1 Ninh Kiều's.
  it('binds demo officials to their units: each edits its own activities only, the focal unit edits all', async () => {
    const { spaceId: id, units } = (await get('')).json();
    const as = async (email: string) => (await signIn(t.app, email, 'doithoai-demo')).headers;
    const view = async (headers: Record<string, string>) => (await t.app.inject({ method: 'GET', url: `/api/spaces/${id}/devolution`, headers })).json();
    const finance = await as('sotaichinh@cantho.demo');
    const ninhKieu = await as('ninhkieu@cantho.demo');
    const homeAffairs = await as('sonoivu@cantho.demo');
    expect((await view(finance)).permissions).toEqual({ coordinate: false, editUnits: ['so-tai-chinh'], signOff: ['so-tai-chinh'] });
    expect((await view(ninhKieu)).permissions).toEqual({ coordinate: false, editUnits: ['quan-ninh-kieu'], signOff: ['quan-ninh-kieu'] });
    const focal = (await view(homeAffairs)).permissions;
    expect(focal.coordinate).toBe(true);
    expect(focal.editUnits).toEqual(units.map((u: { key: string }) => u.key));

    const activities = (await get('/activities')).json().activities;
    const row = (code: string) => { const { editable: _e, ...a } = activities.find((a: { code: string }) => a.code === code); return a; };
    const put = (headers: Record<string, string>, code: string, change: object) =>
      t.app.inject({ method: 'PUT', url: `/api/spaces/${id}/devolution/activities/${code}`, headers, payload: { ...row(code), ...change } });
    expect((await put(finance, 'TC-01.1', { staff: 5 })).statusCode).toBe(200);
    expect((await put(finance, 'NK-02.1', { staff: 9 })).statusCode).toBe(403);
    expect((await put(ninhKieu, 'TC-01.1', { staff: 6 })).statusCode).toBe(403);
    expect((await put(ninhKieu, 'NK-02.1', { staff: 9 })).statusCode).toBe(200);
    expect((await put(homeAffairs, 'GT-01.1', { staff: 3 })).statusCode).toBe(200);
    const after = Object.fromEntries((await get('/activities')).json().activities.map((a: { code: string; staff: number }) => [a.code, a.staff]));
    expect([after['TC-01.1'], after['NK-02.1'], after['GT-01.1']]).toEqual([5, 9, 3]);
  });
});
