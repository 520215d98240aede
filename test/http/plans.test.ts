// Action plans over HTTP, on both storage kinds: who may build and report, what bad input and bad
// files get, the Excel round-trip, and the public dashboard.
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import type { Actor } from '../../src/http/actor';
import { createOrganisation, createUser, grantRole } from '../../src/modules/accounts/account.service';
import type { Role } from '../../src/modules/accounts/account.table';
import { PASSWORD, adminHeaders, signIn, spaceBody, type Session } from '../helpers/app';
import { describeApp } from '../helpers/http';

const setup: Actor = { userId: null, label: 'test setup', platformRole: 'administrator', spaceRoles: new Map(), via: 'admin-token' };
// 10:00 in Vietnam on 22/11/2026.
const NOW = new Date('2026-11-22T03:00:00Z');
const xlsxType = 'application/octet-stream';

describeApp('plans', { clock: NOW }, (t) => {
  const s: Record<string, Session> = {};
  const org: Record<string, string> = {};
  let publicSpace: { id: string; slug: string };
  let privateSpace: { id: string; slug: string };
  let planId: string;
  let privatePlanId: string;
  let a1: string;
  let a2: string;
  let privateAction: string;

  const call = (who: string | null, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown) =>
    t.app.inject({ method, url, headers: who ? s[who].headers : {}, payload: payload as object });

  beforeAll(async () => {
    for (const slug of ['so-a', 'so-b', 'so-c']) org[slug] = (await createOrganisation(t.database.db, setup, { slug, name: { vi: `Sở ${slug}`, en: `Dept ${slug}` }, kind: 'department' }, NOW)).id;
    const mk = async (body: ReturnType<typeof spaceBody>) => ({ ...(await t.app.inject({ method: 'POST', url: '/api/spaces', headers: adminHeaders, payload: body })).json(), slug: body.slug });
    publicSpace = await mk(spaceBody('ke-hoach-cong-khai', 'public'));
    privateSpace = await mk(spaceBody('ke-hoach-rieng', 'private'));
    const people: [string, string | null, Role | null][] = [
      ['fac', null, 'facilitator'],
      ['lead', 'so-a', 'official'],
      ['coord', 'so-b', 'official'],
      ['other', 'so-c', 'official'],
      ['observer', 'so-a', 'observer'],
      ['outsider', 'so-a', null],
    ];
    for (const [name, o, role] of people) {
      const u = await createUser(t.database.db, setup, { email: `${name}@plans.test`, displayName: name, password: PASSWORD, organisationId: o ? org[o] : null }, NOW);
      if (role) for (const space of [publicSpace, privateSpace]) await grantRole(t.database.db, setup, { userId: u.id, spaceId: space.id, role }, NOW);
      s[name] = await signIn(t.app, `${name}@plans.test`);
    }
    const plan = async (spaceId: string) =>
      (await call('fac', 'POST', `/api/spaces/${spaceId}/plans`, { title: { vi: 'Kế hoạch 2026', en: 'Plan 2026' }, summary: { vi: 'Tóm tắt', en: 'Summary' }, reportingPeriod: 'quarterly', graceDays: 15 })).json().id;
    planId = await plan(publicSpace.id);
    privatePlanId = await plan(privateSpace.id);
    const objective = async (p: string) => (await call('fac', 'POST', `/api/plans/${p}/objectives`, { code: 'MT1', title: { vi: 'Môi trường', en: 'Environment' }, priorityArea: 'environment' })).json().id;
    const o1 = await objective(planId);
    const action = async (p: string, o: string, code: string, budget: number, extra: object = {}) => {
      const res = await call('fac', 'POST', `/api/plans/${p}/actions`, {
        objectiveId: o, code, title: { vi: `Nhiệm vụ ${code}`, en: `Action ${code}` }, leadAgencyId: org['so-a'], coordinatorIds: [org['so-b']],
        startsOn: '2026-01-01', dueOn: '2026-12-31', budgetPlanned: budget, ...extra,
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().id as string;
    };
    a1 = await action(planId, o1, 'NV1', 300, { kpis: [{ key: 'rac', title: { vi: 'Tỷ lệ thu gom rác', en: 'Waste collected' }, unit: '%', direction: 'increase', baseline: 60, target: 90 }] });
    a2 = await action(planId, o1, 'NV2', 100);
    privateAction = await action(privatePlanId, await objective(privatePlanId), 'NV1', 100);
  });

  it('lets facilitators build plans; officials and observers only read; outsiders do not see a private plan', async () => {
    expect((await call('lead', 'POST', `/api/spaces/${publicSpace.id}/plans`, { title: { vi: 'X', en: 'X' }, summary: { vi: 'X', en: 'X' }, reportingPeriod: 'monthly' })).statusCode).toBe(403);
    expect((await call('observer', 'PATCH', `/api/actions/${a1}`, { budgetSpent: 5 })).statusCode).toBe(403);
    const seen = await call('observer', 'GET', `/api/plans/${planId}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().permissions).toEqual({ manage: false, reportOn: [] });
    expect((await call('coord', 'GET', `/api/plans/${planId}`)).json().permissions.reportOn.sort()).toEqual([a1, a2].sort());
    expect((await call('outsider', 'GET', `/api/plans/${privatePlanId}`)).statusCode).toBe(404);
    expect((await call('outsider', 'POST', `/api/actions/${privateAction}/reports`, { period: '2026-Q1', percent: 10 })).statusCode).toBe(404);
  });

  it('lets only the lead and coordinating agencies report progress', async () => {
    expect((await call('other', 'POST', `/api/actions/${a1}/reports`, { period: '2026-Q1', percent: 10 })).statusCode).toBe(403);
    expect((await call('observer', 'POST', `/api/actions/${a1}/reports`, { period: '2026-Q1', percent: 10 })).statusCode).toBe(403);
    // The outsider's organisation leads the action, but they hold no role in the private space.
    const lead = await call('lead', 'POST', `/api/actions/${a1}/reports`, { period: '2026-Q3', percent: 40, statusNote: 'Đúng kế hoạch', narrative: 'Đã lắp 40 điểm thu gom.', kpiValues: { rac: 72 } });
    expect(lead.statusCode, lead.body).toBe(201);
    expect(lead.json().submittedOn).toBe('2026-11-22');
    const coord = await call('coord', 'POST', `/api/actions/${a2}/reports`, { period: '2026-Q3', percent: 80 });
    expect(coord.statusCode, coord.body).toBe(201);
    const again = await call('coord', 'POST', `/api/actions/${a2}/reports`, { period: '2026-Q3', percent: 80 });
    expect(again.statusCode).toBe(200);
  });

  it('refuses bad input in Vietnamese and English and stores nothing', async () => {
    const before = (await call('lead', 'GET', `/api/actions/${a1}/reports`)).json().reports.length;
    for (const [body, code] of [
      [{ period: '2026-Q2', percent: 150 }, 'request.invalid'],
      [{ period: '2026-05', percent: 10 }, 'plan.wrong_period'],
      [{ period: '2025-Q4', percent: 10 }, 'plan.period_outside'],
      [{ period: '2026-Q2', percent: 10, kpiValues: { khac: 1 } }, 'plan.unknown_kpi'],
    ] as const) {
      const res = await call('lead', 'POST', `/api/actions/${a1}/reports`, body);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe(code);
      expect(res.json().error.vi).toMatch(/[ạảấầẩậắằẳặẹẻẽếềểệỉịọỏốồổộớờởợụủứừửựỳỵỷỹđ]/);
      expect(res.json().error.en).toBeTruthy();
    }
    const kpiWrongWay = await call('fac', 'PATCH', `/api/actions/${a2}`, { kpis: [{ key: 'x', title: { vi: 'X', en: 'X' }, unit: 'ha', direction: 'decrease', baseline: 1, target: 5 }] });
    expect(kpiWrongWay.statusCode).toBe(400);
    const unknownDimension = await call('fac', 'PATCH', `/api/actions/${a2}`, { kpis: [{ key: 'x', title: { vi: 'X', en: 'X' }, unit: 'điểm', direction: 'increase', baseline: 5, target: 6, indicator: { index: 'PCI', key: 'khong-co' } }] });
    expect(unknownDimension.statusCode).toBe(400);
    const unknownAgency = await call('fac', 'PATCH', `/api/actions/${a2}`, { leadAgencyId: '00000000-0000-4000-8000-000000000000' });
    expect(unknownAgency.json().error.code).toBe('plan.unknown_organisation');
    expect((await call('lead', 'GET', `/api/actions/${a1}/reports`)).json().reports.length).toBe(before);
    expect((await call('lead', 'GET', `/api/actions/${a2}`)).json().kpis).toEqual([]);
  });

  it('takes evidence by its content and size, not its name', async () => {
    const [report] = (await call('lead', 'GET', `/api/actions/${a1}/reports`)).json().reports;
    const upload = (bytes: Buffer, name: string) =>
      t.app.inject({ method: 'POST', url: `/api/reports/${report.id}/evidence?name=${encodeURIComponent(name)}`, headers: { ...s.lead.headers, 'content-type': 'application/octet-stream' }, payload: bytes });
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(100, 32)]);
    const ok = await upload(pdf, 'biên bản.pdf');
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ mediaType: 'application/pdf', size: pdf.length, fileName: 'biên bản.pdf' });
    const fake = await upload(Buffer.from('MZ\x90\x00 not a pdf at all'), 'report.pdf');
    expect(fake.statusCode).toBe(415);
    expect(fake.json().error.code).toBe('plan.evidence_type');
    const big = await upload(Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(5 * 1024 * 1024, 32)]), 'big.pdf');
    expect(big.statusCode).toBe(413);
    expect(big.json().error.vi).toContain('5 MB');
    expect((await upload(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'anh')).json()).toMatchObject({ mediaType: 'image/png', fileName: 'anh.png' });
    const other = await t.app.inject({ method: 'POST', url: `/api/reports/${report.id}/evidence?name=x.pdf`, headers: { ...s.other.headers, 'content-type': 'application/octet-stream' }, payload: pdf });
    expect(other.statusCode).toBe(403);
    const listed = (await call('lead', 'GET', `/api/actions/${a1}/reports`)).json().reports[0].evidence;
    expect(listed).toHaveLength(2);
    const file = await call('observer', 'GET', `/api/evidence/${listed[0].id}`);
    expect(file.rawPayload.equals(pdf)).toBe(true);
  });

  it('round-trips export → import without changing anything, in XLSX and CSV', async () => {
    const xlsx = (await call('fac', 'GET', `/api/plans/${planId}/export.xlsx`)).rawPayload;
    const csvBefore = (await call('fac', 'GET', `/api/plans/${planId}/export.csv?sheet=progress`)).body;
    const imported = await t.app.inject({ method: 'POST', url: `/api/plans/${planId}/import?format=xlsx&name=plan.xlsx`, headers: { ...s.fac.headers, 'content-type': xlsxType }, payload: xlsx });
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toEqual({ actions: { created: 0, updated: 0, unchanged: 2 }, reports: { created: 0, updated: 0, unchanged: 2 } });
    const csvImport = await t.app.inject({ method: 'POST', url: `/api/plans/${planId}/import?format=csv&sheet=progress&name=p.csv`, headers: { ...s.lead.headers, 'content-type': 'text/csv' }, payload: csvBefore });
    expect(csvImport.statusCode, csvImport.body).toBe(200);
    expect(csvImport.json().reports).toEqual({ created: 0, updated: 0, unchanged: 2 });
    expect((await call('fac', 'GET', `/api/plans/${planId}/export.csv?sheet=progress`)).body).toBe(csvBefore);
    const byObserver = await t.app.inject({ method: 'POST', url: `/api/plans/${planId}/import?format=csv&sheet=progress`, headers: { ...s.observer.headers, 'content-type': 'text/csv' }, payload: csvBefore });
    expect(byObserver.statusCode).toBe(403);
  });

  it('imports an edited workbook all-or-nothing, listing every bad row', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await call('fac', 'GET', `/api/plans/${planId}/export.xlsx`)).rawPayload as unknown as ExcelJS.Buffer);
    const progress = workbook.getWorksheet('Tiến độ')!;
    progress.addRow(['NV1', '', '2026-Q4', 55, 'Tốt', 'Quý 4', 'rac=75', '']);
    progress.addRow(['NV1', '', '2026-Q2', 'nhiều', '', '', '', '']);
    progress.addRow(['NV9', '', '2026-Q2', 10, '', '', '', '']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const res = await t.app.inject({ method: 'POST', url: `/api/plans/${planId}/import?format=xlsx&name=sua.xlsx`, headers: { ...s.lead.headers, 'content-type': xlsxType }, payload: bytes });
    expect(res.statusCode).toBe(400);
    const problems = res.json().error.problems as { sheet: string; row: number; column: string; vi: string; en: string }[];
    expect(problems.map((p) => [p.sheet, p.row, p.column])).toEqual([['Tiến độ', 5, 'D'], ['Tiến độ', 6, 'A']]);
    expect(problems[0].vi).toContain('từ 0 đến 100');
    expect(problems[1].en).toContain('no action "NV9"');
    expect((await call('lead', 'GET', `/api/actions/${a1}/reports`)).json().reports.map((r: { period: string }) => r.period)).toEqual(['2026-Q3']);
    // The other agency may not slip a report in through a file either.
    const other = await t.app.inject({ method: 'POST', url: `/api/plans/${planId}/import?format=csv&sheet=progress`, headers: { ...s.other.headers, 'content-type': 'text/csv' }, payload: 'Mã nhiệm vụ (code),Kỳ báo cáo (period),Tiến độ % (progress)\r\nNV2,2026-Q4,90\r\n' });
    expect(other.statusCode).toBe(400);
    expect(other.json().error.problems[0]).toMatchObject({ row: 2, column: 'A' });
  });

  it('lists reminders and scorecards for the lead agency', async () => {
    const reminders = (await call('lead', 'GET', `/api/plans/${planId}/reminders?agency=${org['so-a']}`)).json();
    const items = reminders.agencies[0].items as { code: string; kind: string; period: string }[];
    expect(items.filter((i) => i.code === 'NV1').map((i) => [i.kind, i.period])).toEqual([['report-overdue', '2026-Q1'], ['report-overdue', '2026-Q2']]);
    const send = await call('fac', 'POST', `/api/plans/${planId}/reminders/send`);
    expect(send.json()).toEqual({ agencies: 1, sent: 2 }); // lead and observer belong to so-a and hold a role
    const cards = (await call('observer', 'GET', `/api/plans/${planId}/scorecards?agency=${org['so-a']}`)).json();
    const q3 = cards.scorecards.find((c: { period: string }) => c.period === '2026-Q3');
    expect(q3).toMatchObject({ reportsDue: 2, reportsOnTime: 0, actions: 2, kpiAttainment: 40, overdue: 0 });
  });

  it('shows the public dashboard without a session, and nothing for a private space', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/d/${publicSpace.slug}` });
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('<script');
    expect(Buffer.byteLength(res.body)).toBeLessThan(60_000);
    // Budgets 300 and 100 weigh the reported 40 % and 80 %: (300·40 + 100·80) / 400.
    const expected = (300 * 40 + 100 * 80) / 400;
    expect(res.body).toContain(`Tiến độ <strong class="big">${expected}\u00a0%</strong>`);
    expect(res.body).toContain('<svg');
    expect((await t.app.inject({ method: 'GET', url: `/d/${publicSpace.slug}?lang=en` })).body).toContain('Lead agency scorecard');
    expect((await t.app.inject({ method: 'GET', url: `/d/${privateSpace.slug}` })).statusCode).toBe(404);
    await call('fac', 'PATCH', `/api/plans/${privatePlanId}`, { public: true });
    expect((await t.app.inject({ method: 'GET', url: `/d/${privateSpace.slug}` })).statusCode).toBe(200);
  });
  it('imports actions from CSV all-or-nothing, and only from facilitators', async () => {
    const header = (await call('fac', 'GET', `/api/plans/${planId}/export.csv?sheet=actions`)).body.split('\r\n')[0];
    // Typed the Vietnamese way in Excel: "1.250,5" is one thousand two hundred and fifty and a half.
    const good = 'NV3,MT1,Nhiệm vụ ba,Action three,so-a,so-b; so-c,environment,01/01/2026,31/12/2026,"1.250,5",,Ngân sách,,';
    const csv = [header, good, 'NV4,MT9,Nhiệm vụ bốn,,so-a,,,01/01/2026,31/12/2026,,,,,', 'NV5,MT1,Nhiệm vụ năm,,so-z,,xyz,31/02/2026,01/01/2026,-5,,,,', ''].join('\r\n');
    const send = (who: string, body: string) =>
      t.app.inject({ method: 'POST', url: `/api/plans/${planId}/import?format=csv&sheet=actions&name=nv.csv`, headers: { ...s[who].headers, 'content-type': 'text/csv' }, payload: body });
    const bad = await send('fac', csv);
    expect(bad.statusCode).toBe(400);
    const problems = bad.json().error.problems as { row: number; column: string }[];
    expect(problems.map((p) => `${p.row}${p.column}`)).toEqual(['3B', '4E', '4G', '4H', '4J']);
    const codes = async () => (await call('fac', 'GET', `/api/plans/${planId}`)).json().objectives.flatMap((o: { actions: { code: string }[] }) => o.actions.map((a) => a.code));
    expect(await codes()).toEqual(['NV1', 'NV2']);
    const byOfficial = await send('lead', [header, good, ''].join('\r\n'));
    expect(byOfficial.json().error.problems[0].en).toContain('only facilitators');
    const ok = await send('fac', [header, good, ''].join('\r\n'));
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().actions).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect(await codes()).toEqual(['NV1', 'NV2', 'NV3']);
    const actions = (await call('fac', 'GET', `/api/plans/${planId}`)).json().objectives.flatMap((o: { actions: { code: string; budgetPlanned: number }[] }) => o.actions);
    expect(actions.find((a: { code: string }) => a.code === 'NV3').budgetPlanned).toBe(1250.5);
  });
});
