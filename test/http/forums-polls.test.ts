// Live polls at a forum over HTTP, on both storage kinds: every poll route for each role, one ballot
// per checked-in participant (signed in or by the participant cookie) counted at their check-in point,
// results per point and overall with small points withheld, the ballot kept apart from the voter, bad
// input refused in vi/en with nothing stored, the hall screen's live stream and the minutes' shape.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeApp } from '../helpers/http';
import { caller, forumBody, forumRoles, forumTables, makeForumWorld, refusals, rowsOf, type ForumRole, type ForumWorld } from '../helpers/forums';
import { openStream } from '../helpers/streams';

type Res = { statusCode: number; body: string; json(): any };
type PointView = { pointId: string; withheld: boolean; ballots: number | null; values: Record<string, number> | null };
type Headers = Record<string, string>;

const pollBody = (itemId: string, extra: object = {}) => ({
  itemId,
  title: { vi: 'Ưu tiên đầu tư năm tới', en: 'Investment priorities for next year' },
  options: [{ vi: 'Giao thông nông thôn' }, { vi: 'Trường học', en: 'Schools' }, { vi: 'Trạm y tế', en: 'Health stations' }],
  method: 'approval',
  max: 2,
  ...extra,
});

describeApp('forum polls', { clock: new Date('2026-11-30T02:00:00Z') }, (t) => {
  let w: ForumWorld;
  const call = caller(t, () => w);
  const p = (rest = '') => `/api/forums/${w.forumId}/polls${rest}`;
  const as = (headers: Headers, method: 'GET' | 'POST', url: string, payload?: object) => t.app.inject({ method, url, headers, payload });

  async function card(name: string, pointId: string): Promise<Headers> {
    const { code } = (await call('fac', 'POST', `/api/forums/${w.forumId}/registrations`, { name, pointId })).json();
    const res = await t.app.inject({ method: 'POST', url: `/api/forums/${w.forumId}/points/${pointId}/check-ins`, payload: { code } });
    if (res.statusCode !== 201) throw new Error(res.body);
    return { cookie: `dt_participant=${res.cookies.find((c) => c.name === 'dt_participant')!.value}` };
  }
  const cards = async (n: number, pointId: string, tag: string) => Promise.all(Array.from({ length: n }, (_, i) => card(`${tag} ${i + 1}`, pointId)));

  async function newPoll(extra: object = {}, open = true): Promise<string> {
    const res = await call('fac', 'POST', p(), pollBody(w.itemId, extra));
    if (res.statusCode !== 201) throw new Error(res.body);
    if (open) await call('fac', 'POST', p(`/${res.json().id}/status`), { step: 'open' });
    return res.json().id;
  }

  /** Every table a poll touches and the audit trail: what "nothing stored" compares. */
  const stored = async () =>
    (await forumTables(t)) +
    JSON.stringify(await rowsOf(t, sql`select (select count(*)::int from forum_polls) polls, (select count(*)::int from forum_poll_voters) voters, (select count(*)::int from consultations) consultations, (select count(*)::int from ballots) ballots, (select coalesce(sum(ballots), 0)::int from ballot_tallies) tallied`));

  /** Refused with a status and a Vietnamese and an English sentence, and nothing stored. */
  const refused = refusals(t, stored);

  beforeAll(async () => {
    w = await makeForumWorld(t, 'phieu');
    const self = await call('part', 'POST', `/api/forums/${w.forumId}/points/${w.pointA}/check-ins`, { code: w.partCode });
    if (self.statusCode !== 201) throw new Error(self.body);
  });

  const routes: { name: string; run: (who: ForumRole) => Promise<Res>; expect: Record<ForumRole, number> }[] = [
    { name: 'list polls', run: (who) => call(who, 'GET', p()), expect: { fac: 200, mod: 200, part: 200, obs: 200, out: 404 } },
    { name: 'create a poll', run: (who) => call(who, 'POST', p(), pollBody(w.itemId)), expect: { fac: 201, mod: 403, part: 403, obs: 403, out: 404 } },
    { name: 'open a poll', run: async (who) => call(who, 'POST', p(`/${await newPoll({}, false)}/status`), { step: 'open' }), expect: { fac: 200, mod: 403, part: 403, obs: 403, out: 404 } },
    { name: 'close a poll', run: async (who) => call(who, 'POST', p(`/${await newPoll()}/status`), { step: 'close' }), expect: { fac: 200, mod: 403, part: 403, obs: 403, out: 404 } },
    { name: 'cast a ballot', run: async (who) => call(who, 'POST', p(`/${await newPoll()}/ballots`), { approve: ['o1'] }), expect: { fac: 403, mod: 403, part: 201, obs: 403, out: 404 } },
  ];

  describe.each(routes)('$name', (route) => {
    it.each(forumRoles)('as %s', async (who) => {
      const res = await route.run(who);
      expect(res.statusCode, res.body).toBe(route.expect[who]);
    });
  });

  it('counts one ballot per participant at their check-in point, per point and overall, withholding small points', async () => {
    const id = await newPoll();
    const atA = [w.s.part.headers, ...(await cards(4, w.pointA, 'Đại biểu Cần Thơ'))];
    const atHall = await cards(5, w.hall, 'Đại biểu Hà Nội');
    const choicesA = [['o1'], ['o1', 'o2'], ['o2'], ['o1'], ['o3']];
    const choicesHall = [['o2'], ['o2'], ['o2'], ['o3', 'o2'], ['o1']];
    for (const [i, h] of atA.entries()) expect((await as(h, 'POST', p(`/${id}/ballots`), { approve: choicesA[i] })).statusCode).toBe(201);
    for (const [i, h] of atHall.entries()) expect((await as(h, 'POST', p(`/${id}/ballots`), { approve: choicesHall[i] })).statusCode).toBe(201);
    const view = (await call('obs', 'GET', p())).json().polls.find((x: { id: string }) => x.id === id);
    expect(view.overall).toEqual({ ballots: 10, values: { o1: 4, o2: 6, o3: 2 } });
    const at = (pointId: string) => view.points.find((x: PointView) => x.pointId === pointId) as PointView;
    expect(at(w.pointA)).toMatchObject({ withheld: false, ballots: 5, values: { o1: 3, o2: 2, o3: 1 } });
    expect(at(w.hall)).toMatchObject({ withheld: false, ballots: 5, values: { o1: 1, o2: 4, o3: 1 } });
    expect(at(w.org)).toMatchObject({ withheld: true, ballots: null, values: null });
    // One ballot at the organisation's point: it stays withheld, and so does one of the two others, or
    // the overall figures minus the shown point would give that one ballot away.
    const [lone] = await cards(1, w.org, 'Khách Indiana');
    expect((await as(lone, 'POST', p(`/${id}/ballots`), { approve: ['o3'] })).statusCode).toBe(201);
    const after = (await call('fac', 'GET', p())).json().polls.find((x: { id: string }) => x.id === id);
    expect(after.overall).toEqual({ ballots: 11, values: { o1: 4, o2: 6, o3: 3 } });
    expect(after.points.filter((x: PointView) => x.withheld).map((x: PointView) => x.pointId)).toContain(w.org);
    expect(after.points.filter((x: PointView) => x.withheld)).toHaveLength(2);
  });

  it('keeps the ballot apart from the voter: the ballot row names no one, the voter row says nothing of the choice', async () => {
    const id = await newPoll();
    const [hoa] = await cards(1, w.org, 'Bà Hoa');
    expect((await as(hoa, 'POST', p(`/${id}/ballots`), { approve: ['o2'] })).statusCode).toBe(201);
    const [poll] = await rowsOf<{ consultation_id: string }>(t, sql`select consultation_id from forum_polls where id = ${id}`);
    const ballots = await rowsOf<Record<string, unknown>>(t, sql`select * from ballots where consultation_id = ${poll.consultation_id}`);
    expect(ballots).toHaveLength(1);
    expect(Object.keys(ballots[0]).sort()).toEqual(['choice', 'cluster', 'consultation_id', 'group', 'id']);
    expect(ballots[0].group).toBe(w.org);
    const voters = await rowsOf<Record<string, unknown>>(t, sql`select * from forum_poll_voters where poll_id = ${id}`);
    expect(Object.keys(voters[0]).sort()).toEqual(['poll_id', 'registration_id']);
    expect(await refusedVote(hoa, id)).toContain('một phiếu');
  });

  const refusedVote = async (h: Headers, id: string) => (await refused(() => as(h, 'POST', p(`/${id}/ballots`), { approve: ['o1'] }), 409, 'forum.poll_already_voted')).vi as string;

  it('counts ranking polls in Borda points and score polls by mean score', async () => {
    const ranked = await newPoll({ method: 'ranking', max: undefined });
    const scored = await newPoll({ method: 'score', max: undefined, scale: 10 });
    const voters = await cards(2, w.hall, 'Người chấm');
    await as(voters[0], 'POST', p(`/${ranked}/ballots`), { ranking: [['o2'], ['o1'], ['o3']] });
    await as(voters[1], 'POST', p(`/${ranked}/ballots`), { ranking: [['o2'], ['o3'], ['o1']] });
    await as(voters[0], 'POST', p(`/${scored}/ballots`), { scores: { o1: 10, o2: 4, o3: 0 } });
    await as(voters[1], 'POST', p(`/${scored}/ballots`), { scores: { o1: 6, o2: 8, o3: 1 } });
    const polls = (await call('fac', 'GET', p())).json().polls as { id: string; overall: { ballots: number; values: Record<string, number> } }[];
    // Borda over three options: 2 points for first, 1 for second, 0 for third.
    expect(polls.find((x) => x.id === ranked)!.overall).toEqual({ ballots: 2, values: { o1: 1, o2: 4, o3: 1 } });
    expect(polls.find((x) => x.id === scored)!.overall).toEqual({ ballots: 2, values: { o1: 8, o2: 6, o3: 0.5 } });
  });

  it('refuses bad input with one vi/en sentence and nothing stored', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    await refused(() => call('fac', 'POST', p(), pollBody(missing)), 400, 'forum.item_not_found');
    const id = await newPoll();
    const [lan] = await cards(1, w.pointA, 'Chị Lan');
    await refused(() => as(lan, 'POST', p(`/${id}/ballots`), { approve: ['o9'] }), 400, 'ballot.unknown_option');
    await refused(() => as(lan, 'POST', p(`/${id}/ballots`), { approve: ['o1', 'o2', 'o3'] }), 400, 'ballot.too_many_choices');
    await refused(() => as(lan, 'POST', p(`/${missing}/ballots`), { approve: ['o1'] }), 404, 'forum.poll_not_found');
    expect((await as(lan, 'POST', p(`/${id}/ballots`), { approve: ['o1'] })).statusCode).toBe(201);
    await refusedVote(lan, id);
    const draft = await newPoll({}, false);
    await refused(() => as(lan, 'POST', p(`/${draft}/ballots`), { approve: ['o1'] }), 409, 'forum.poll_not_open');
    await call('fac', 'POST', p(`/${id}/status`), { step: 'close' });
    const [late] = await cards(1, w.pointA, 'Đến muộn');
    await refused(() => as(late, 'POST', p(`/${id}/ballots`), { approve: ['o1'] }), 409, 'forum.poll_not_open');
    await refused(() => call('fac', 'POST', p(`/${id}/status`), { step: 'close' }), 409, 'consultation.bad_transition');
    const { id: other } = (await call('fac', 'POST', `/api/spaces/${w.spaceId}/forums`, forumBody('dien-dan-khac-phieu'))).json();
    await refused(() => call('fac', 'POST', `/api/forums/${other}/polls/${id}/status`, { step: 'open' }), 404, 'forum.poll_not_found');
    const notIn = await refused(() => call('fac', 'POST', p(`/${id}/ballots`), { approve: ['o1'] }), 403, 'forum.poll_not_checked_in');
    expect(notIn.en).toContain('checked in');
  });

  it('shows drafts to facilitators only, and audits creating, opening and closing', async () => {
    const draft = await newPoll({}, false);
    expect((await call('fac', 'GET', p())).json().polls.map((x: { id: string }) => x.id)).toContain(draft);
    expect((await call('obs', 'GET', p())).json().polls.map((x: { id: string }) => x.id)).not.toContain(draft);
    const actions = (await rowsOf<{ action: string }>(t, sql`select distinct action from audit_log where action like 'forum.poll.%'`)).map((r) => r.action).sort();
    expect(actions).toEqual(['forum.poll.close', 'forum.poll.create', 'forum.poll.open']);
  });

  it('sends the hall screen each ballot and each opening without a reload', async () => {
    const base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const id = await newPoll({}, false);
    const screen = await openStream(`${base}${p('/live')}`, w.s.obs.headers);
    type Board = { polls: { id: string; status: string; ballots: number }[] };
    const until = async (ok: (b: Board) => boolean) => {
      for (;;) {
        const b = (await screen.next()) as unknown as Board;
        if (ok(b)) return b;
      }
    };
    expect((await until(() => true)).polls.map((x) => x.id)).not.toContain(id);
    await call('fac', 'POST', p(`/${id}/status`), { step: 'open' });
    expect((await until((b) => b.polls.some((x) => x.id === id))).polls.find((x) => x.id === id)!.status).toBe('open');
    const [voter] = await cards(1, w.hall, 'Người xem màn hình');
    await as(voter, 'POST', p(`/${id}/ballots`), { approve: ['o2'] });
    expect((await until((b) => b.polls.find((x) => x.id === id)!.ballots === 1)).polls.find((x) => x.id === id)!.ballots).toBe(1);
    screen.close();
    expect((await fetch(`${base}${p('/live')}`, { headers: w.s.out.headers })).status).toBe(404);
  });
});
