// Poll ballots arriving together, on both storage kinds: they go through the poll writer's group commit
// (src/modules/forums/poll.writer.ts), and every ballot acknowledged is stored, a voter's second ballot
// — even in the same batch — is refused alone with nothing stored, and a ballot racing the poll's
// closing is either stored and acknowledged or refused, never acknowledged and lost. Expected counts
// are worked out here from the choices the test hands in.
import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { sha256 } from '../../src/modules/accounts/secrets';
import { describeApp } from '../helpers/http';
import { caller, makeForumWorld, rowsOf, type ForumWorld } from '../helpers/forums';

type Res = { statusCode: number; body: string; json(): any };
type PointView = { pointId: string; withheld: boolean; ballots: number | null; values: Record<string, number> | null };
type Headers = Record<string, string>;

describeApp('forum poll ballots in batches', { clock: new Date('2026-11-30T02:00:00Z') }, (t) => {
  let w: ForumWorld;
  let seq = 1000;
  const call = caller(t, () => w);
  const p = (rest = '') => `/api/forums/${w.forumId}/polls${rest}`;

  /** `n` card holders checked in at a point, written straight into the table (check-in itself is tested elsewhere): their cookies. */
  async function checkedIn(n: number, pointId: string): Promise<Headers[]> {
    const tokens = Array.from({ length: n }, () => randomBytes(24).toString('base64url'));
    for (const token of tokens) {
      seq += 1;
      await t.database.db.execute(sql`
        insert into forum_registrations (id, forum_id, seq, point_id, name, code_hash, status, checked_in_at, checked_in_point_id, participant_token_hash, created_at)
        values (${randomUUID()}, ${w.forumId}, ${seq}, ${pointId}, ${`Đại biểu ${seq}`}, ${sha256(`code ${seq} ${token}`)}, 'registered', ${t.clock.toISOString()}, ${pointId}, ${sha256(token)}, ${t.clock.toISOString()})`);
    }
    return tokens.map((token) => ({ cookie: `dt_participant=${token}` }));
  }

  async function newPoll(): Promise<{ id: string; consultationId: string }> {
    const res = await call('fac', 'POST', p(), {
      itemId: w.itemId,
      title: { vi: 'Ưu tiên đầu tư năm tới', en: 'Investment priorities for next year' },
      options: [{ vi: 'Giao thông nông thôn' }, { vi: 'Trường học' }, { vi: 'Trạm y tế' }],
      method: 'approval',
      max: 2,
    });
    if (res.statusCode !== 201) throw new Error(res.body);
    await call('fac', 'POST', p(`/${res.json().id}/status`), { step: 'open' });
    const [row] = await rowsOf<{ consultation_id: string }>(t, sql`select consultation_id from forum_polls where id = ${res.json().id}`);
    return { id: res.json().id, consultationId: row.consultation_id };
  }

  const vote = (h: Headers, pollId: string, approve: string[]): Promise<Res> => t.app.inject({ method: 'POST', url: p(`/${pollId}/ballots`), headers: h, payload: { approve } });
  const stored = async (pollId: string, consultationId: string) => {
    const [row] = await rowsOf<{ ballots: number; receipts: number; voters: number }>(
      t,
      sql`select (select count(*)::int from ballots where consultation_id = ${consultationId}) ballots, (select count(*)::int from ballot_receipts where consultation_id = ${consultationId}) receipts, (select count(*)::int from forum_poll_voters where poll_id = ${pollId}) voters`,
    );
    return row;
  };
  const codeOf = (res: Res) => res.json().error.code as string;

  beforeAll(async () => {
    w = await makeForumWorld(t, 'phieu-lo');
  });

  it('stores 200 ballots handed in at once by 200 participants, each counted at its check-in point', async () => {
    const poll = await newPoll();
    const points = [
      { id: w.hall, voters: await checkedIn(80, w.hall) },
      { id: w.pointA, voters: await checkedIn(70, w.pointA) },
      { id: w.org, voters: await checkedIn(50, w.org) },
    ];
    const patterns = [['o1'], ['o2'], ['o1', 'o3'], ['o3'], ['o2', 'o3']];
    const sent = points.flatMap((pt) => pt.voters.map((h, i) => ({ point: pt.id, h, approve: patterns[(i * 3 + pt.voters.length) % patterns.length] })));
    expect(sent).toHaveLength(200);
    const answers = await Promise.all(sent.map((s) => vote(s.h, poll.id, s.approve)));
    expect(answers.map((r) => r.statusCode)).toEqual(sent.map(() => 201));
    expect(new Set(answers.map((r) => r.json().receipt)).size).toBe(200);
    expect(await stored(poll.id, poll.consultationId)).toEqual({ ballots: 200, receipts: 200, voters: 200 });

    // The counts worked here from what was sent, per point and overall.
    const count = (which: typeof sent) => {
      const values: Record<string, number> = { o1: 0, o2: 0, o3: 0 };
      for (const s of which) for (const o of s.approve) values[o] += 1;
      return values;
    };
    const view = (await call('obs', 'GET', p())).json().polls.find((x: { id: string }) => x.id === poll.id);
    expect(view.overall).toEqual({ ballots: 200, values: count(sent) });
    for (const pt of points) {
      const at = view.points.find((x: PointView) => x.pointId === pt.id) as PointView;
      expect(at).toMatchObject({ withheld: false, ballots: pt.voters.length, values: count(sent.filter((s) => s.point === pt.id)) });
    }
  });

  it('stores exactly one of five ballots a participant sends at once, refusing four, without failing the others of the batch', async () => {
    const poll = await newPoll();
    const [twice] = await checkedIn(1, w.pointA);
    const others = await checkedIn(10, w.hall);
    const answers = await Promise.all([...Array.from({ length: 5 }, () => vote(twice, poll.id, ['o2'])), ...others.map((h) => vote(h, poll.id, ['o1']))]);
    const mine = answers.slice(0, 5);
    expect(mine.filter((r) => r.statusCode === 201)).toHaveLength(1);
    const refused = mine.filter((r) => r.statusCode !== 201);
    expect(refused.map((r) => [r.statusCode, codeOf(r)])).toEqual(Array.from({ length: 4 }, () => [409, 'forum.poll_already_voted']));
    expect(refused[0].json().error.vi).toContain('mỗi người chỉ bỏ một phiếu');
    expect(answers.slice(5).map((r) => r.statusCode)).toEqual(others.map(() => 201));
    expect(await stored(poll.id, poll.consultationId)).toEqual({ ballots: 11, receipts: 11, voters: 11 });
    const view = (await call('fac', 'GET', p())).json().polls.find((x: { id: string }) => x.id === poll.id);
    expect(view.overall).toEqual({ ballots: 11, values: { o1: 10, o2: 1, o3: 0 } });
    // A sixth, later and alone, is refused too.
    expect(codeOf(await vote(twice, poll.id, ['o1']))).toBe('forum.poll_already_voted');
    expect(await stored(poll.id, poll.consultationId)).toEqual({ ballots: 11, receipts: 11, voters: 11 });
  });

  it('either stores and acknowledges a ballot racing the poll closing, or refuses it: never acknowledged and lost', async () => {
    const poll = await newPoll();
    const voters = await checkedIn(40, w.hall);
    const late = await checkedIn(40, w.pointA);
    const ballots = voters.map((h, i) => vote(h, poll.id, [`o${(i % 3) + 1}`]));
    // The close is sent once a first ballot is answered, while the rest of the first forty and forty more are under way.
    await Promise.race(ballots);
    const closing = call('fac', 'POST', p(`/${poll.id}/status`), { step: 'close' });
    const more = late.map((h) => vote(h, poll.id, ['o1']));
    const answers = await Promise.all([...ballots, ...more]);
    expect((await closing).statusCode).toBe(200);
    const acknowledged = answers.filter((r) => r.statusCode === 201);
    const refused = answers.filter((r) => r.statusCode !== 201);
    expect(refused.map((r) => [r.statusCode, codeOf(r)])).toEqual(refused.map(() => [409, 'forum.poll_not_open']));
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(acknowledged.length + refused.length).toBe(80);
    expect(await stored(poll.id, poll.consultationId)).toEqual({ ballots: acknowledged.length, receipts: acknowledged.length, voters: acknowledged.length });
    const [receipts] = await rowsOf<{ n: number }>(t, sql`select count(*)::int n from ballot_receipts where consultation_id = ${poll.consultationId} and receipt = any(${sql.param(acknowledged.map((r) => r.json().receipt))}::text[])`);
    expect(receipts.n).toBe(acknowledged.length);
  });
});
