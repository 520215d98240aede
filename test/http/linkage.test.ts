// Regional linkage over HTTP, on both storage kinds: every role × action (the coordinator; a province's
// official on their own locality and on another's; the 2025 province's official on its predecessors; an
// observer; an outsider), bad input refused in Vietnamese and English with nothing stored, the 2025
// merger (commitments under the successor, an agreement between merged provinces "now internal"), and
// paper to practice computed by hand.
import { beforeAll, describe, expect, it } from 'vitest';
import { adminHeaders, spaceBody } from '../helpers/app';
import { refusals } from '../helpers/forums';
import { describeApp } from '../helpers/http';
import { AG, AG_NEW, CM, CT, KG, linkageTables, makeLinkageWorld, type LinkageRole, type LinkageWorld } from '../helpers/linkage';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
const everyone: LinkageRole[] = ['coord', 'ct', 'ag', 'agNew', 'obs', 'out'];

describeApp('regional linkage', { clock: new Date('2026-12-04T03:00:00Z') }, (t) => {
  let w: LinkageWorld;
  const call = (who: LinkageRole, method: Method, rest: string, payload?: object) =>
    t.app.inject({ method, url: `/api/spaces/${w.spaceId}/linkage${rest}`, headers: w.s[who].headers, payload });
  const refused = refusals(t, () => linkageTables(t));
  const intent = (localityId: string, extra: object = {}) => ({
    direction: 'offer',
    localityId,
    sector: 'logistics',
    kind: 'facility',
    text: { vi: 'Cảng Cái Cui tiếp nhận tàu 20.000 tấn', en: 'Cái Cui port takes 20,000-tonne ships' },
    size: 4,
    ...extra,
  });
  const agreementBody = (extra: object = {}) => ({
    title: { vi: 'Thỏa thuận hợp tác phát triển kinh tế - xã hội vùng kinh tế trọng điểm giai đoạn 2016–2020', en: 'Agreement on the key economic region, 2016–2020' },
    parties: [CT, AG, KG, CM],
    startsOn: '2016-01-01',
    endsOn: '2020-12-31',
    sectors: ['logistics', 'rice', 'tourism'],
    ...extra,
  });
  const commitment = (party: string, extra: object = {}) => ({
    party,
    sector: 'logistics',
    what: { vi: 'Nạo vét luồng cho tàu biển vào cảng', en: 'Dredge the channel for sea-going ships' },
    startsOn: '2016-07-01',
    dueOn: '2018-12-31',
    budgetShares: { [party]: 40, central: 60 },
    ...extra,
  });
  const made = async (res: { statusCode: number; body: string; json(): any }) => {
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };

  beforeAll(async () => {
    w = await makeLinkageWorld(t, 'lk');
  });

  describe('the region', () => {
    it('is read by its people, with each official told which localities they edit; an outsider is told it does not exist', async () => {
      const expected: Record<LinkageRole, number | string[]> = { coord: [CT, AG, KG, CM, AG_NEW], ct: [CT], ag: [AG], agNew: [AG, KG, AG_NEW], obs: [], out: 404 };
      for (const who of everyone) {
        const res = await call(who, 'GET', '');
        if (typeof expected[who] === 'number') {
          expect(res.statusCode, who).toBe(404);
          continue;
        }
        expect(res.statusCode, who).toBe(200);
        expect(res.json().permissions.editFor, who).toEqual(expected[who]);
      }
      const region = (await call('obs', 'GET', '')).json();
      expect(region.localities.map((l: any) => `${l.name} → ${l.successor.name}`)).toEqual(['Cần Thơ → Cần Thơ', 'An Giang → An Giang', 'Kiên Giang → An Giang', 'Cà Mau → Cà Mau', 'An Giang → An Giang']);
      expect(region.sectors).toHaveLength(15);
    });

    it('is set by the coordinator only', async () => {
      for (const who of ['ct', 'obs'] as const) expect((await call(who, 'PUT', '/region', { localities: [CT, AG] })).statusCode, who).toBe(403);
      expect((await call('out', 'PUT', '/region', { localities: [CT, AG] })).statusCode).toBe(404);
      expect((await call('ct', 'PUT', `/officials/${w.userIds.ct}`, { localityId: AG })).statusCode).toBe(403);
    });

    it('binds only an official of the space, to a member locality', async () => {
      await refused(() => call('coord', 'PUT', `/officials/${w.userIds.obs}`, { localityId: CT }), 400, 'linkage.not_official');
      await refused(() => call('coord', 'PUT', `/officials/${w.userIds.ct}`, { localityId: 'vn63:01' }), 400, 'linkage.not_member');
      await refused(() => call('coord', 'PUT', '/region', { localities: [CT, 'vn63:99'] }), 400, 'linkage.unknown_locality');
    });
  });

  describe('offers and needs', () => {
    it("an official records, changes and removes their own locality's, never another's; observers and outsiders do not", async () => {
      const own = await made(await call('ct', 'POST', '/intents', intent(CT)));
      expect((await call('ct', 'POST', '/intents', intent(AG))).statusCode).toBe(403);
      expect((await call('obs', 'POST', '/intents', intent(CT))).statusCode).toBe(403);
      expect((await call('out', 'POST', '/intents', intent(CT))).statusCode).toBe(404);
      const theirs = await made(await call('coord', 'POST', '/intents', intent(AG, { direction: 'need', size: 3 })));
      expect((await call('ct', 'PUT', `/intents/${own}`, intent(CT, { size: 5 }))).json().size).toBe(5);
      expect((await call('ct', 'PUT', `/intents/${own}`, intent(AG))).statusCode, 'moving it to another locality').toBe(403);
      expect((await call('ct', 'PUT', `/intents/${theirs}`, intent(AG))).statusCode).toBe(403);
      expect((await call('ag', 'PUT', `/intents/${theirs}`, intent(AG, { direction: 'need', size: 2 }))).statusCode).toBe(200);
      expect((await call('ct', 'DELETE', `/intents/${theirs}`)).statusCode).toBe(403);
      expect((await call('obs', 'DELETE', `/intents/${own}`)).statusCode).toBe(403);
      const seen = (await call('obs', 'GET', '/intents')).json().intents;
      expect(seen.map((i: any) => [i.locality.name, i.direction, i.editable])).toEqual([['Cần Thơ', 'offer', false], ['An Giang', 'need', false]]);
      expect((await call('ct', 'GET', '/intents')).json().intents.map((i: any) => i.editable)).toEqual([true, false]);
      expect((await call('out', 'GET', '/intents')).statusCode).toBe(404);
      expect((await call('ct', 'DELETE', `/intents/${own}`)).statusCode).toBe(204);
    });

    it("the 2025 province's official edits a pre-2025 predecessor's", async () => {
      const kg = await made(await call('agNew', 'POST', '/intents', intent(KG, { sector: 'rice', kind: 'market' })));
      expect((await call('ag', 'PUT', `/intents/${kg}`, intent(KG))).statusCode, "An Giang's pre-2025 official is not Kiên Giang's").toBe(403);
      expect((await call('agNew', 'DELETE', `/intents/${kg}`)).statusCode).toBe(204);
    });

    it('refuses an unknown locality, a locality outside the region and an unknown sector, storing nothing', async () => {
      await refused(() => call('coord', 'POST', '/intents', intent('vn63:99')), 400, 'linkage.unknown_locality');
      await refused(() => call('coord', 'POST', '/intents', intent('vn63:01')), 400, 'linkage.not_member');
      await refused(() => call('ct', 'POST', '/intents', intent(CT, { sector: 'vu-tru' })), 400, 'linkage.unknown_sector');
      await refused(() => call('ct', 'POST', '/intents', intent(CT, { startsOn: '2026-06-01', endsOn: '2026-01-01' })), 400, 'linkage.dates_order');
      await refused(() => call('ct', 'POST', '/intents', intent(CT, { evidence: { index: 'PCI', indicator: 'dao-tao', year: 2016 } })), 400, 'linkage.unknown_indicator');
    });

    it("rests a need on an index figure: PCI's labour-training sub-index", async () => {
      const res = await call('ct', 'POST', '/intents', intent(CT, { direction: 'need', sector: 'human-resources', kind: 'capacity', evidence: { index: 'PCI', indicator: 'labour-training', year: 2016 } }));
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().evidence).toEqual({ index: 'PCI', indicator: 'labour-training', year: 2016 });
      expect((await call('ct', 'DELETE', `/intents/${res.json().id}`)).statusCode).toBe(204);
    });
  });

  describe('agreements, commitments and progress', () => {
    let agreement: string;
    const a = (rest = '') => `/agreements/${agreement}${rest}`;

    beforeAll(async () => {
      agreement = await made(await call('coord', 'POST', '/agreements', agreementBody()));
    });

    it('agreements are made by the coordinator only', async () => {
      for (const who of ['ct', 'obs'] as const) expect((await call(who, 'POST', '/agreements', agreementBody())).statusCode, who).toBe(403);
      expect((await call('out', 'POST', '/agreements', agreementBody())).statusCode).toBe(404);
      expect((await call('ct', 'PUT', a(), agreementBody())).statusCode).toBe(403);
      expect((await call('obs', 'GET', a())).json().nowInternal).toBe(false);
      expect((await call('out', 'GET', a())).statusCode).toBe(404);
    });

    it("an official commits and reports for their own locality only; observers and outsiders neither", async () => {
      const own = await made(await call('ct', 'POST', a('/commitments'), commitment(CT)));
      expect((await call('ct', 'POST', a('/commitments'), commitment(AG))).statusCode).toBe(403);
      expect((await call('obs', 'POST', a('/commitments'), commitment(CT))).statusCode).toBe(403);
      expect((await call('out', 'POST', a('/commitments'), commitment(CT))).statusCode).toBe(404);
      const ag = await made(await call('ag', 'POST', a('/commitments'), commitment(AG, { dueOn: '2019-12-31' })));
      expect((await call('ct', 'PUT', a(`/commitments/${ag}`), commitment(AG))).statusCode).toBe(403);
      expect((await call('ct', 'POST', a(`/commitments/${ag}/reports`), { period: '2017-Q1', percent: 10 })).statusCode).toBe(403);
      expect((await call('obs', 'POST', a(`/commitments/${own}/reports`), { period: '2017-Q1', percent: 10 })).statusCode).toBe(403);
      expect((await call('ct', 'DELETE', a(`/commitments/${ag}`))).statusCode).toBe(403);
      const report = await call('ct', 'POST', a(`/commitments/${own}/reports`), { period: '2017-Q1', percent: 50, statusNote: 'Đã nạo vét xong đoạn đầu' });
      expect(report.statusCode, report.body).toBe(201);
      expect(report.json()).toMatchObject({ progress: 50, status: 'red', stage: 'started' });
      const kg = await made(await call('agNew', 'POST', a('/commitments'), commitment(KG, { sector: 'rice', budgetShares: { [KG]: 30, [AG]: 30, central: 40 } })));
      expect((await call('agNew', 'POST', a(`/commitments/${kg}/reports`), { period: '2018-Q4', percent: 100 })).json().stage).toBe('done');
      const spare = await made(await call('ct', 'POST', a('/commitments'), commitment(CT, { sector: 'tourism' })));
      expect((await call('ct', 'PUT', a(`/commitments/${spare}`), commitment(AG))).statusCode, 'handing it to another party').toBe(403);
      expect((await call('coord', 'PUT', a(`/commitments/${spare}`), commitment(CT, { sector: 'rice' }))).json().sector).toBe('rice');
      expect((await call('obs', 'DELETE', a(`/commitments/${spare}`))).statusCode).toBe(403);
      expect((await call('ct', 'DELETE', a(`/commitments/${spare}`))).statusCode).toBe(204);
    });

    // Today (04/12/2026) every commitment is past due: Cần Thơ's at 50 % is red ("started"), An Giang's has
    // no report ("on paper"), Kiên Giang's is done. 2 of 3 moved. On 30/06/2017 Cần Thơ's 50 % (2017-Q1) is
    // ahead of the 364/913 ≈ 39,9 % its dates expect: green, "on track"; Kiên Giang's is not reported yet.
    it('paper to practice per agreement, today and on a past day (by hand)', async () => {
      const today = (await call('obs', 'GET', a())).json();
      expect(today.practice).toEqual({ total: 3, onPaper: 1, started: 1, onTrack: 0, done: 1, moved: 2, rate: 2 / 3 });
      const then = (await call('obs', 'GET', a('?on=2017-06-30'))).json();
      expect(then.practice).toEqual({ total: 3, onPaper: 2, started: 0, onTrack: 1, done: 0, moved: 1, rate: 1 / 3 });
    });

    it("per province in force today: Kiên Giang's and An Giang's commitments count under the new An Giang", async () => {
      const { provinces } = (await call('obs', 'GET', '/practice')).json();
      expect(provinces.map((p: any) => [p.locality.id, p.locality.name, p.from, p.practice.total, p.practice.moved])).toEqual([
        ['vn34:91', 'An Giang', [AG, KG], 2, 1],
        ['vn34:92', 'Cần Thơ', [CT], 1, 1],
      ]);
    });

    it('refuses budget shares over 100 %, a party not in the agreement, a date outside its period, an unknown sector or a wrong quarter, storing nothing', async () => {
      const err = await refused(() => call('coord', 'POST', a('/commitments'), commitment(CT, { budgetShares: { [CT]: 50, [AG]: 20.5, central: 30 } })), 400, 'linkage.budget_over');
      expect(err.vi).toContain('100,5 %');
      expect(err.en).toContain('100.5 %');
      await refused(() => call('coord', 'POST', a('/commitments'), commitment(CT, { budgetShares: { [AG_NEW]: 10 } })), 400, 'linkage.budget_not_party');
      await refused(() => call('agNew', 'POST', a('/commitments'), commitment(AG_NEW)), 400, 'linkage.party_not_in_agreement');
      await refused(() => call('coord', 'POST', a('/commitments'), commitment('vn63:99')), 400, 'linkage.unknown_locality');
      const outside = await refused(() => call('ct', 'POST', a('/commitments'), commitment(CT, { dueOn: '2021-06-30' })), 400, 'linkage.date_outside');
      expect(outside.vi).toContain('30/06/2021');
      await refused(() => call('ct', 'POST', a('/commitments'), commitment(CT, { sector: 'vu-tru' })), 400, 'linkage.unknown_sector');
      await refused(() => call('ct', 'POST', a('/commitments'), commitment(CT, { sector: 'water' })), 400, 'linkage.sector_not_in_agreement');
      const own = (await call('ct', 'GET', a())).json().commitments.find((c: any) => c.party.id === CT).id;
      await refused(() => call('ct', 'POST', a(`/commitments/${own}/reports`), { period: '2017-03', percent: 10 }), 400, 'linkage.wrong_period');
      await refused(() => call('ct', 'POST', a(`/commitments/${own}/reports`), { period: '2019-Q1', percent: 10 }), 400, 'linkage.period_outside');
      await refused(() => call('coord', 'PUT', a(), agreementBody({ endsOn: '2018-06-30' })), 400, 'linkage.commitments_outside');
      await refused(() => call('coord', 'PUT', a(), agreementBody({ parties: [CT, AG, CM] })), 400, 'linkage.party_has_commitments');
      await refused(() => call('coord', 'POST', '/agreements', agreementBody({ parties: [CT, CT] })), 400, 'linkage.parties_too_few');
    });

    it('keeps the signed document: attached by the coordinator (a PDF or DOCX by its bytes), downloaded by readers', async () => {
      const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
      const file = (name: string, bytes: Buffer) => ({ name, base64: bytes.toString('base64') });
      expect((await call('obs', 'GET', a('/document'))).statusCode).toBe(404);
      expect((await call('ct', 'PUT', a('/document'), file('thoa-thuan.pdf', pdf))).statusCode).toBe(403);
      expect((await call('out', 'PUT', a('/document'), file('thoa-thuan.pdf', pdf))).statusCode).toBe(404);
      // The upload refusal names the file first, in English too.
      await refusals(t, () => linkageTables(t), /^thoa-thuan\.pdf /)(() => call('coord', 'PUT', a('/document'), file('thoa-thuan.pdf', Buffer.from('không phải PDF'))), 415, 'upload.document_type');
      const res = await call('coord', 'PUT', a('/document'), file('Thỏa thuận 2016.pdf', pdf));
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().document).toEqual({ name: 'Thỏa thuận 2016.pdf', type: 'application/pdf' });
      const got = await call('obs', 'GET', a('/document'));
      expect(got.statusCode).toBe(200);
      expect(got.rawPayload.equals(pdf)).toBe(true);
      expect((await call('out', 'GET', a('/document'))).statusCode).toBe(404);
    });

    it('keeps in the region every locality its offers, needs, agreements or officials name', async () => {
      await refused(() => call('coord', 'PUT', '/region', { localities: [CT, AG, KG, AG_NEW] }), 409, 'linkage.locality_in_use');
    });

    it('marks an agreement between two provinces merged in 2025 as now internal', async () => {
      const res = await call('coord', 'POST', '/agreements', agreementBody({ parties: [AG, KG], title: { vi: 'Thỏa thuận An Giang – Kiên Giang', en: null } }));
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ nowInternal: true, parties: [{ name: 'An Giang', successor: { id: AG_NEW } }, { name: 'Kiên Giang', successor: { id: AG_NEW } }] });
    });
  });

  // A 3-cycle and no pair, by hand: Cần Thơ's port (logistics facility 4) meets An Giang's need (facility 3):
  // An Giang gains min(3, 4) = 3; An Giang's rice market (5) meets Kiên Giang's need (market 2): 2; Kiên Giang's
  // tourism expertise (2) meets Cần Thơ's need (expertise 4): 2. No two of them give each other anything, so pairs
  // alone suggest nothing; the cycle scores 3 / (1/3 + 1/2 + 1/2) = 2,25.
  describe('suggestions', () => {
    // A second region run by the administrator (signing six more people in would meet the sign-in rate limit).
    let regionId: string;
    const as = (who: 'admin' | 'out', rest: string, payload?: object) =>
      t.app.inject({ method: payload ? 'POST' : 'GET', url: `/api/spaces/${regionId}/linkage${rest}`, headers: who === 'admin' ? adminHeaders : w.s.out.headers, payload });
    beforeAll(async () => {
      regionId = (await t.app.inject({ method: 'POST', url: '/api/spaces', headers: adminHeaders, payload: { ...spaceBody('lien-ket-goi-y'), kind: 'linkage' } })).json().id;
      expect((await t.app.inject({ method: 'PUT', url: `/api/spaces/${regionId}/linkage/region`, headers: adminHeaders, payload: { localities: [CT, AG, KG, CM, AG_NEW] } })).statusCode).toBe(200);
      const text = (vi: string, en: string) => ({ vi, en });
      for (const body of [
        { direction: 'offer', localityId: CT, sector: 'logistics', kind: 'facility', size: 4, text: text('cảng Cái Cui', 'Cái Cui port') },
        { direction: 'need', localityId: AG, sector: 'logistics', kind: 'facility', size: 3, text: text('cảng xuất khẩu gạo', 'a rice export port') },
        { direction: 'offer', localityId: AG, sector: 'rice', kind: 'market', size: 5, text: text('đầu mối thu mua lúa', 'a rice buying hub') },
        { direction: 'need', localityId: KG, sector: 'rice', kind: 'market', size: 2, text: text('thị trường lúa', 'a rice market') },
        { direction: 'offer', localityId: KG, sector: 'tourism', kind: 'expertise', size: 2, text: text('kinh nghiệm du lịch biển đảo', 'island tourism know-how') },
        { direction: 'need', localityId: CT, sector: 'tourism', kind: 'expertise', size: 4, text: text('chuyên gia du lịch', 'tourism experts') },
      ]) expect((await as('admin', '/intents', body)).statusCode).toBe(201);
    });

    it('finds the three-way exchange, explains it in words, and finds nothing with pairs only', async () => {
      const res = await as('admin', '/suggestions?maxCycle=3');
      expect(res.statusCode, res.body).toBe(200);
      const { exchanges, total, exact } = res.json();
      expect(exact).toBe(true);
      expect(total).toBeCloseTo(2.25, 12);
      expect(exchanges).toHaveLength(1);
      expect(exchanges[0].members.map((m: any) => m.id)).toEqual([AG, KG, CT]);
      expect(exchanges[0].gains).toEqual([{ localityId: AG, gain: 3 }, { localityId: KG, gain: 2 }, { localityId: CT, gain: 2 }]);
      expect(exchanges[0].words.vi).toContain('Cần Thơ cung cấp cảng Cái Cui mà An Giang (vn63:89) cần (lợi ích 3)');
      expect(exchanges[0].words.vi).toContain('3 / (1/3 + 1/2 + 1/2) = 2,25');
      expect(exchanges[0].words.en).toContain('Kiên Giang offers island tourism know-how that Cần Thơ needs (benefit 2)');
      const pairs = (await as('admin', '/suggestions?maxCycle=2')).json();
      expect(pairs).toMatchObject({ exchanges: [], total: 0 });
      expect((await as('out', '/suggestions')).statusCode).toBe(404);
    });
  });
});
