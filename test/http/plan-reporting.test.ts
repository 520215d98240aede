// Who may report progress follows the caller's current role in the action's space, not their
// organisation alone (issue 11, finding 8): on both storage kinds, the two cases from the issue — a
// member removed from the space, and a facilitator of another space whose department leads the
// action — plus what stays allowed. The plan page's `reportOn` must say the same as the report route.
import { beforeAll, expect, it } from 'vitest';
import type { Actor } from '../../src/http/actor';
import { createOrganisation, createUser, grantRole } from '../../src/modules/accounts/account.service';
import type { Role } from '../../src/modules/accounts/account.table';
import { PASSWORD, adminHeaders, signIn, spaceBody, type Session } from '../helpers/app';
import { describeApp } from '../helpers/http';

const setup: Actor = { userId: null, label: 'test setup', platformRole: 'administrator', spaceRoles: new Map(), via: 'admin-token' };
// 10:00 in Vietnam on 22/11/2026.
const NOW = new Date('2026-11-22T03:00:00Z');

describeApp('reporting rights', { clock: NOW }, (t) => {
  const s: Record<string, Session> = {};
  const ids: Record<string, string> = {};
  const space: Record<'home' | 'other', string> = { home: '', other: '' };
  const action: Record<'home' | 'other', string> = { home: '', other: '' };

  const call = (who: string, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: who === 'admin' ? adminHeaders : s[who].headers, payload });
  const report = (who: string, where: 'home' | 'other', period = '2026-Q3') => call(who, 'POST', `/api/actions/${action[where]}/reports`, { period, percent: 30 });
  const reportOn = async (who: string, where: 'home' | 'other') => (await call(who, 'GET', `/api/plans/${ids[`plan-${where}`]}`)).json().permissions.reportOn as string[];

  beforeAll(async () => {
    const agency = (await createOrganisation(t.database.db, setup, { slug: 'so-xay-dung', name: { vi: 'Sở Xây dựng', en: 'Dept of Construction' }, kind: 'department' }, NOW)).id;
    for (const where of ['home', 'other'] as const) {
      // Public spaces: anyone signed in reads them, which is exactly why reading must not mean reporting.
      space[where] = (await call('admin', 'POST', '/api/spaces', spaceBody(`bao-cao-${where}`, 'public'))).json().id;
      const plan = await call('admin', 'POST', `/api/spaces/${space[where]}/plans`, { title: { vi: 'Kế hoạch', en: 'Plan' }, summary: { vi: 'Tóm tắt', en: 'Summary' }, reportingPeriod: 'quarterly' });
      ids[`plan-${where}`] = plan.json().id;
      const objective = (await call('admin', 'POST', `/api/plans/${ids[`plan-${where}`]}/objectives`, { code: 'MT1', title: { vi: 'Hạ tầng', en: 'Infrastructure' } })).json().id;
      const created = await call('admin', 'POST', `/api/plans/${ids[`plan-${where}`]}/actions`, {
        objectiveId: objective, code: 'NV1', title: { vi: 'Làm đường', en: 'Build a road' }, leadAgencyId: agency, coordinatorIds: [], startsOn: '2026-01-01', dueOn: '2026-12-31',
      });
      expect(created.statusCode, created.body).toBe(201);
      action[where] = created.json().id;
    }
    // Everyone below works for the department that leads both actions.
    const people: [string, Record<string, Role>, Role | null][] = [
      ['official', { home: 'official' }, null],
      ['removed', { home: 'official' }, null],
      ['facilitator', { home: 'facilitator' }, 'facilitator'],
      ['delegate', { home: 'delegate' }, null],
    ];
    for (const [name, roles, platform] of people) {
      const user = await createUser(t.database.db, setup, { email: `${name}@bao-cao.test`, displayName: name, password: PASSWORD, organisationId: agency }, NOW);
      ids[name] = user.id;
      if (platform) await grantRole(t.database.db, setup, { userId: user.id, spaceId: null, role: platform }, NOW);
      for (const [where, role] of Object.entries(roles)) await grantRole(t.database.db, setup, { userId: user.id, spaceId: space[where as 'home'], role }, NOW);
      s[name] = await signIn(t.app, `${name}@bao-cao.test`);
    }
  });

  it('lets an official of the space report for their agency, and nobody else from that agency', async () => {
    expect((await report('official', 'home')).statusCode).toBe(201);
    expect(await reportOn('official', 'home')).toEqual([action.home]);
    // Same department, no role in the other space: the department alone gives no right there.
    expect((await report('official', 'other')).statusCode).toBe(403);
    expect(await reportOn('official', 'other')).toEqual([]);
    // Delegates take part in forums; they do not report for their unit.
    expect((await report('delegate', 'home')).statusCode).toBe(403);
    expect(await reportOn('delegate', 'home')).toEqual([]);
  });

  it('takes the right away the moment a member is removed from the space', async () => {
    const first = await report('removed', 'home', '2026-Q2');
    expect(first.statusCode, first.body).toBe(201);
    const reportId = first.json().id;
    expect((await call('admin', 'DELETE', `/api/spaces/${space.home}/members/${ids.removed}`)).statusCode).toBe(204);
    expect((await report('removed', 'home', '2026-Q2')).statusCode).toBe(403);
    expect(await reportOn('removed', 'home')).toEqual([]);
    const evidence = await t.app.inject({
      method: 'POST', url: `/api/reports/${reportId}/evidence?name=bien-ban.pdf`, headers: { ...s.removed.headers, 'content-type': 'application/octet-stream' }, payload: Buffer.from('%PDF-1.4\n'),
    });
    expect(evidence.statusCode).toBe(403);
    const csv = 'Mã nhiệm vụ (code),Kỳ báo cáo (period),Tiến độ % (progress)\r\nNV1,2026-Q3,90\r\n';
    const imported = await t.app.inject({ method: 'POST', url: `/api/plans/${ids['plan-home']}/import?format=csv&sheet=progress`, headers: { ...s.removed.headers, 'content-type': 'text/csv' }, payload: csv });
    expect(imported.statusCode).toBe(403);
  });

  it('lets a facilitator report in their own space only, however their department is involved elsewhere', async () => {
    expect((await report('facilitator', 'home', '2026-Q1')).statusCode).toBe(201);
    expect(await reportOn('facilitator', 'home')).toEqual([action.home]);
    const elsewhere = await report('facilitator', 'other');
    expect(elsewhere.statusCode).toBe(403);
    expect(elsewhere.json().error.code).toBe('auth.forbidden');
    expect(await reportOn('facilitator', 'other')).toEqual([]);
  });

  it('keeps administrators reporting everywhere', async () => {
    expect((await report('admin', 'other', '2026-Q1')).statusCode).toBe(201);
  });
});
