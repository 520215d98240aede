// Opinion mapping's conversations on both storage kinds: statements seeded, submitted and moderated
// (audited), votes that replace and running counts that match a hand count, duplicate refusal ignoring
// diacritics, every bad input refused in vi and en with nothing stored, the voting order worked out by hand,
// how many more votes a first map needs, and participation per day.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { castVote, latestMap, moderateStatement, nextStatement, participation, submitStatement } from '../../src/modules/opinion';
import { automationActor } from '../../src/http/actor';
import { rowsOf } from '../helpers/forums';
import { testApp } from '../helpers/app';
import { describeApp } from '../helpers/http';
import { appDb, join, makeConversation, makeOpinionWorld, refusedCall, vote, type OpinionWorld } from '../helpers/opinion';

type Counts = { tid: number; agree: number; disagree: number; pass: number };

describeApp('opinion conversations', { clock: new Date('2026-12-04T03:00:00Z') }, (t) => {
  let w: OpinionWorld;
  const statements = async (id: string): Promise<Counts[]> =>
    rowsOf<Counts>(t, sql`select tid, agree, disagree, pass from opinion_statements where conversation_id = ${id} order by tid`);

  beforeAll(async () => {
    w = await makeOpinionWorld(t, 'op');
  });

  describe('statements', () => {
    it('the facilitator’s seeds are approved, a participant’s wait for moderation; moderation is audited', async () => {
      const id = await makeConversation(t, w, 'so-hoa-1', ['Phường nên số hóa hồ sơ đất đai.']);
      const [pid] = await join(t, id, 1);
      expect(await submitStatement(appDb(t), id, pid, '  Cần  thêm wifi   miễn phí ở nhà văn hóa. ')).toEqual({ tid: 1, status: 'pending' });
      const listed = await t.app.inject({ method: 'GET', url: `/api/conversations/${id}/statements?status=pending`, headers: w.s.obs.headers });
      expect(listed.json().statements.map((s: { tid: number; text: string; seed: boolean }) => [s.tid, s.text, s.seed])).toEqual([[1, 'Cần thêm wifi miễn phí ở nhà văn hóa.', false]]);
      const approved = await t.app.inject({ method: 'POST', url: `/api/conversations/${id}/statements/1/moderation`, headers: w.s.fac.headers, payload: { decision: 'approve' } });
      expect(approved.statusCode, approved.body).toBe(200);
      expect(approved.json()).toMatchObject({ tid: 1, status: 'approved', isMeta: false });
      const meta = await t.app.inject({ method: 'POST', url: `/api/conversations/${id}/statements/0/moderation`, headers: w.s.fac.headers, payload: { decision: 'meta' } });
      expect(meta.json()).toMatchObject({ tid: 0, status: 'approved', isMeta: true });
      const audit = await rowsOf<{ action: string }>(t, sql`select action from audit_log where entity_type = 'opinion_statement' and entity_id like ${`${id}/%`} order by id`);
      expect(audit.map((a) => a.action)).toEqual(['opinion.statement.seeded', 'opinion.statement.approve', 'opinion.statement.meta']);
      const unknown = await t.app.inject({ method: 'POST', url: `/api/conversations/${id}/statements/9/moderation`, headers: w.s.fac.headers, payload: { decision: 'reject' } });
      expect(unknown.statusCode).toBe(404);
    });

    it('a duplicate is refused ignoring case, diacritics and punctuation, naming the statement already there', async () => {
      const id = await makeConversation(t, w, 'so-hoa-2', ['Chính quyền số']);
      const [pid] = await join(t, id, 1);
      const e = await refusedCall(t, () => submitStatement(appDb(t), id, pid, 'chinh quyen so!'), 409, 'opinion.statement_duplicate');
      expect(e.text.vi).toBe('Đã có ý kiến giống vậy (không kể dấu): số 0, "Chính quyền số".');
      const seeded = await t.app.inject({ method: 'POST', url: `/api/conversations/${id}/statements`, headers: w.s.fac.headers, payload: { text: 'CHÍNH QUYỀN   SỐ.' } });
      expect(seeded.statusCode).toBe(409);
      expect(seeded.json().error.code).toBe('opinion.statement_duplicate');
    });

    it('empty, too long (the limit named) and past the per-participant limit are refused, nothing stored', async () => {
      const id = await makeConversation(t, w, 'so-hoa-3', [], { statementMaxLength: 20, statementsPerParticipant: 2 });
      const [pid] = await join(t, id, 1);
      await refusedCall(t, () => submitStatement(appDb(t), id, pid, ' … !! '), 400, 'opinion.statement_empty');
      const long = await refusedCall(t, () => submitStatement(appDb(t), id, pid, 'Đường làng cần đèn chiếu sáng'), 400, 'opinion.statement_too_long');
      expect(long.text.vi).toBe('Ý kiến dài 29 ký tự, vượt giới hạn 20 ký tự của cuộc thảo luận này.');
      // exactly 20 characters (counted as a person counts them: "ườ" are two) is accepted
      await submitStatement(appDb(t), id, pid, 'Đường làng cần đèn !');
      await submitStatement(appDb(t), id, pid, 'Thêm cây xanh');
      const limit = await refusedCall(t, () => submitStatement(appDb(t), id, pid, 'Một ý nữa'), 409, 'opinion.statement_limit');
      expect(limit.text.en).toBe('Each participant may submit at most 2 statements in this conversation, and you have reached it.');
      // another participant still may
      const [other] = await join(t, id, 1);
      expect((await submitStatement(appDb(t), id, other, 'Một ý nữa')).status).toBe('pending');
    });
  });

  describe('votes', () => {
    it('a re-vote replaces the vote; the running counts match a hand count', async () => {
      const id = await makeConversation(t, w, 'phieu-1', ['A', 'B', 'C'].map((x) => `Ý kiến ${x}`));
      const [p0, p1, p2] = await join(t, id, 3);
      await vote(t, id, [
        [p0, 0, 1], [p0, 0, -1], // replaced: p0 disagrees with 0
        [p1, 0, 1], [p2, 0, 0], [p2, 0, 0],
        [p0, 1, 1], [p1, 1, 1], [p2, 1, -1], [p2, 1, 1], // p2 agrees with 1 in the end
        [p0, 2, 0], [p1, 2, -1], [p1, 2, 0], // p1 passes on 2 in the end
      ]);
      // by hand: 0 → agree p1, disagree p0, pass p2; 1 → agree p0 p1 p2; 2 → pass p0 p1
      expect(await statements(id)).toEqual([
        { tid: 0, agree: 1, disagree: 1, pass: 1 },
        { tid: 1, agree: 3, disagree: 0, pass: 0 },
        { tid: 2, agree: 0, disagree: 0, pass: 2 },
      ]);
      const stored = await rowsOf<{ n: number }>(t, sql`select count(*)::int as n from opinion_votes where conversation_id = ${id}`);
      expect(stored[0].n).toBe(8);
    });

    it('refuses a vote on an unknown, pending or rejected statement, a value other than −1/0/1, in a closed conversation — nothing stored', async () => {
      const id = await makeConversation(t, w, 'phieu-2', ['Ý kiến được duyệt', 'Ý kiến sẽ bị loại']);
      const [p0, p1] = await join(t, id, 2);
      await submitStatement(appDb(t), id, p1, 'Ý kiến chờ duyệt');
      await moderateStatement(appDb(t), automationActor, id, 1, 'reject');
      await refusedCall(t, () => castVote(appDb(t), id, p0, 7, 1), 404, 'opinion.unknown_statement');
      await refusedCall(t, () => castVote(appDb(t), id, p0, 2, 1), 409, 'opinion.statement_pending');
      await refusedCall(t, () => castVote(appDb(t), id, p0, 1, 1), 409, 'opinion.statement_rejected');
      const bad = await refusedCall(t, () => castVote(appDb(t), id, p0, 0, 2), 400, 'opinion.bad_vote');
      expect(bad.text.vi).toBe('Phiếu phải là 1 (đồng ý), -1 (không đồng ý) hoặc 0 (bỏ qua), không phải 2.');
      await refusedCall(t, () => castVote(appDb(t), id, p0, 0, 0.5), 400, 'opinion.bad_vote');
      await refusedCall(t, () => castVote(appDb(t), id, 99, 0, 1), 404, 'opinion.unknown_participant');
      const closed = await t.app.inject({ method: 'POST', url: `/api/conversations/${id}/close`, headers: w.s.fac.headers });
      expect(closed.json().status).toBe('closed');
      await refusedCall(t, () => castVote(appDb(t), id, p0, 0, 1), 409, 'opinion.closed');
      await refusedCall(t, () => submitStatement(appDb(t), id, p0, 'Ý kiến mới'), 409, 'opinion.closed');
      await t.app.inject({ method: 'POST', url: `/api/conversations/${id}/open`, headers: w.s.fac.headers });
      await castVote(appDb(t), id, p0, 0, 1);
      expect((await statements(id))[0]).toEqual({ tid: 0, agree: 1, disagree: 0, pass: 0 });
    });

    it('votes cast at once are each counted once: the running counts equal a recount of the stored votes', async () => {
      const id = await makeConversation(t, w, 'phieu-3', ['Một', 'Hai']);
      const pids = await join(t, id, 12);
      const values = [1, -1, 0];
      // every participant votes on both statements, and participant 0 changes their mind five times, all at once
      await Promise.all([
        ...pids.flatMap((pid, k) => [castVote(appDb(t), id, pid, 0, values[k % 3]), castVote(appDb(t), id, pid, 1, values[(k + 1) % 3])]),
        ...[1, -1, 0, 1, -1].map((v) => castVote(appDb(t), id, pids[0], 1, v)),
      ]);
      const recount = await rowsOf<Counts>(t, sql`select tid, count(*) filter (where value = 1)::int as agree, count(*) filter (where value = -1)::int as disagree, count(*) filter (where value = 0)::int as pass from opinion_votes where conversation_id = ${id} group by tid order by tid`);
      expect(await statements(id)).toEqual(recount);
      // statement 0 by hand: 12 participants, k mod 3 = 0, 1, 2 → 4 agree, 4 disagree, 4 pass
      expect(recount[0]).toEqual({ tid: 0, agree: 4, disagree: 4, pass: 4 });
      expect(recount[1].agree + recount[1].disagree + recount[1].pass).toBe(12);
      // of participant 0's votes on statement 1, the last one cast (−1) is the one that counts
      expect(await rowsOf(t, sql`select value from opinion_votes where conversation_id = ${id} and pid = ${pids[0]} and tid = 1`)).toEqual([{ value: -1 }]);
    });
  });

  describe('closing the server', () => {
    it('waits for the votes handed in: every one is stored when close returns', async () => {
      const id = await makeConversation(t, w, 'dong-may', ['Một']);
      const pids = await join(t, id, 10);
      const server = await testApp(t.database);
      const cast = pids.map((pid) => castVote(appDb(t), id, pid, 0, 1));
      await server.close();
      expect(await rowsOf(t, sql`select count(*)::int as n from opinion_votes where conversation_id = ${id}`)).toEqual([{ n: 10 }]);
      expect(await Promise.all(cast)).toHaveLength(10);
    });
  });

  describe('the next statement', () => {
    it('follows the priorities worked out by hand on a tiny conversation (meta first, then by votes seen and agreed)', async () => {
      const id = await makeConversation(t, w, 'thu-tu', ['Không ai bỏ phiếu', 'Mọi người đồng ý', 'Mọi người phản đối', 'Mọi người bỏ qua', 'Ý kiến về cách thảo luận']);
      const [p0, p1, p2] = await join(t, id, 3);
      await moderateStatement(appDb(t), automationActor, id, 4, 'meta');
      await submitStatement(appDb(t), id, p0, 'Chưa duyệt thì không hiện');
      await vote(t, id, [[p0, 1, 1], [p1, 1, 1], [p0, 2, -1], [p1, 2, -1], [p0, 3, 0], [p1, 3, 0]]);
      // priority = [(1 − p)(E + 1)·a·(1 + 8·2^(−S/5))]², E = 0 (no map yet), p = (P+1)/(S+2), a = (A+1)/(S+2):
      //   meta 4: 7² = 49; 1 (A=2, S=2): (¾·¾·(1 + 8·2^−0,4))² = (0,5625·7,06286)² ≈ 15,78;
      //   0 (S=0): (½·½·9)² = 5,0625; 2 (D=2): (¾·¼·7,06286)² ≈ 1,754; 3 (P=2): (¼·¼·7,06286)² ≈ 0,195
      const order: number[] = [];
      const first = await nextStatement(appDb(t), id, p2);
      expect(first).toEqual({ tid: 4, text: 'Ý kiến về cách thảo luận', voted: 0, remaining: 5 });
      for (let next = first; next; next = await nextStatement(appDb(t), id, p2)) {
        order.push(next.tid);
        await castVote(appDb(t), id, p2, next.tid, 0);
      }
      expect(order).toEqual([4, 1, 0, 2, 3]);
      expect(await nextStatement(appDb(t), id, p0)).toEqual({ tid: 4, text: 'Ý kiến về cách thảo luận', voted: 3, remaining: 2 });
    });
  });

  describe('the map before there is one', () => {
    it('says how many more votes, from how many more participants, the first map needs', async () => {
      const id = await makeConversation(t, w, 'cho', ['Một', 'Hai', 'Ba']);
      // three statements: each of two participants must vote on min(7, 3) = 3
      expect(await latestMap(appDb(t), id)).toEqual({ status: 'waiting', votesNeeded: 6, participantsNeeded: 2, computedAt: null });
      const [p0, p1] = await join(t, id, 2);
      await vote(t, id, [[p0, 0, 1], [p0, 1, -1]]);
      expect(await latestMap(appDb(t), id)).toEqual({ status: 'waiting', votesNeeded: 4, participantsNeeded: 1, computedAt: null });
      await vote(t, id, [[p0, 2, 0], [p1, 0, 1], [p1, 1, 1]]);
      expect(await latestMap(appDb(t), id)).toMatchObject({ status: 'waiting', votesNeeded: 1, participantsNeeded: 0 });
      const res = await t.app.inject({ method: 'GET', url: `/api/conversations/${id}/map`, headers: w.s.off.headers });
      expect(res.json()).toMatchObject({ status: 'waiting', votesNeeded: 1, participantsNeeded: 0, map: null, computedAt: null });
      expect(res.json().statements.map((s: { text: string }) => s.text)).toEqual(['Một', 'Hai', 'Ba']);
    });
  });

  describe('participation', () => {
    it('counts votes and new participants per day (Vietnam’s day)', async () => {
      const id = await makeConversation(t, w, 'ngay', ['Một', 'Hai']);
      const db = appDb(t);
      // 16:30 UTC on 3 December is 23:30 in Hà Nội; 17:30 UTC is already 4 December there
      const [p0] = await join(t, id, 1, new Date('2026-12-03T16:30:00Z'));
      const [p1] = await join(t, id, 1, new Date('2026-12-03T17:30:00Z'));
      await castVote(db, id, p0, 0, 1, new Date('2026-12-03T16:31:00Z'));
      await castVote(db, id, p0, 1, 1, new Date('2026-12-03T16:32:00Z'));
      await castVote(db, id, p1, 0, -1, new Date('2026-12-03T17:31:00Z'));
      expect(await participation(db, id)).toEqual([
        { day: '2026-12-03', votes: 2, participants: 1 },
        { day: '2026-12-04', votes: 1, participants: 1 },
      ]);
      const res = await t.app.inject({ method: 'GET', url: `/api/conversations/${id}/participation`, headers: w.s.obs.headers });
      expect(res.json().days).toHaveLength(2);
    });
  });
});
