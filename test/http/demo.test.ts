// The demo a newcomer sees after `npm start`: loaded once, whatever the number of starts.
import { expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { users } from '../../src/modules/accounts/account.table';
import { auditLog } from '../../src/modules/audit/audit.table';
import { loadDemo } from '../../src/modules/demo/demo.seed';
import { spaces } from '../../src/modules/spaces/space.table';
import { signIn, testApp } from '../helpers/app';
import { describeApp } from '../helpers/http';

describeApp('demo', { config: { demo: true } }, (t) => {
  const counts = async () => ({
    spaces: (await t.database.db.select({ n: count() }).from(spaces))[0].n,
    users: (await t.database.db.select({ n: count() }).from(users))[0].n,
    audit: (await t.database.db.select({ n: count() }).from(auditLog))[0].n,
  });

  it('loads the four spaces (the region and the decentralisation pilot are private to administrators) once; a second load changes nothing', async () => {
    expect(await loadDemo(t.database.db, new Date())).toBe(true);
    const first = await counts();
    expect(first.spaces).toBe(4);
    expect(await loadDemo(t.database.db, new Date())).toBe(false);
    expect(await counts()).toEqual(first);
  });

  it('lets the Cần Thơ facilitator read both demo spaces, in Vietnamese with diacritics', async () => {
    const { accounts } = (await t.app.inject({ method: 'GET', url: '/api/demo' })).json();
    const focal = accounts.find((a: { email: string }) => a.email === 'daumoi@cantho.demo');
    const session = await signIn(t.app, focal.email, 'doithoai-demo');
    const list = (await t.app.inject({ method: 'GET', url: '/api/spaces', headers: session.headers })).json().spaces;
    expect(list.map((s: { title: { vi: string } }) => s.title.vi)).toEqual([
      'Hội nghị cụm đô thị 2017: khuyến nghị chính sách ưu tiên',
      'Cần Thơ: xác định lĩnh vực ưu tiên phát triển năng lực địa phương',
    ]);
    for (const space of list) {
      const detail = await t.app.inject({ method: 'GET', url: `/api/spaces/${space.id}`, headers: session.headers });
      expect(detail.statusCode).toBe(200);
      expect(detail.json().space.illustrative).toBe(true);
    }
    const canTho = list.find((s: { slug: string }) => s.slug === 'can-tho-uu-tien-2024');
    expect(canTho.locality).toEqual({ code: '92', name: 'Cần Thơ' });
    expect(canTho.myRole).toBe('facilitator');
  });

  it('publishes the cluster conference picks per cluster and the weighted Cần Thơ ranking', async () => {
    const session = await signIn(t.app, 'hiephoi@acvn.demo', 'doithoai-demo');
    const list = (await t.app.inject({ method: 'GET', url: '/api/spaces', headers: session.headers })).json().spaces;
    const spaceId = (slug: string) => list.find((s: { slug: string }) => s.slug === slug).id;
    const [acvn] = (await t.app.inject({ method: 'GET', url: `/api/spaces/${spaceId('acvn-hoi-nghi-cum-2017')}/consultations`, headers: session.headers })).json().consultations;
    expect(acvn).toMatchObject({ status: 'published', ballotType: 'approval', ballots: 46 + 38 + 52 });
    const results = (await t.app.inject({ method: 'GET', url: `/api/consultations/${acvn.id}/results?by=cluster` })).json();
    expect(Object.keys(results.byCluster).sort()).toEqual(['dong-bac', 'tay-bac', 'tay-nam-bo']);
    expect(results.byCluster['tay-bac'].voters).toBe(38);
    const [canTho] = (await t.app.inject({ method: 'GET', url: `/api/spaces/${spaceId('can-tho-uu-tien-2024')}/consultations`, headers: session.headers })).json().consultations;
    const ranked = (await t.app.inject({ method: 'GET', url: `/api/consultations/${canTho.id}/results?by=group` })).json();
    expect(ranked.method).toBe('schulze');
    expect(ranked.candidates).toHaveLength(8);
    expect(Object.keys(ranked.byGroup).sort()).toEqual(['doanh-nghiep', 'nguoi-dan', 'so-nganh', 'xa-phuong']);
  });

  it('carries PCI to 2022 on a province profile, 2022 marked as a method break, and PGI values held in part with their printed rank and address', async () => {
    const session = await signIn(t.app, 'daumoi@cantho.demo', 'doithoai-demo');
    const profile = async (code: string) => (await t.app.inject({ method: 'GET', url: `/api/localities/${code}/profile`, headers: session.headers })).json();
    const pci = (await profile('92')).indices.find((i: { index: string }) => i.index === 'PCI');
    expect(pci.years.map((y: { year: number }) => y.year)).toEqual([2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022]);
    const y2017 = pci.years.find((y: { year: number }) => y.year === 2017);
    // PCI 2017.xlsx, Summary C14 and B14: Cần Thơ 65.0866…, 10th; D14 entry costs.
    expect(y2017).toMatchObject({ score: 65.08661651611328, national: { rank: 10, of: 63 }, source: { file: 'PCI 2017.xlsx' } });
    expect(y2017.dimensions.find((d: { key: string }) => d.key === 'entry-costs').value).toBe(7.859973430633545);
    // 2022 from the panel (composite only): the aggregation changed, so the trend marks the break.
    expect(pci.years.at(-1)).toMatchObject({ year: 2022, dimensions: [], source: { file: 'panel_2016_2022.csv' } });
    expect(pci.trend.methodBreaks).toEqual([2013, 2022]);
    // Hải Dương's PGI 2024 as printed on pcivietnam.vn: 26.34, 13th of 63 — no medians from the ten provinces held.
    const pgi = (await profile('30')).indices.find((i: { index: string }) => i.index === 'PGI');
    expect(pgi.years.map((y: { year: number }) => y.year)).toEqual([2022, 2023, 2024]);
    expect(pgi.years[2]).toMatchObject({ score: 26.34, national: { rank: 13, of: 63 }, regional: null, nationalMedian: null, source: { file: 'https://pcivietnam.vn/en/pgi/provinces/hai-duong' } });
    // An edition held in part feeds no need score: Hải Dương's environment need rests on PAPI and GSO's treated
    // solid waste (the demo's statistics), no PGI.
    const areas = (await t.app.inject({ method: 'GET', url: '/api/localities/30/priority-evidence', headers: session.headers })).json().areas;
    const environment = areas.find((a: { area: string }) => a.area === 'environment');
    expect(environment.used.map((u: { index: string }) => u.index)).toEqual(['PAPI', 'GSO']);
  });

  it('lists the demo accounts without any password (the sign-in page says it in words)', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/demo' });
    expect(res.statusCode).toBe(200);
    const { accounts } = res.json();
    expect(accounts.map((a: { email: string }) => a.email)).toContain('quantri@doithoai.demo');
    for (const account of accounts) expect(Object.keys(account).sort()).toEqual(['email', 'note', 'role']);
    expect(res.body).not.toContain('doithoai-demo');
  });

  it('hides the demo accounts when the server was not started with --demo', async () => {
    const plain = await testApp(t.database, { demo: false });
    try {
      expect((await plain.inject({ method: 'GET', url: '/api/demo' })).statusCode).toBe(404);
    } finally {
      await plain.close();
    }
  });
});
