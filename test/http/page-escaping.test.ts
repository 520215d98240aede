// Hostile text in every field a user fills that reaches a public page (/vote, /r, /d, /f): the pages
// show it as text, and no script, event handler or javascript: link appears in what a browser parses.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/http/actor';
import { createUser, grantRole } from '../../src/modules/accounts/account.service';
import { opinionMaps } from '../../src/modules/opinion';
import { PASSWORD, adminHeaders, signIn, spaceBody } from '../helpers/app';
import { describeApp } from '../helpers/http';
import { parsePage } from '../helpers/html';

const setup: Actor = { userId: null, label: 'test setup', platformRole: 'administrator', spaceRoles: new Map(), via: 'admin-token' };
const NOW = new Date('2026-11-22T03:00:00Z');
const H = `<script>alert(1)</script>"><img src=x onerror=alert(1)>' onmouseover='x javascript:alert(1)`;
const hostile = (field: string) => `${field} ${H}`;
const both = (field: string) => ({ vi: hostile(`${field}.vi`), en: hostile(`${field}.en`) });
const form = (fields: [string, string][]) => ({ headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams(fields).toString() });

/** The page as a browser builds it: nothing injected, and every hostile text shown as it was typed. */
function expectInert(html: string, shown: string[]) {
  const page = parsePage(html);
  expect(page.elements.filter((e) => ['script', 'img', 'iframe', 'object', 'embed'].includes(e))).toEqual([]);
  expect(page.attributes.filter((a) => /^on/i.test(a.name))).toEqual([]);
  expect(page.attributes.filter((a) => /^\s*javascript:/i.test(a.value))).toEqual([]);
  for (const text of shown) expect(page.text).toContain(text);
}

describe('escaping cannot be bypassed quietly', () => {
  it('finds no dangerouslySetInnerHTML anywhere in the server sources', () => {
    const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f));
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((f) => readFileSync(`src/${f}`, 'utf8').includes('dangerouslySetInnerHTML'))).toEqual([]);
  });
});

