// The demo's region (src/modules/demo/demo.linkage.ts): the 2016–2020 agreement of Cần Thơ, An Giang, Kiên
// Giang and Cà Mau (real parties and period; commitments and progress illustrative, labelled) read onto the
// 2025 provinces, and offers and needs whose suggestions hold a three-way exchange and a pair.
import { expect, it } from 'vitest';
import { loadDemo } from '../../src/modules/demo/demo.seed';
import { adminHeaders } from '../helpers/app';
import { describeApp } from '../helpers/http';

const NOW = new Date('2026-12-04T03:00:00Z');

describeApp('demo region', { clock: NOW, seed: (database) => loadDemo(database.db, NOW) }, (t) => {
  const get = async (rest: string) => {
    const spaces = (await t.app.inject({ method: 'GET', url: '/api/spaces', headers: adminHeaders })).json().spaces;
    const id = spaces.find((s: { slug: string }) => s.slug === 'lien-ket-vung-dbscl').id;
    const res = await t.app.inject({ method: 'GET', url: `/api/spaces/${id}/linkage${rest}`, headers: adminHeaders });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  // By hand, on 04/12/2026 (every commitment past due): An Giang's is done; Cần Thơ's port link (70 %) and
  // Cà Mau's shrimp–mangrove (20 %) moved but are late; Kiên Giang's tour route and Cần Thơ's training have
  // no report. 3 of 5 moved. Under the 2025 provinces: An Giang (An Giang + Kiên Giang) 1 of 2, Cần Thơ 1 of
  // 2, Cà Mau 1 of 1.
  it('shows the agreement labelled illustrative, its paper-to-practice rate, and the same read onto the 2025 provinces', async () => {
    const [agreement] = (await get('/agreements')).agreements;
    expect(agreement.parties.map((p: { name: string }) => p.name)).toEqual(['Cần Thơ', 'An Giang', 'Kiên Giang', 'Cà Mau']);
    expect([agreement.startsOn, agreement.endsOn, agreement.nowInternal]).toEqual(['2016-01-01', '2020-12-31', false]);
    expect(agreement.illustrativeNote).toContain('minh họa');
    expect(agreement.practice).toEqual({ total: 5, onPaper: 2, started: 2, onTrack: 0, done: 1, moved: 3, rate: 0.6 });
    const { provinces } = await get('/practice');
    expect(provinces.map((p: any) => [p.locality.name, p.from.length, p.practice.moved, p.practice.total])).toEqual([
      ['An Giang', 2, 1, 2],
      ['Cần Thơ', 1, 1, 2],
      ['Cà Mau', 1, 1, 1],
    ]);
  });

  // At the end of some quarters, by hand (days counted from each commitment's dates): 31/12/2016 nothing reported
  // yet; 30/06/2017 Cần Thơ's port link at 30 % of an expected 364/913 ≈ 39,9 % (green, on track); 30/06/2018 the
  // port link still at 30 % of 729/913 ≈ 79,8 % (red), An Giang's rice at 60 % of 729/1278 ≈ 57,0 % (green),
  // Cà Mau's 20 % of 545/1460 ≈ 37,3 % (amber): 3 moved, 1 on track; 31/12/2020 as today.
  it("shows the agreement's paper-to-practice quarter by quarter", async () => {
    const [agreement] = (await get('/agreements')).agreements;
    const { points } = await get(`/agreements/${agreement.id}/practice`);
    expect(points).toHaveLength(20);
    const at = (quarter: string) => points.find((p: { quarter: string }) => p.quarter === quarter);
    expect(at('2016-Q4')).toMatchObject({ on: '2016-12-31', practice: { moved: 0, total: 5 } });
    expect(at('2017-Q2').practice).toMatchObject({ moved: 1, onTrack: 1 });
    expect(at('2018-Q2').practice).toEqual({ total: 5, onPaper: 2, started: 2, onTrack: 1, done: 0, moved: 3, rate: 0.6 });
    expect(at('2020-Q4').practice).toEqual(agreement.practice);
  });

  // Cần Thơ → An Giang 3, An Giang → Kiên Giang 2, Kiên Giang → Cần Thơ 2: 3 / (1/3 + 1/2 + 1/2) = 2,25;
  // Cà Mau → Bạc Liêu min(3, 4) = 3, Bạc Liêu → Cà Mau min(2, 3) = 2: 2 / (1/3 + 1/2) = 2,4.
  it('suggests the three-way exchange and the pair, in words', async () => {
    const s = await get('/suggestions?maxCycle=3');
    expect(s.exact).toBe(true);
    // Members in giving order, starting from the smallest id (Bạc Liêu vn63:95 before Cà Mau vn63:96).
    expect(s.exchanges.map((e: any) => e.members.map((m: { name: string }) => m.name))).toEqual([
      ['Bạc Liêu', 'Cà Mau'],
      ['An Giang', 'Kiên Giang', 'Cần Thơ'],
    ]);
    expect(s.exchanges[0].score).toBeCloseTo(2.4, 12);
    expect(s.exchanges[1].score).toBeCloseTo(2.25, 12);
    expect(s.total).toBeCloseTo(4.65, 12);
    expect(s.exchanges[1].words.vi).toContain('Cần Thơ cung cấp cảng Cái Cui và kho lạnh mà An Giang cần');
    expect((await get('/suggestions?maxCycle=2')).exchanges).toHaveLength(1);
  });

  // 2 400 billion đồng: Cần Thơ 20 % = 480, An Giang and Kiên Giang 15 % = 360 each, central 50 % requested
  // (1 200), 30 % granted (720); the salinity network's 850 billion: 20 + 15 + 10 + 55 = 100 %, nothing granted yet.
  it('shows two illustrative regional projects steered by the coordination council, one under the agreement', async () => {
    const { projects } = await get('/projects');
    expect(projects).toHaveLength(2);
    // Recorded at once, so listed by name: Mạng … before Trung tâm ….
    const [salinity, hub] = projects;
    expect(hub.name.vi).toContain('(minh họa)');
    expect(hub.illustrativeNote).toContain('minh họa');
    expect(hub.steering.vi).toBe('Hội đồng điều phối vùng đồng bằng sông Cửu Long');
    expect(hub.costShares.map((c: any) => [c.locality.name, c.percent, c.amount])).toEqual([['Cần Thơ', 20, 480], ['An Giang', 15, 360], ['Kiên Giang', 15, 360]]);
    expect(hub.central).toEqual({ requestedPercent: 50, requestedAmount: 1200, grantedPercent: 30, grantedAmount: 720 });
    expect([hub.status, hub.unassignedPercent, hub.agreement.title.vi]).toEqual(['under-way', 0, 'Thỏa thuận liên kết phát triển vùng kinh tế trọng điểm đồng bằng sông Cửu Long giai đoạn 2016–2020']);
    expect(salinity.localities.map((l: any) => `${l.name} → ${l.successor.name}`)).toEqual(['Cà Mau → Cà Mau', 'Bạc Liêu → Cà Mau', 'Kiên Giang → An Giang']);
    expect([salinity.status, salinity.agreement, salinity.central.grantedAmount, salinity.unassignedPercent]).toEqual(['proposed', null, null, 0]);
  });
});
