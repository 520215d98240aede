// Who is a participant, on both storage kinds: opening a conversation's page stores nobody (20 visits
// without a cookie: 20 different tokens, no row, the first statement of the voting order worked by hand);
// a first accepted vote or statement stores the participant with it, in its transaction; a refused first
// vote or statement — unknown or pending statement, bad value, too long, duplicate, over the limit, closed —
// stores nothing and takes no pid (rows of participants, votes and statements and the pid counter compared
// before and after); an unknown cookie is a newcomer, one of the wrong shape is replaced; a token never
// claims another conversation's participant; 50 first votes at once through the group-commit writer make
// 50 participants with distinct pids. Throughout, the per-day count of new participants agrees with the rows.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { castVote, hashToken, newToken, participantOf, participation, submitStatement } from '../../src/modules/opinion';
import { rowsOf } from '../helpers/forums';
import { parsePage } from '../helpers/html';
import { describeApp } from '../helpers/http';
import { appDb, join, makeConversation, makeOpinionWorld, refusedCall, vote, type OpinionWorld } from '../helpers/opinion';

type Res = { statusCode: number; body: string; headers: Record<string, unknown>; cookies: { name: string; value: string }[] };
type Stored = { participants: number; votes: number; statements: number; nextPid: number };

describeApp('who is a participant', { clock: new Date('2026-12-05T02:00:00Z') }, (t) => {
  let w: OpinionWorld;
  const get = (url: string, token?: string) => t.app.inject({ method: 'GET', url, cookies: token ? { dt_opinion: token } : {} }) as Promise<Res>;
  const post = (url: string, form: Record<string, string>, token: string) =>
    t.app.inject({ method: 'POST', url, payload: new URLSearchParams(form).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' }, cookies: { dt_opinion: token } }) as Promise<Res>;
  const cookieOf = (res: Res) => res.cookies.find((c) => c.name === 'dt_opinion')?.value;
  const shown = (res: Res) => Number(/data-tid="(\d+)"/.exec(res.body)?.[1]);
  /** What is stored for the conversation; the per-day count of new participants always agrees with the rows. */
  const stored = async (id: string): Promise<Stored> => {
    const [{ joined, ...row }] = await rowsOf<Stored & { joined: number }>(
      t,
      sql`select (select count(*)::int from opinion_participants where conversation_id = ${id}) as participants,
                 (select count(*)::int from opinion_votes where conversation_id = ${id}) as votes,
                 (select count(*)::int from opinion_statements where conversation_id = ${id}) as statements,
                 (select next_pid from opinion_conversations where id = ${id}) as "nextPid",
                 (select coalesce(sum(participants), 0)::int from opinion_participation_days where conversation_id = ${id}) as joined`,
    );
    expect(joined).toBe(row.participants);
    return row;
  };
  /** The page again with `status`, and nothing stored in this conversation. */
  const refusedPost = async (id: string, run: () => Promise<Res>, status: number) => {
    const before = await stored(id);
    const res = await run();
    expect(res.statusCode, res.body).toBe(status);
    expect(await stored(id)).toEqual(before);
    return res;
  };

  beforeAll(async () => {
    w = await makeOpinionWorld(t, 'visit');
  });

  it('20 visits without a cookie: 20 different unguessable tokens, nobody stored, the first statement of the voting order', async () => {
    const id = await makeConversation(t, w, 'tham-1', ['Một', 'Hai', 'Ba']);
    // someone already voted: tid 0 disagree, tid 1 agree. By hand, priority = [(1−p)·a·(1+8·2^(−S/5))]² (no map: E = 0):
    // tid 1 (A 1, S 1): p = 1/3, a = 2/3 → (2/3 · 2/3 · 7,964)² ≈ 12,53; tid 2 (S 0): (1/2 · 1/2 · 9)² = 5,06;
    // tid 0 (D 1, S 1): p = 1/3, a = 1/3 → (2/3 · 1/3 · 7,964)² ≈ 3,13 — a newcomer is shown tid 1
    const [other] = await join(t, id, 1);
    await vote(t, id, [[other, 0, -1], [other, 1, 1]]);
    const before = await stored(id);
    expect(before).toEqual({ participants: 1, votes: 2, statements: 3, nextPid: 1 });
    const tokens = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const res = await get(`/o/${id}`);
      expect(res.statusCode).toBe(200);
      expect(shown(res)).toBe(1);
      expect(parsePage(res.body).text).toContain('Đã trả lời 0 / 3');
      const token = cookieOf(res)!;
      expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
      tokens.add(token);
    }
    expect(tokens.size).toBe(20);
    expect(await stored(id)).toEqual(before);
  });

  it('a first vote through the page stores exactly one participant and one vote, with the next pid', async () => {
    const id = await makeConversation(t, w, 'tham-2', ['Một', 'Hai']);
    await join(t, id, 2);
    const me = cookieOf(await get(`/o/${id}`))!;
    expect(await stored(id)).toEqual({ participants: 2, votes: 0, statements: 2, nextPid: 2 });
    const res = await post(`/o/${id}/vote`, { tid: '0', value: '1' }, me);
    expect(res.statusCode, res.body).toBe(303);
    expect(res.cookies).toEqual([]);
    expect(await stored(id)).toEqual({ participants: 3, votes: 1, statements: 2, nextPid: 3 });
    const rows = await rowsOf<{ pid: number; token_hash: string }>(t, sql`select pid, token_hash from opinion_participants where conversation_id = ${id} and pid = 2`);
    expect(rows).toEqual([{ pid: 2, token_hash: hashToken(me) }]);
    expect(await rowsOf(t, sql`select pid, tid, value from opinion_votes where conversation_id = ${id}`)).toEqual([{ pid: 2, tid: 0, value: 1 }]);
    // the same cookie is the same participant from then on
    expect((await post(`/o/${id}/vote`, { tid: '1', value: '0' }, me)).statusCode).toBe(303);
    expect(await stored(id)).toEqual({ participants: 3, votes: 2, statements: 2, nextPid: 3 });
    expect(parsePage((await get(`/o/${id}`, me)).body).text).toContain('Cảm ơn bạn!');
  });

  it('a refused first vote stores nothing and takes no pid: unknown, pending statement, bad value — by a new cookie or an unknown one', async () => {
    const id = await makeConversation(t, w, 'tham-3', ['Một']);
    const [author] = await join(t, id, 1);
    await submitStatement(appDb(t), id, author, 'Ý kiến còn chờ duyệt');
    const fresh = cookieOf(await get(`/o/${id}`))!;
    const unknown = newToken(); // a cookie of the right shape this conversation never gave
    for (const me of [fresh, unknown]) {
      await refusedPost(id, () => post(`/o/${id}/vote`, { tid: '7', value: '1' }, me), 404);
      await refusedPost(id, () => post(`/o/${id}/vote`, { tid: '1', value: '1' }, me), 409);
      await refusedPost(id, () => post(`/o/${id}/vote`, { tid: '0', value: '2' }, me), 400);
      await refusedPost(id, () => post(`/o/${id}/vote`, { tid: 'x', value: '1' }, me), 404);
    }
    expect(await stored(id)).toEqual({ participants: 1, votes: 0, statements: 2, nextPid: 1 });
    // and the page after a refusal still shows a newcomer the statement to vote on
    const again = await refusedPost(id, () => post(`/o/${id}/vote`, { tid: '0', value: '' }, unknown), 400);
    expect(shown(again)).toBe(0);
  });

  it('a refused first statement stores nothing and takes no pid: empty, too long, duplicate, over the limit', async () => {
    const id = await makeConversation(t, w, 'tham-4', ['Chính quyền số'], { statementMaxLength: 20 });
    const me = cookieOf(await get(`/o/${id}`))!;
    const before = await stored(id);
    await refusedPost(id, () => post(`/o/${id}/statements`, { text: ' … ' }, me), 400);
    await refusedPost(id, () => post(`/o/${id}/statements`, { text: 'Đường làng cần đèn chiếu sáng' }, me), 400);
    await refusedPost(id, () => post(`/o/${id}/statements`, { text: 'chinh quyen so!' }, me), 409);
    const none = await makeConversation(t, w, 'tham-4b', ['Một'], { statementsPerParticipant: 0 });
    const newcomer = cookieOf(await get(`/o/${none}`))!;
    await refusedPost(none, () => post(`/o/${none}/statements`, { text: 'Một ý kiến' }, newcomer), 409);
    expect(await stored(none)).toEqual({ participants: 0, votes: 0, statements: 1, nextPid: 0 });
    // an accepted first statement stores its author with it
    expect((await post(`/o/${id}/statements`, { text: 'Wifi ở chợ' }, me)).statusCode).toBe(303);
    expect(await stored(id)).toEqual({ ...before, participants: before.participants + 1, statements: before.statements + 1, nextPid: before.nextPid + 1 });
    expect(await rowsOf(t, sql`select s.author_pid, p.token_hash from opinion_statements s join opinion_participants p on p.conversation_id = s.conversation_id and p.pid = s.author_pid where s.conversation_id = ${id}`)).toEqual([
      { author_pid: 0, token_hash: hashToken(me) },
    ]);
  });

  it('a closed conversation refuses a first vote or statement, from a new or an unknown cookie, storing nothing', async () => {
    const id = await makeConversation(t, w, 'tham-5', ['Một']);
    const me = cookieOf(await get(`/o/${id}`))!;
    expect((await t.app.inject({ method: 'POST', url: `/api/conversations/${id}/close`, headers: w.s.fac.headers })).statusCode).toBe(200);
    for (const token of [me, newToken()]) {
      await refusedPost(id, () => post(`/o/${id}/vote`, { tid: '0', value: '1' }, token), 409);
      await refusedPost(id, () => post(`/o/${id}/statements`, { text: 'Muộn rồi' }, token), 409);
    }
    // the services refuse it too, when called without the page's own check
    await refusedCall(t, () => castVote(appDb(t), id, { tokenHash: hashToken(newToken()) }, 0, 1), 409, 'opinion.closed');
    await refusedCall(t, () => submitStatement(appDb(t), id, { tokenHash: hashToken(newToken()) }, 'Muộn rồi'), 409, 'opinion.closed');
    expect(await stored(id)).toEqual({ participants: 0, votes: 0, statements: 1, nextPid: 0 });
  });

  it('the services refuse a newcomer’s bad first vote or statement with nothing stored in any opinion table', async () => {
    const id = await makeConversation(t, w, 'tham-6', ['Một'], { statementMaxLength: 20 });
    const by = { tokenHash: hashToken(newToken()) };
    await refusedCall(t, () => castVote(appDb(t), id, by, 3, 1), 404, 'opinion.unknown_statement');
    await refusedCall(t, () => castVote(appDb(t), id, by, 0, 5), 400, 'opinion.bad_vote');
    await refusedCall(t, () => submitStatement(appDb(t), id, by, 'Một ý kiến dài hơn hai mươi ký tự'), 400, 'opinion.statement_too_long');
    await refusedCall(t, () => submitStatement(appDb(t), id, by, 'MỘT'), 409, 'opinion.statement_duplicate');
  });

  it('a cookie of the wrong shape is replaced by a fresh token, and the fresh token’s hash is what a first vote stores', async () => {
    const id = await makeConversation(t, w, 'tham-7', ['Một']);
    const visit = await get(`/o/${id}`, 'abc');
    const given = cookieOf(visit)!;
    expect(given).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const res = await post(`/o/${id}/vote`, { tid: '0', value: '1' }, 'abc');
    expect(res.statusCode).toBe(303);
    const replaced = cookieOf(res)!;
    expect(replaced).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const hashes = (await rowsOf<{ token_hash: string }>(t, sql`select token_hash from opinion_participants where conversation_id = ${id}`)).map((r) => r.token_hash);
    expect(hashes).toEqual([hashToken(replaced)]);
    expect(hashes).not.toContain(hashToken('abc'));
  });

  it('a token never claims another conversation’s participant: the same token is someone new there', async () => {
    const a = await makeConversation(t, w, 'tham-8a', ['Một']);
    const b = await makeConversation(t, w, 'tham-8b', ['Một']);
    await join(t, b, 3);
    const me = cookieOf(await get(`/o/${a}`))!;
    expect((await post(`/o/${a}/vote`, { tid: '0', value: '1' }, me)).statusCode).toBe(303);
    expect(await participantOf(appDb(t), a, me)).toEqual({ token: me, pid: 0, fresh: false });
    expect(await participantOf(appDb(t), b, me)).toEqual({ token: me, pid: null, fresh: false });
    // the other conversation's page shows them as a newcomer, and their vote there makes its own participant
    expect(parsePage((await get(`/o/${b}`, me)).body).text).toContain('Đã trả lời 0 / 1');
    expect((await post(`/o/${b}/vote`, { tid: '0', value: '-1' }, me)).statusCode).toBe(303);
    expect(await participantOf(appDb(t), b, me)).toEqual({ token: me, pid: 3, fresh: false });
    expect(await rowsOf(t, sql`select pid, value from opinion_votes where conversation_id = ${a}`)).toEqual([{ pid: 0, value: 1 }]);
    expect(await rowsOf(t, sql`select pid, value from opinion_votes where conversation_id = ${b}`)).toEqual([{ pid: 3, value: -1 }]);
  });

  describe('at once', () => {
    it('50 first votes at once from 50 new tokens: 50 participants with distinct pids, 50 votes; refused ones beside them make nobody', async () => {
      const id = await makeConversation(t, w, 'tham-9', ['Một', 'Hai']);
      const tokens = Array.from({ length: 50 }, () => newToken());
      const refusedTokens = Array.from({ length: 5 }, () => newToken());
      const at = new Date('2026-12-05T02:00:00Z'); // 09:00 on 5 December in Hà Nội
      const outcomes = await Promise.allSettled([
        ...tokens.map((token, i) => castVote(appDb(t), id, { tokenHash: hashToken(token) }, i % 2, 1, at)),
        ...refusedTokens.map((token) => castVote(appDb(t), id, { tokenHash: hashToken(token) }, 9, 1, at)),
      ]);
      expect(outcomes.slice(0, 50).every((o) => o.status === 'fulfilled')).toBe(true);
      expect(outcomes.slice(50).every((o) => o.status === 'rejected')).toBe(true);
      expect(await stored(id)).toEqual({ participants: 50, votes: 50, statements: 2, nextPid: 50 });
      const rows = await rowsOf<{ pid: number; token_hash: string }>(t, sql`select pid, token_hash from opinion_participants where conversation_id = ${id} order by pid`);
      expect(rows.map((r) => r.pid)).toEqual(Array.from({ length: 50 }, (_, i) => i));
      expect(new Set(rows.map((r) => r.token_hash))).toEqual(new Set(tokens.map(hashToken)));
      // each vote belongs to its token's participant: 25 on each statement
      expect(await rowsOf(t, sql`select tid, agree from opinion_statements where conversation_id = ${id} order by tid`)).toEqual([
        { tid: 0, agree: 25 },
        { tid: 1, agree: 25 },
      ]);
      expect(await participation(appDb(t), id)).toEqual([{ day: '2026-12-05', votes: 50, participants: 50 }]);
      const mismatched = await rowsOf(t, sql`select v.pid from opinion_votes v left join opinion_participants p on p.conversation_id = v.conversation_id and p.pid = v.pid where v.conversation_id = ${id} and p.pid is null`);
      expect(mismatched).toEqual([]);
    });

    it('a newcomer’s vote and statement at once, and two votes in one batch, make one participant', async () => {
      const id = await makeConversation(t, w, 'tham-10', ['Một', 'Hai']);
      const by = { tokenHash: hashToken(newToken()) };
      await Promise.all([castVote(appDb(t), id, by, 0, 1), castVote(appDb(t), id, by, 1, -1), submitStatement(appDb(t), id, by, 'Ý kiến của tôi')]);
      expect(await stored(id)).toEqual({ participants: 1, votes: 2, statements: 3, nextPid: 1 });
      expect(await rowsOf(t, sql`select author_pid from opinion_statements where conversation_id = ${id} and tid = 2`)).toEqual([{ author_pid: 0 }]);
    });
  });
});