describeApp('public pages with hostile text', { clock: NOW }, (t) => {
  const post = (url: string, payload: object, headers: Record<string, string> = adminHeaders) => t.app.inject({ method: 'POST', url, headers, payload });

  it('keeps consultation, option, group, cluster and proposal text as text on /vote and /r', async () => {
    const space = (await post('/api/spaces', { ...spaceBody('tham-van-doc-hai', 'public'), title: both('space'), summary: both('summary'), description: both('description') })).json();
    const spec = {
      spaceId: space.id,
      title: both('consultation'),
      options: ['a', 'b', 'c'].map((key) => ({ key, title: both(`option-${key}`) })),
      ballot: { type: 'approval', min: 1, max: 2 },
      groups: ['g1', 'g2'].map((key) => ({ key, title: both(`group-${key}`) })),
      clusters: ['c1', 'c2'].map((key) => ({ key, title: both(`cluster-${key}`) })),
      minGroupSize: 2,
    };
    const { id } = (await post('/api/consultations', spec)).json();
    const tokens: string[] = [];
    for (const [group, cluster] of [['g1', 'c1'], ['g2', 'c2']]) tokens.push(...(await post(`/api/consultations/${id}/invitations`, { count: 2, group, cluster })).json().tokens);
    await post(`/api/consultations/${id}/open`, {});
    const titles = (lang: 'vi' | 'en') => ['consultation', 'option-a', 'option-b', 'option-c'].map((f) => hostile(`${f}.${lang}`));
    for (const lang of ['vi', 'en'] as const) expectInert((await t.app.inject({ method: 'GET', url: `/vote/${tokens[0]}?lang=${lang}` })).body, titles(lang));
    const refused = await t.app.inject({ method: 'POST', url: `/vote/${tokens[0]}`, ...form([['approve', 'a'], ['approve', 'b'], ['approve', 'c']]) });
    expect(refused.statusCode).toBe(400);
    expectInert(refused.body, titles('vi'));
    for (const [i, token] of tokens.entries()) {
      const receipt = await t.app.inject({ method: 'POST', url: `/vote/${token}?lang=en`, ...form([['approve', ['a', 'b', 'c'][i % 3]]]) });
      expect(receipt.statusCode).toBe(201);
      expectInert(receipt.body, [hostile('consultation.en')]);
    }
    await post(`/api/consultations/${id}/close`, {});
    await post(`/api/consultations/${id}/publish`, {});
    for (const lang of ['vi', 'en'] as const) {
      const results = await t.app.inject({ method: 'GET', url: `/r/${id}?lang=${lang}` });
      expect(results.statusCode).toBe(200);
      expectInert(results.body, [...titles(lang), ...['group-g1', 'group-g2', 'cluster-c1', 'cluster-c2'].map((f) => hostile(`${f}.${lang}`))]);
    }
  });

  it('says "at least 1 option" in English, one option being singular', async () => {
    const { id } = (await post('/api/consultations', { title: both('plural'), options: ['a', 'b'].map((key) => ({ key, title: both(key) })), ballot: { type: 'approval', min: 1 } })).json();
    const { tokens } = (await post(`/api/consultations/${id}/invitations`, { count: 1 })).json();
    await post(`/api/consultations/${id}/open`, {});
    const en = parsePage((await t.app.inject({ method: 'GET', url: `/vote/${tokens[0]}?lang=en` })).body);
    expect(en.text).toContain('Choose at least 1 option.');
    expect(en.text).not.toContain('1 options');
  });

  it('keeps a proposal as text when it is sent, sent back with an error, and served once approved', async () => {
    const spec = { title: both('pairwise'), options: ['a', 'b', 'c'].map((key) => ({ key, title: both(`pair-option-${key}`) })), ballot: { type: 'pairwise' } };
    const { id } = (await post('/api/consultations', spec)).json();
    const { tokens } = (await post(`/api/consultations/${id}/invitations`, { count: 2 })).json();
    await post(`/api/consultations/${id}/open`, {});
    const proposal = hostile('proposal');
    const sent = await t.app.inject({ method: 'POST', url: `/vote/${tokens[0]}/proposals`, ...form([['text', proposal]]) });
    expect(sent.statusCode).toBe(201);
    expectInert(sent.body, [proposal, hostile('pairwise.vi')]);
    const tooLong = `${proposal} ${'x'.repeat(200)}`;
    const back = await t.app.inject({ method: 'POST', url: `/vote/${tokens[0]}/proposals`, ...form([['text', tooLong]]) });
    expect(back.statusCode).toBe(400);
    expectInert(back.body, [tooLong, hostile('pairwise.vi')]);
    const [pending] = (await t.app.inject({ method: 'GET', url: `/api/consultations/${id}/proposals`, headers: adminHeaders })).json().proposals;
    expect((await post(`/api/consultations/${id}/proposals/${pending.id}/approve`, { title: both('approved') })).statusCode).toBe(200);
    // The option compared least is served first, so the approved one is on the next page.
    const page = await t.app.inject({ method: 'GET', url: `/vote/${tokens[1]}` });
    expectInert(page.body, [hostile('approved.vi'), hostile('pairwise.vi')]);
  });
  it('keeps space, plan, objective, action, agency, KPI and report text as text on /d', async () => {
    const space = (await post('/api/spaces', { ...spaceBody('ke-hoach-doc-hai', 'public'), title: both('plan-space') })).json();
    const agency = (await post('/api/organisations', { slug: 'so-doc-hai', name: both('agency'), kind: 'department' })).json();
    const lead = await createUser(t.database.db, setup, { email: 'lead@doc-hai.test', displayName: hostile('lead'), password: PASSWORD, organisationId: agency.id }, NOW);
    await grantRole(t.database.db, setup, { userId: lead.id, spaceId: space.id, role: 'official' }, NOW);
    const plan = (await post(`/api/spaces/${space.id}/plans`, { title: both('plan'), summary: both('plan-summary'), reportingPeriod: 'quarterly', graceDays: 15 })).json();
    const objective = (await post(`/api/plans/${plan.id}/objectives`, { code: 'MT1', title: both('objective'), priorityArea: 'environment' })).json();
    const unit = `"><img src=x onerror=1>`;
    const kpi = { key: 'k1', title: both('kpi'), unit, direction: 'increase', baseline: 10, target: 20 };
    const action = await post(`/api/plans/${plan.id}/actions`, {
      objectiveId: objective.id, code: 'NV1', title: both('action'), leadAgencyId: agency.id, coordinatorIds: [], startsOn: '2026-01-01', dueOn: '2026-12-31', budgetPlanned: 100, kpis: [kpi],
    });
    expect(action.statusCode, action.body).toBe(201);
    const session = await signIn(t.app, 'lead@doc-hai.test');
    const report = await post(`/api/actions/${action.json().id}/reports`, { period: '2026-Q3', percent: 40, statusNote: hostile('note'), narrative: hostile('narrative'), kpiValues: { k1: 15 } }, session.headers);
    expect(report.statusCode, report.body).toBe(201);
    for (const lang of ['vi', 'en'] as const) {
      const dashboard = await t.app.inject({ method: 'GET', url: `/d/ke-hoach-doc-hai?lang=${lang}` });
      expect(dashboard.statusCode).toBe(200);
      expectInert(dashboard.body, [...['plan-space', 'plan', 'plan-summary', 'objective', 'action', 'agency', 'kpi'].map((f) => hostile(`${f}.${lang}`)), unit]);
      // The scorecard of the last quarter names the agency in its table.
      expect(parsePage(dashboard.body).elements).toContain('table');
    }
  });
  it('keeps forum, theme, organiser, agenda, speaker, point and attendee text as text on /f and a point’s page', async () => {
    const space = (await post('/api/spaces', spaceBody('dien-dan-doc-hai', 'public'))).json();
    const forum = (
      await post(`/api/spaces/${space.id}/forums`, {
        slug: 'dien-dan-doc-hai',
        title: both('forum'),
        startsOn: '2026-11-30',
        endsOn: '2026-11-30',
        kind: 'online',
        themes: [{ key: 'chu-de', ...both('theme') }],
        organisers: [hostile('organiser')],
      })
    ).json();
    const session = (await post(`/api/forums/${forum.id}/sessions`, { title: both('session'), startsAt: '2026-11-30T08:00:00+07:00', endsAt: '2026-11-30T09:00:00+07:00' })).json();
    await post(`/api/forums/${forum.id}/sessions/${session.id}/items`, { startsAt: '2026-11-30T08:00:00+07:00', title: both('item'), speakers: [hostile('speaker')], theme: 'chu-de' });
    const point = (await post(`/api/forums/${forum.id}/points`, { kind: 'organisation', organisation: hostile('point'), attendees: [hostile('attendee')] })).json();
    await post(`/api/forums/${forum.id}/publish`, {});
    for (const lang of ['vi', 'en'] as const) {
      const shown = ['forum', 'theme', 'session', 'item'].map((f) => hostile(`${f}.${lang}`));
      const page = await t.app.inject({ method: 'GET', url: `/f/dien-dan-doc-hai?lang=${lang}` });
      expect(page.statusCode).toBe(200);
      expectInert(page.body, [...shown, hostile('organiser'), hostile('speaker'), hostile('point')]);
      expectInert((await t.app.inject({ method: 'GET', url: `/f/dien-dan-doc-hai/p/${point.id}?lang=${lang}` })).body, [hostile(`forum.${lang}`), hostile('attendee'), hostile(`item.${lang}`)]);
    }
  });
  it('keeps conversation, topic and statement text as text on /o, a refused statement and the report', async () => {
    const space = (await post('/api/spaces', spaceBody('hoi-thoai-doc-hai', 'public'))).json();
    const { id } = (await post(`/api/spaces/${space.id}/conversations`, { slug: 'hoi-thoai-doc-hai', title: both('conversation'), topic: both('topic'), statementMaxLength: 400 })).json();
    expect((await post(`/api/conversations/${id}/statements`, { text: hostile('statement') })).statusCode).toBe(201);
    const opened = await t.app.inject({ method: 'GET', url: `/o/${id}` });
    const cookies = { dt_opinion: opened.cookies[0].value };
    expectInert(opened.body, [hostile('conversation.vi'), hostile('topic.vi'), hostile('statement')]);
    const typed = `${hostile('typed')} ${'x'.repeat(400)}`;
    const back = await t.app.inject({ method: 'POST', url: `/o/${id}/statements?lang=en`, cookies, ...form([['text', typed]]) });
    expect(back.statusCode).toBe(400);
    expectInert(back.body, [hostile('conversation.en'), typed]);
    const map = { participants: 10, statements: 1, clustered: 10, points: [], groups: [0, 1].map((g) => ({ id: g, size: 5, members: [], representative: [{ tid: 0, direction: g ? 'disagree' : 'agree', agree: 0.8, disagree: 0.8 }] })), consensus: { agree: [{ tid: 0, direction: 'agree', share: 0.6 }], disagree: [] }, groupInformedConsensus: {}, priorities: {} };
    await t.database.db.insert(opinionMaps).values({ conversationId: id, result: map, state: {}, extremity: {}, votesVersion: 1, computedAt: NOW });
    for (const lang of ['vi', 'en'] as const) expectInert((await t.app.inject({ method: 'GET', url: `/o/${id}/report?lang=${lang}` })).body, [hostile(`conversation.${lang}`), `“${hostile('statement')}”`]);
  });
});
