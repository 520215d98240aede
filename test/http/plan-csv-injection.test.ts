// Formula injection (issue 11, finding 7): a plan's CSV files carry titles and notes people typed, and
// Excel runs a cell that starts with = + - @ (or a tab or carriage return). Exported, such a cell sits
// behind an apostrophe; imported back, the file changes nothing and every text is exactly as typed.
import { beforeAll, expect, it } from 'vitest';
import type { Actor } from '../../src/http/actor';
import { createOrganisation, createUser, grantRole } from '../../src/modules/accounts/account.service';
import { PASSWORD, adminHeaders, signIn, spaceBody, type Session } from '../helpers/app';
import { describeApp } from '../helpers/http';

const setup: Actor = { userId: null, label: 'test setup', platformRole: 'administrator', spaceRoles: new Map(), via: 'admin-token' };
const NOW = new Date('2026-11-22T03:00:00Z');
const hostile = {
  titleVi: '=HYPERLINK("http://x","y")',
  titleEn: '@SUM(A1)',
  budgetSource: '+1',
  statusNote: '@SUM(A1)',
  narrative: "-2+3+cmd|' /C calc'!A0",
};

describeApp('plan CSV against formula injection', { clock: NOW }, (t) => {
  let fac: Session;
  let lead: Session;
  let planId: string;
  let actionId: string;

  beforeAll(async () => {
    const org = await createOrganisation(t.database.db, setup, { slug: 'so-x', name: { vi: 'Sở X', en: 'Dept X' }, kind: 'department' }, NOW);
    const space = (await t.app.inject({ method: 'POST', url: '/api/spaces', headers: adminHeaders, payload: spaceBody('cong-thuc') })).json();
    for (const [name, role, organisationId] of [['fac', 'facilitator', null], ['lead', 'official', org.id]] as const) {
      const user = await createUser(t.database.db, setup, { email: `${name}@csv.test`, displayName: name, password: PASSWORD, organisationId }, NOW);
      await grantRole(t.database.db, setup, { userId: user.id, spaceId: space.id, role }, NOW);
    }
    fac = await signIn(t.app, 'fac@csv.test');
    lead = await signIn(t.app, 'lead@csv.test');
    const post = (who: Session, url: string, payload: object) => t.app.inject({ method: 'POST', url, headers: who.headers, payload });
    planId = (await post(fac, `/api/spaces/${space.id}/plans`, { title: { vi: 'Kế hoạch', en: 'Plan' }, summary: { vi: 'Tóm tắt', en: 'Summary' }, reportingPeriod: 'quarterly' })).json().id;
    const objectiveId = (await post(fac, `/api/plans/${planId}/objectives`, { code: 'MT1', title: { vi: 'Mục tiêu', en: 'Objective' } })).json().id;
    const action = await post(fac, `/api/plans/${planId}/actions`, {
      objectiveId, code: 'NV1', title: { vi: hostile.titleVi, en: hostile.titleEn }, leadAgencyId: org.id,
      startsOn: '2026-01-01', dueOn: '2026-12-31', budgetPlanned: 1250.5, budgetSource: hostile.budgetSource,
    });
    expect(action.statusCode, action.body).toBe(201);
    actionId = action.json().id;
    const report = await post(lead, `/api/actions/${actionId}/reports`, { period: '2026-Q3', percent: 40, statusNote: hostile.statusNote, narrative: hostile.narrative });
    expect(report.statusCode, report.body).toBe(201);
  });

  const exported = async (sheet: string) => (await t.app.inject({ method: 'GET', url: `/api/plans/${planId}/export.csv?sheet=${sheet}`, headers: fac.headers })).body;
  const imported = (sheet: string, body: string) =>
    t.app.inject({ method: 'POST', url: `/api/plans/${planId}/import?format=csv&sheet=${sheet}&name=${sheet}.csv`, headers: { ...fac.headers, 'content-type': 'text/csv' }, payload: body });

  it('writes every text cell that starts like a formula behind an apostrophe, and numbers as numbers', async () => {
    const actions = await exported('actions');
    expect(actions).toContain(`"'=HYPERLINK(""http://x"",""y"")",'@SUM(A1),`);
    expect(actions).toContain(`,'+1,`);
    expect(actions).toContain(',"1250,5",');
    const progress = await exported('progress');
    expect(progress).toContain(`,'@SUM(A1),'-2+3+cmd|' /C calc'!A0,`);
    expect(progress).toContain(`NV1,"'=HYPERLINK(""http://x"",""y"")",2026-Q3,40,`);
  });

  it('reads its own files back without changing anything, every text exactly as typed', async () => {
    const [actions, progress] = [await exported('actions'), await exported('progress')];
    const back = await imported('actions', actions);
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json().actions).toEqual({ created: 0, updated: 0, unchanged: 1 });
    const reports = await imported('progress', progress);
    expect(reports.statusCode, reports.body).toBe(200);
    expect(reports.json().reports).toEqual({ created: 0, updated: 0, unchanged: 1 });
    const action = (await t.app.inject({ method: 'GET', url: `/api/actions/${actionId}`, headers: fac.headers })).json();
    expect(action.title).toEqual({ vi: hostile.titleVi, en: hostile.titleEn });
    expect(action.budgetSource).toBe(hostile.budgetSource);
    const [report] = (await t.app.inject({ method: 'GET', url: `/api/actions/${actionId}/reports`, headers: fac.headers })).json().reports;
    expect({ statusNote: report.statusNote, narrative: report.narrative }).toEqual({ statusNote: hostile.statusNote, narrative: hostile.narrative });
    expect([await exported('actions'), await exported('progress')]).toEqual([actions, progress]);
  });
});
