// The speaking queue of a session over HTTP, on both storage kinds: every queue route for each role,
// order of asking with the times of each step, point moderators queueing only at their points, bad
// input refused in vi/en with nothing stored, the audit trail and the moderators' live stream.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeApp } from '../helpers/http';
import { caller, forumRoles, forumTables, makeForumWorld, refusals, rowsOf, type ForumRole, type ForumWorld } from '../helpers/forums';
import { openStream } from '../helpers/streams';

type Res = { statusCode: number; body: string; json(): any };
type Speaker = { id: string; name: string; status: string; pointId: string | null; requestedAt: string; calledAt: string | null; startedAt: string | null; finishedAt: string | null };

describeApp('forum speaking queue', { clock: new Date('2026-11-30T02:00:00Z') }, (t) => {
  let w: ForumWorld;
  let lan: Record<string, string>;
  const call = caller(t, () => w);
  const qu = (rest = '') => `/api/forums/${w.forumId}/sessions/${w.sessionId}/queue${rest}`;
  const later = (minutes: number) => (t.clock = new Date(Date.parse('2026-11-30T02:00:00Z') + minutes * 60_000));

  beforeAll(async () => {
    w = await makeForumWorld(t, 'phat-bieu');
    await call('part', 'POST', `/api/forums/${w.forumId}/points/${w.pointA}/check-ins`, { code: w.partCode });
    const { code } = (await call('fac', 'POST', `/api/forums/${w.forumId}/registrations`, { name: 'Chị Lan', pointId: w.pointA })).json();
    const res = await t.app.inject({ method: 'POST', url: `/api/forums/${w.forumId}/points/${w.pointA}/check-ins`, payload: { code } });
    lan = { cookie: `dt_participant=${res.cookies.find((c) => c.name === 'dt_participant')!.value}` };
  });

  const stored = async () => (await forumTables(t)) + JSON.stringify(await rowsOf(t, sql`select * from forum_speakers order by id`));
  /** Refused with a status and a Vietnamese and an English sentence, and nothing stored. */
  const refused = refusals(t, stored);
  /** A session of its own, so that its first entry is the one called. */
  const newSession = async () => (await call('fac', 'POST', `/api/forums/${w.forumId}/sessions`, { title: { vi: 'Phiên thảo luận' }, startsAt: '2026-11-30T13:00:00+07:00', endsAt: '2026-11-30T15:00:00+07:00' })).json().id as string;
  const calledIn = async (sessionId: string) => {
    const url = `/api/forums/${w.forumId}/sessions/${sessionId}/queue`;
    await call('fac', 'POST', url, { name: 'Người được gọi', pointId: w.pointA });
    return (await call('fac', 'POST', `${url}/next`)).json().id as string;
  };
  const queued = async (name: string, pointId: string | null = w.pointA) => (await call('fac', 'POST', qu(), { name, pointId })).json() as Speaker;

  const routes: { name: string; run: (who: ForumRole) => Promise<Res>; expect: Record<ForumRole, number> }[] = [
    { name: 'see the queue', run: (who) => call(who, 'GET', qu()), expect: { fac: 200, mod: 200, part: 403, obs: 403, out: 404 } },
    { name: 'ask to speak', run: async (who) => {
      const res = await call(who, 'POST', qu('/me'), {});
      if (res.statusCode === 201) await call('fac', 'POST', qu(`/${res.json().id}/status`), { step: 'remove' });
      return res;
    }, expect: { fac: 403, mod: 403, part: 201, obs: 403, out: 404 } },
    { name: 'queue someone from point A', run: (who) => call(who, 'POST', qu(), { name: `Đại biểu ${who}`, pointId: w.pointA }), expect: { fac: 201, mod: 201, part: 403, obs: 403, out: 404 } },
    { name: 'queue someone from the floor', run: (who) => call(who, 'POST', qu(), { name: `Khách ${who}` }), expect: { fac: 201, mod: 403, part: 403, obs: 403, out: 404 } },
    { name: 'call the next', run: async (who) => (await queued(`Chờ gọi ${who}`), call(who, 'POST', qu('/next'))), expect: { fac: 200, mod: 403, part: 403, obs: 403, out: 404 } },
    { name: 'remove a point A entry', run: async (who) => call(who, 'POST', qu(`/${(await queued(`Bỏ ${who}`)).id}/status`), { step: 'remove' }), expect: { fac: 200, mod: 200, part: 403, obs: 403, out: 404 } },
    { name: 'mark a called speaker done', run: async (who) => {
      const session = await newSession();
      return call(who, 'POST', `/api/forums/${w.forumId}/sessions/${session}/queue/${await calledIn(session)}/status`, { step: 'done' });
    }, expect: { fac: 200, mod: 403, part: 403, obs: 403, out: 404 } },
  ];

  describe.each(routes)('$name', (route) => {
    it.each(forumRoles)('as %s', async (who) => {
      const res = await route.run(who);
      expect(res.statusCode, res.body).toBe(route.expect[who]);
    });
  });

  it('keeps the order of asking and stamps each step: requested, called, started, finished', async () => {
    // Clear what the role tests left waiting.
    for (const s of (await call('fac', 'GET', qu())).json().speakers as Speaker[]) if (s.status === 'waiting' || s.status === 'called') await call('fac', 'POST', qu(`/${s.id}/status`), { step: 'remove' });
    later(10);
    const first = (await t.app.inject({ method: 'POST', url: qu('/me'), headers: lan, payload: {} })).json() as Speaker;
    expect(first).toMatchObject({ name: 'Chị Lan', pointId: w.pointA, status: 'waiting', requestedAt: '2026-11-30T02:10:00.000Z' });
    later(11);
    const second = await queued('Ông Ba từ hội trường', w.hall);
    later(12);
    const called = (await call('fac', 'POST', qu('/next'))).json() as Speaker;
    expect(called).toMatchObject({ id: first.id, status: 'called', calledAt: '2026-11-30T02:12:00.000Z' });
    later(13);
    await call('fac', 'POST', qu(`/${first.id}/status`), { step: 'start' });
    later(16);
    const done = (await call('fac', 'POST', qu(`/${first.id}/status`), { step: 'done' })).json() as Speaker;
    expect(done).toMatchObject({ status: 'done', requestedAt: '2026-11-30T02:10:00.000Z', calledAt: '2026-11-30T02:12:00.000Z', startedAt: '2026-11-30T02:13:00.000Z', finishedAt: '2026-11-30T02:16:00.000Z' });
    expect(((await call('fac', 'POST', qu('/next'))).json() as Speaker).id).toBe(second.id);
    const list = (await call('mod', 'GET', qu())).json().speakers as Speaker[];
    expect(list.slice(-2).map((s) => [s.name, s.status])).toEqual([['Chị Lan', 'done'], ['Ông Ba từ hội trường', 'called']]);
    later(0);
  });

  it('refuses bad input with one vi/en sentence and nothing stored', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    await refused(() => call('fac', 'POST', qu(), { name: 'Ai đó', pointId: missing }), 400, 'forum.point_not_found');
    await refused(() => call('fac', 'POST', `/api/forums/${w.forumId}/sessions/${missing}/queue`, { name: 'Ai đó' }), 404, 'forum.session_not_found');
    await refused(() => call('mod', 'POST', qu(), { name: 'Từ điểm khác', pointId: w.org }), 403, 'auth.forbidden');
    await refused(() => call('fac', 'POST', qu(`/${missing}/status`), { step: 'done' }), 404, 'forum.speaker_not_found');
    const mine = (await t.app.inject({ method: 'POST', url: qu('/me'), headers: lan, payload: {} })).json() as Speaker;
    await refused(() => t.app.inject({ method: 'POST', url: qu('/me'), headers: lan, payload: {} }), 409, 'forum.already_queued');
    await refused(() => call('fac', 'POST', qu(`/${mine.id}/status`), { step: 'start' }), 409, 'forum.speaker_step');
    await call('fac', 'POST', qu(`/${mine.id}/status`), { step: 'remove' });
    for (const s of (await call('fac', 'GET', qu())).json().speakers as Speaker[]) if (s.status === 'waiting') await call('fac', 'POST', qu(`/${s.id}/status`), { step: 'remove' });
    await refused(() => call('fac', 'POST', qu('/next')), 409, 'forum.queue_empty');
    await refused(() => call('fac', 'POST', qu(), { name: '  ' }), 400, 'request.invalid');
  });

  it('audits every step', async () => {
    const actions = (await rowsOf<{ action: string }>(t, sql`select distinct action from audit_log where action like 'forum.queue.%'`)).map((r) => r.action).sort();
    expect(actions).toEqual(['forum.queue.call', 'forum.queue.done', 'forum.queue.remove', 'forum.queue.request', 'forum.queue.start']);
  });

  it('shows the queue live to moderators and to nobody else', async () => {
    const base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const stream = await openStream(`${base}${qu('/live')}`, w.s.mod.headers);
    const first = (await stream.next()) as unknown as { speakers: Speaker[] };
    await queued('Người mới xin phát biểu');
    for (;;) {
      const ev = (await stream.next()) as unknown as { speakers: Speaker[] };
      if (ev.speakers.length > first.speakers.length) {
        expect(ev.speakers.find((x) => x.name === 'Người mới xin phát biểu')).toMatchObject({ status: 'waiting', pointId: w.pointA });
        break;
      }
    }
    stream.close();
    expect((await fetch(`${base}${qu('/live')}`, { headers: w.s.obs.headers })).status).toBe(403);
    expect((await fetch(`${base}${qu('/live')}`, { headers: w.s.out.headers })).status).toBe(404);
  });
});
