// Recommendations of a forum over HTTP, on both storage kinds: every route for each role, capture by a
// point moderator for their own point only, accept/decline audited, an accepted one turned into an action
// of the space's plan in one step, its follow-up read from that action's latest progress report, and bad
// input (unknown point, a source of another forum, another forum's recommendation, a declined one, another space's plan or
// objective) refused in Vietnamese and English with nothing stored in either module.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/http/actor';
import { createOrganisation } from '../../src/modules/accounts/account.service';
import { adminHeaders, spaceBody } from '../helpers/app';
import { describeApp } from '../helpers/http';
import { caller, forumBody, forumRoles, forumTables, makeForumWorld, refusals, rowsOf, type ForumRole, type ForumWorld } from '../helpers/forums';

type Res = { statusCode: number; body: string; json(): any };
const setup: Actor = { userId: null, label: 'test set-up', platformRole: 'administrator', spaceRoles: new Map(), via: 'admin-token' };

describeApp('forum recommendations', { clock: new Date('2026-11-30T02:00:00Z') }, (t) => {
  let w: ForumWorld;
  let agency: string;
  let planId: string;
  let objectiveId: string;
  let otherPlan: { planId: string; objectiveId: string };
  let otherForumRec: string;
  let questionId: string;
  /** A contribution of this forum and one of another forum (stored directly: their routes come with contributions). */
  let contribution: { here: string; elsewhere: string };
  const call = caller(t, () => w);
  const r = (rest = '') => `/api/forums/${w.forumId}/recommendations${rest}`;
  const body = (extra: object = {}) => ({ text: 'Công khai tiến độ giải ngân vốn đầu tư công hằng tháng', pointId: w.pointA, owner: 'Sở Tài chính', ownerOrganisationId: agency, reviewOn: '2027-06-30', ...extra });
  const captured = async (extra: object = {}) => {
    const res = await call('fac', 'POST', r(), body(extra));
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  const accepted = async (extra: object = {}) => {
    const id = await captured(extra);
    expect((await call('fac', 'POST', r(`/${id}/decision`), { decision: 'accepted', note: 'Đưa vào kế hoạch năm 2027' })).statusCode).toBe(200);
    return id;
  };
  let codes = 0;
  const intoPlan = (who: ForumRole, id: string, extra: object = {}) => call(who, 'POST', r(`/${id}/action`), { planId, objectiveId, code: `KN${++codes}`, ...extra });

  async function makePlan(spaceId: string, lead: string) {
    const fac = (method: 'POST', url: string, payload: object) => t.app.inject({ method, url, headers: adminHeaders, payload });
    const plan = (await fac('POST', `/api/spaces/${spaceId}/plans`, { title: { vi: 'Kế hoạch 2027', en: 'Plan 2027' }, summary: { vi: 'Tóm tắt', en: 'Summary' }, reportingPeriod: 'quarterly', public: true })).json();
    const objective = (await fac('POST', `/api/plans/${plan.id}/objectives`, { code: 'MT1', title: { vi: 'Minh bạch ngân sách', en: 'Budget transparency' } })).json();
    const action = await fac('POST', `/api/plans/${plan.id}/actions`, { objectiveId: objective.id, code: 'NV1', title: { vi: 'Nhiệm vụ có sẵn', en: 'Existing action' }, leadAgencyId: lead, startsOn: '2026-01-01', dueOn: '2026-12-31' });
    expect(action.statusCode, action.body).toBe(201);
    return { planId: plan.id as string, objectiveId: objective.id as string };
  }

  beforeAll(async () => {
    w = await makeForumWorld(t, 'kn');
    agency = (await createOrganisation(t.database.db, setup, { slug: 'so-tai-chinh-kn', name: { vi: 'Sở Tài chính', en: 'Department of Finance' }, kind: 'department' }, t.clock)).id;
    ({ planId, objectiveId } = await makePlan(w.spaceId, agency));
    const space = (await t.app.inject({ method: 'POST', url: '/api/spaces', headers: adminHeaders, payload: spaceBody('khong-gian-khac-kn') })).json();
    otherPlan = await makePlan(space.id, agency);
    const other = (await call('fac', 'POST', `/api/spaces/${w.spaceId}/forums`, forumBody('dd-kn-khac'))).json();
    const paper = async (forumId: string) =>
      (await rowsOf<{ id: string }>(t, sql`insert into forum_contributions (forum_id, speaker, title, created_at, updated_at) values (${forumId}, 'Lê Minh Đức', 'Giải ngân minh bạch', now(), now()) returning id`))[0].id;
    contribution = { here: await paper(w.forumId), elsewhere: await paper(other.id) };
    otherForumRec = (await call('fac', 'POST', `/api/forums/${other.id}/recommendations`, { text: 'Khuyến nghị của diễn đàn khác', owner: 'UBND' })).json().id;
    expect((await call('part', 'POST', `/api/forums/${w.forumId}/points/${w.pointA}/check-ins`, { code: w.partCode })).statusCode).toBe(201);
    questionId = (await call('part', 'POST', `/api/forums/${w.forumId}/questions`, { itemId: w.itemId, text: 'Bao giờ công khai giải ngân?' })).json().id;
  });

  const routes: { name: string; run: (who: ForumRole) => Promise<Res>; expect: Record<ForumRole, number> }[] = [
    { name: 'list recommendations', run: (who) => call(who, 'GET', r()), expect: { fac: 200, mod: 200, part: 200, obs: 200, out: 404 } },
    { name: 'capture one for point A', run: (who) => call(who, 'POST', r(), body()), expect: { fac: 201, mod: 201, part: 403, obs: 403, out: 404 } },
    { name: 'capture one for another point', run: (who) => call(who, 'POST', r(), body({ pointId: w.org })), expect: { fac: 201, mod: 403, part: 403, obs: 403, out: 404 } },
    // A proposed one: only facilitators and point moderators see it, so for others it does not exist.
    { name: 'accept a proposed one', run: async (who) => call(who, 'POST', r(`/${await captured()}/decision`), { decision: 'accepted' }), expect: { fac: 200, mod: 403, part: 404, obs: 404, out: 404 } },
    { name: 'decline a proposed one', run: async (who) => call(who, 'POST', r(`/${await captured()}/decision`), { decision: 'declined', note: 'Trùng khuyến nghị số 1' }), expect: { fac: 200, mod: 403, part: 404, obs: 404, out: 404 } },
    { name: 'turn an accepted one into a plan action', run: async (who) => intoPlan(who, await accepted()), expect: { fac: 201, mod: 403, part: 403, obs: 403, out: 404 } },
    // The minutes are the organisers' record of the whole forum: a point moderator does not issue them.
    { name: 'download the minutes (Word)', run: (who) => call(who, 'GET', `/api/forums/${w.forumId}/minutes.docx`), expect: { fac: 200, mod: 403, part: 403, obs: 403, out: 404 } },
    { name: 'download the minutes (PDF)', run: (who) => call(who, 'GET', `/api/forums/${w.forumId}/minutes.pdf`), expect: { fac: 200, mod: 403, part: 403, obs: 403, out: 404 } },
  ];

  describe.each(routes)('$name', (route) => {
    it.each(forumRoles)('as %s', async (who) => {
      const res = await route.run(who);
      expect(res.statusCode, res.body).toBe(route.expect[who]);
    });
  });

  /** Forum and plan tables and the audit trail: what "nothing stored" compares. */
  const stored = async () => (await forumTables(t)) + JSON.stringify(await rowsOf(t, sql`select * from plan_actions order by id`));

  /** Refused with a status and a Vietnamese and an English sentence, and nothing stored. */
  const refused = refusals(t, stored);

  it('shows proposed and declined ones to facilitators and point moderators, and only accepted ones to others', async () => {
    const proposed = await captured({ text: 'Khuyến nghị đang chờ xem xét' });
    const yes = await accepted({ text: 'Khuyến nghị đã chấp nhận' });
    const ids = async (who: ForumRole) => ((await call(who, 'GET', r())).json().recommendations as { id: string }[]).map((x) => x.id);
    for (const who of ['fac', 'mod'] as const) expect(await ids(who)).toEqual(expect.arrayContaining([proposed, yes]));
    for (const who of ['part', 'obs'] as const) {
      expect(await ids(who)).toContain(yes);
      expect(await ids(who)).not.toContain(proposed);
    }
    const listed = (await call('fac', 'GET', r())).json();
    expect(listed.agencies).toEqual([{ id: agency, name: { vi: 'Sở Tài chính', en: 'Department of Finance' } }]);
    expect((await call('mod', 'GET', r())).json().permissions).toEqual({ decide: false, capture: [w.pointA], captureWithoutPoint: false });
  });

  it('keeps the source, point, owner and review date, and audits capture and decision with its note', async () => {
    const res = await call('mod', 'POST', r(), body({ text: 'Mở dữ liệu giải nge\u0301p', source: { kind: 'question', id: questionId } }));
    expect(res.statusCode, res.body).toBe(201);
    const rec = res.json();
    expect(rec).toMatchObject({ text: 'Mở dữ liệu giải ngép', source: { kind: 'question', id: questionId }, pointId: w.pointA, owner: 'Sở Tài chính', reviewOn: '2027-06-30', status: 'proposed', followUp: null });
    const declined = (await call('fac', 'POST', r(`/${rec.id}/decision`), { decision: 'declined', note: 'Đã có trong kế hoạch' })).json();
    expect(declined).toMatchObject({ status: 'declined', decisionNote: 'Đã có trong kế hoạch', decidedAt: '2026-11-30T02:00:00.000Z' });
    const audit = await rowsOf<{ action: string }>(t, sql`select action from audit_log where entity_id = ${rec.id} order by at, action`);
    expect(audit.map((a) => a.action)).toEqual(['forum.recommendation.create', 'forum.recommendation.decline']);
  });

  it('turns an accepted one into an action of the plan in one step, and its follow-up then comes from the action’s latest report', async () => {
    const id = await accepted();
    const res = await intoPlan('fac', id);
    expect(res.statusCode, res.body).toBe(201);
    // the plan is public, so the space's dashboard /d/{slug} shows it
    const { followUp } = res.json();
    expect(followUp).toMatchObject({ planId, code: `KN${codes}`, title: { vi: body().text, en: body().text }, leadAgency: { vi: 'Sở Tài chính' }, dueOn: '2027-06-30', progress: 0, lastReport: null, dashboardSlug: 'dien-dan-kn' });
    const [action] = await rowsOf<{ starts_on: string; lead_organisation_id: string }>(t, sql`select starts_on::text, lead_organisation_id from plan_actions where id = ${followUp.actionId}`);
    expect(action).toEqual({ starts_on: '2026-11-30', lead_organisation_id: agency });
    const report = await t.app.inject({ method: 'POST', url: `/api/actions/${followUp.actionId}/reports`, headers: adminHeaders, payload: { period: '2026-Q4', percent: 40, statusNote: 'Đã công khai 2 kỳ' } });
    expect(report.statusCode, report.body).toBe(201);
    const seen = (await call('obs', 'GET', r())).json().recommendations.find((x: { id: string }) => x.id === id);
    expect(seen.followUp).toMatchObject({ progress: 40, status: 'green', lastReport: { period: '2026-Q4', submittedOn: '2026-11-30', statusNote: 'Đã công khai 2 kỳ' } });
    const page = (await t.app.inject({ method: 'GET', url: `/f/${w.slug}` })).body;
    expect(page).toContain(`Nhiệm vụ KN${codes} — Đúng tiến độ, 40 % (báo cáo kỳ 2026-Q4, 30/11/2026)`);
    expect(page).toContain('Cơ quan chủ trì: Sở Tài chính · Xem xét lại: 30/06/2027');
    expect(page).toContain('href="/d/dien-dan-kn"');
    const audit = await rowsOf<{ action: string }>(t, sql`select action from audit_log where entity_id in (${id}, ${followUp.actionId}) order by action`);
    expect(audit.map((a) => a.action)).toEqual(['forum.recommendation.accept', 'forum.recommendation.create', 'forum.recommendation.into_plan', 'plan.action.create']);
    await refused(() => intoPlan('fac', id), 409, 'forum.recommendation_in_plan');
  });

  it('refuses bad input in Vietnamese and English with nothing stored in the forum or the plan', async () => {
    await refused(() => call('fac', 'POST', r(), body({ pointId: '00000000-0000-4000-8000-000000000000' })), 400, 'forum.point_not_found');
    await refused(() => call('fac', 'POST', r(), body({ source: { kind: 'question', id: '00000000-0000-4000-8000-000000000000' } })), 400, 'forum.recommendation_source_not_found');
    await refused(() => call('fac', 'POST', r(), body({ source: { kind: 'contribution', id: contribution.elsewhere } })), 400, 'forum.recommendation_source_not_found');
    await refused(() => call('fac', 'POST', r(), body({ source: { kind: 'poll', id: questionId } })), 400, 'forum.recommendation_source_not_found');
    expect((await call('fac', 'POST', r(), body({ source: { kind: 'contribution', id: contribution.here } }))).statusCode).toBe(201);
    await refused(() => call('fac', 'POST', r(), body({ ownerOrganisationId: '00000000-0000-4000-8000-000000000000' })), 400, 'forum.recommendation_unknown_agency');
    await refused(() => call('fac', 'POST', r(`/${otherForumRec}/decision`), { decision: 'accepted' }), 404, 'forum.recommendation_not_found');
    const declined = await captured();
    await call('fac', 'POST', r(`/${declined}/decision`), { decision: 'declined' });
    await refused(() => intoPlan('fac', declined), 409, 'forum.recommendation_not_accepted');
    const yes = await accepted({ ownerOrganisationId: null, reviewOn: null });
    await refused(() => intoPlan('fac', yes), 400, 'forum.recommendation_no_lead');
    await refused(() => intoPlan('fac', yes, { leadAgencyId: agency }), 400, 'forum.recommendation_no_due');
    const ok = { leadAgencyId: agency, dueOn: '2027-12-31' };
    await refused(() => intoPlan('fac', yes, { ...ok, planId: otherPlan.planId, objectiveId: otherPlan.objectiveId }), 400, 'plan.not_found');
    await refused(() => intoPlan('fac', yes, { ...ok, objectiveId: otherPlan.objectiveId }), 400, 'plan.objective_not_found');
    await refused(() => intoPlan('fac', yes, { ...ok, code: 'NV1' }), 409, 'plan.code_taken');
    expect((await intoPlan('fac', yes, ok)).statusCode).toBe(201);
  });
});
