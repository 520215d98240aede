// Regional projects over HTTP, on both storage kinds: every role × action (the coordinator makes, changes and
// removes them; a province's official sets only their own province's cost-share line — the 2025 province's
// official also its predecessors' —; observers read; outsiders are told the region does not exist), bad
// input refused in Vietnamese and English with nothing stored, and amounts computed by hand.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { refusals } from '../helpers/forums';
import { describeApp } from '../helpers/http';
import { AG, AG_NEW, CM, CT, KG, linkageTables, makeLinkageWorld, type LinkageRole, type LinkageWorld } from '../helpers/linkage';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

describeApp('regional projects', { clock: new Date('2026-12-04T03:00:00Z') }, (t) => {
  let w: LinkageWorld;
  let agreementId: string;
  const call = (who: LinkageRole, method: Method, rest: string, payload?: object) =>
    t.app.inject({ method, url: `/api/spaces/${w.spaceId}/linkage${rest}`, headers: w.s[who].headers, payload });
  const refused = refusals(t, () => linkageTables(t));
  const project = (extra: object = {}) => ({
    name: { vi: 'Trung tâm logistics vùng tại cảng Cái Cui', en: 'A regional logistics hub at Cái Cui port' },
    localities: [CT, AG, KG],
    sector: 'logistics',
    totalCost: 2400,
    costShares: { [CT]: 20, [AG]: 15, [KG]: 15 },
    centralRequested: 50,
    centralGranted: 30,
    status: 'under-way',
    steering: { vi: 'Hội đồng điều phối vùng đồng bằng sông Cửu Long', en: 'Mekong Delta Regional Coordination Council' },
    agreementId,
    ...extra,
  });
  const made = async (res: { statusCode: number; body: string; json(): any }) => {
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };

  beforeAll(async () => {
    w = await makeLinkageWorld(t, 'pj');
    const res = await call('coord', 'POST', '/agreements', { title: { vi: 'Thỏa thuận 2016–2020', en: null }, parties: [CT, AG, KG, CM], startsOn: '2016-01-01', endsOn: '2020-12-31', sectors: ['logistics'] });
    agreementId = (await made(res)).id;
  });

  // 2 400 billion đồng: Cần Thơ 20 % = 480, An Giang and Kiên Giang 15 % = 360 each; central 50 % requested =
  // 1 200, 30 % granted = 720; nothing left unassigned.
  it('is recorded by the coordinator, with each line’s amount, and read by every reader', async () => {
    const p = await made(await call('coord', 'POST', '/projects', project()));
    expect(p.costShares.map((c: any) => [c.locality.id, c.percent, c.amount])).toEqual([[CT, 20, 480], [AG, 15, 360], [KG, 15, 360]]);
    expect(p.central).toEqual({ requestedPercent: 50, requestedAmount: 1200, grantedPercent: 30, grantedAmount: 720 });
    expect([p.unassignedPercent, p.agreement.title.vi, p.steering.en, p.editable]).toEqual([0, 'Thỏa thuận 2016–2020', 'Mekong Delta Regional Coordination Council', true]);
    for (const who of ['ct', 'ag', 'agNew', 'obs'] as const) {
      const seen = await call(who, 'GET', `/projects/${p.id}`);
      expect(seen.statusCode, who).toBe(200);
      expect(seen.json().editable, who).toBe(false);
    }
    expect((await call('ct', 'GET', '/projects')).json().projects[0].costShares.map((c: any) => c.editable)).toEqual([true, false, false]);
    expect((await call('agNew', 'GET', '/projects')).json().projects[0].costShares.map((c: any) => c.editable)).toEqual([false, true, true]);
    expect((await call('out', 'GET', '/projects')).statusCode).toBe(404);
    expect((await call('out', 'GET', `/projects/${p.id}`)).statusCode).toBe(404);
  });

  it('is made, changed and removed by the coordinator only', async () => {
    for (const who of ['ct', 'agNew', 'obs'] as const) expect((await call(who, 'POST', '/projects', project())).statusCode, who).toBe(403);
    expect((await call('out', 'POST', '/projects', project())).statusCode).toBe(404);
    const p = await made(await call('coord', 'POST', '/projects', project({ status: 'proposed', centralGranted: null, agreementId: null })));
    for (const who of ['ct', 'obs'] as const) {
      expect((await call(who, 'PUT', `/projects/${p.id}`, project())).statusCode, who).toBe(403);
      expect((await call(who, 'DELETE', `/projects/${p.id}`)).statusCode, who).toBe(403);
    }
    expect((await call('out', 'PUT', `/projects/${p.id}`, project())).statusCode).toBe(404);
    const changed = await call('coord', 'PUT', `/projects/${p.id}`, project({ status: 'stalled', localities: [CM, AG_NEW], costShares: { [CM]: 10 }, centralRequested: 40, centralGranted: 0 }));
    expect(changed.statusCode, changed.body).toBe(200);
    // 2 400 × 10 % = 240; 100 − 10 − 40 = 50 % not yet assigned.
    expect(changed.json()).toMatchObject({ status: 'stalled', unassignedPercent: 50, costShares: [{ percent: 10, amount: 240 }, { percent: 0, amount: 0 }], central: { grantedAmount: 0 } });
    expect((await call('coord', 'DELETE', `/projects/${p.id}`)).statusCode).toBe(204);
    expect((await call('obs', 'GET', `/projects/${p.id}`)).statusCode).toBe(404);
  });

  describe('a cost-share line', () => {
    let id: string;
    beforeAll(async () => {
      id = (await made(await call('coord', 'POST', '/projects', project({ costShares: { [CT]: 20 }, centralRequested: 40 })))).id;
    });
    const share = (who: LinkageRole, locality: string, percent: number) => call(who, 'PUT', `/projects/${id}/cost-shares/${locality}`, { percent });

    it("is set by the province's own official, never another's; by the coordinator for any", async () => {
      const res = await share('ct', CT, 25);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().costShares[0]).toMatchObject({ percent: 25, amount: 600 });
      expect((await share('ct', AG, 10)).statusCode).toBe(403);
      expect((await share('ag', KG, 10)).statusCode, "An Giang's pre-2025 official is not Kiên Giang's").toBe(403);
      expect((await share('agNew', KG, 10)).json().costShares[2]).toMatchObject({ percent: 10, amount: 240 });
      expect((await share('obs', CT, 10)).statusCode).toBe(403);
      expect((await share('out', CT, 10)).statusCode).toBe(404);
      // 25 + 15 + 10 + 40 = 90: 10 % left.
      expect((await share('coord', AG, 15)).json().unassignedPercent).toBe(10);
    });

    it('refuses a line that takes the total past 100 % or a province not in the project, storing nothing', async () => {
      const err = await refused(() => share('ct', CT, 35.5), 400, 'linkage.project_shares_over');
      // 35,5 + 15 + 10 + 40 = 100,5
      expect(err.vi).toContain('100,5 %');
      expect(err.en).toContain('100.5 %');
      await refused(() => share('coord', CM, 5), 400, 'linkage.share_not_in_project');
    });
  });

  it("gives the agreement's Word report to every reader of the region, not to outsiders", async () => {
    for (const who of ['coord', 'ct', 'obs'] as const) {
      const res = await call(who, 'GET', `/agreements/${agreementId}/report.docx?lang=en`);
      expect(res.statusCode, who).toBe(200);
      expect(res.rawPayload.subarray(0, 2).toString(), who).toBe('PK');
    }
    expect((await call('out', 'GET', `/agreements/${agreementId}/report.docx`)).statusCode).toBe(404);
  });

  it('refuses bad projects in Vietnamese and English, storing nothing', async () => {
    const over = await refused(() => call('coord', 'POST', '/projects', project({ centralRequested: 55 })), 400, 'linkage.project_shares_over');
    expect(over.vi).toContain('105 %');
    const granted = await refused(() => call('coord', 'POST', '/projects', project({ centralGranted: 60 })), 400, 'linkage.granted_over_requested');
    expect(granted.en).toBe('The central budget granted (60 %) is more than was requested (50 %).');
    await refused(() => call('coord', 'POST', '/projects', project({ costShares: { [CM]: 10 } })), 400, 'linkage.share_not_in_project');
    await refused(() => call('coord', 'POST', '/projects', project({ localities: [CT, CT], costShares: {} })), 400, 'linkage.project_localities_too_few');
    await refused(() => call('coord', 'POST', '/projects', project({ localities: [CT, 'vn63:01'], costShares: {} })), 400, 'linkage.not_member');
    await refused(() => call('coord', 'POST', '/projects', project({ localities: [CT, 'vn63:99'], costShares: {} })), 400, 'linkage.unknown_locality');
    await refused(() => call('coord', 'POST', '/projects', project({ sector: 'vu-tru' })), 400, 'linkage.unknown_sector');
    await refused(() => call('coord', 'POST', '/projects', project({ agreementId: randomUUID() })), 404, 'linkage.agreement_not_found');
    await refused(() => call('coord', 'POST', '/projects', project({ centralRequested: 120 })), 400, 'request.invalid');
  });
});
