// Participation per day kept running (opinion_participation_days), on both storage kinds: figures worked by
// hand — votes on Vietnam's days (UTC+7; 23:30 UTC is 06:30 the next morning there), a changed vote counted
// again on its new day, the same vote sent again not counted, a refused vote counting nothing, votes of one
// batch on two days — and read from the running table alone; and, for any sequence of joins and batches of
// votes (re-votes and refusals included; some by newcomers, whom an accepted first vote stores in its batch
// and a refused one does not), the running table equals a recount: participants from the
// participants table, votes from the log of what the test sent (the votes table keeps only each
// participant's latest vote on a statement, so the earlier ones of a changed vote are in the log alone).
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { castVote, hashToken, newToken, participation, type ParticipationDay } from '../../src/modules/opinion';
import { rowsOf } from '../helpers/forums';
import { describeApp } from '../helpers/http';
import { appDb, join, makeConversation, makeOpinionWorld, type OpinionWorld } from '../helpers/opinion';

/** Vietnam's calendar day through the platform's time-zone data, not the code under test. */
const vnDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' });

describeApp('participation per day, kept running', {}, (t) => {
  let w: OpinionWorld;
  let slugs = 0;
  beforeAll(async () => {
    w = await makeOpinionWorld(t, 'pd');
  });

  describe('figures worked by hand', () => {
    it('counts votes cast and participants created on Vietnam’s day, a changed vote again, the same vote once', async () => {
      const id = await makeConversation(t, w, 'tham-gia-1', ['Một', 'Hai', 'Ba']);
      const db = appDb(t);
      const at = (iso: string) => new Date(iso);
      // p0 joins at 17:00 on 3 December in Hà Nội; p1 at 06:10 on 4 December (23:10 UTC on the 3rd)
      const p0 = (await join(t, id, 1, at('2026-12-03T10:00:00Z')))[0];
      const p1 = (await join(t, id, 1, at('2026-12-03T23:10:00Z')))[0];
      await castVote(db, id, p0, 0, 1, at('2026-12-03T10:01:00Z')); // 3/12: 1
      await castVote(db, id, p0, 1, -1, at('2026-12-03T16:59:00Z')); // 23:59 on 3/12: 2
      await castVote(db, id, p0, 1, -1, at('2026-12-03T17:05:00Z')); // the same vote again: not counted
      await castVote(db, id, p1, 0, 1, at('2026-12-03T23:30:00Z')); // 06:30 on 4/12: 1
      await castVote(db, id, p0, 1, 1, at('2026-12-04T02:00:00Z')); // changed: 4/12: 2
      await expect(castVote(db, id, p1, 9, 1, at('2026-12-04T03:00:00Z'))).rejects.toMatchObject({ status: 404 });
      // one batch on two days: p1's vote on Hai at 17:00 on 5/12, changed in the same batch (5/12: 2),
      // and p0's on Ba at 06:30 on 6/12
      await Promise.all([
        castVote(db, id, p1, 1, 0, at('2026-12-05T10:00:00Z')),
        castVote(db, id, p1, 1, 1, at('2026-12-05T10:05:00Z')),
        castVote(db, id, p0, 2, -1, at('2026-12-05T23:30:00Z')),
      ]);
      const expected: ParticipationDay[] = [
        { day: '2026-12-03', votes: 2, participants: 1 },
        { day: '2026-12-04', votes: 2, participants: 1 },
        { day: '2026-12-05', votes: 2, participants: 0 },
        { day: '2026-12-06', votes: 1, participants: 0 },
      ];
      expect(await participation(db, id)).toEqual(expected);
      // five votes stored (each participant's latest on a statement), seven cast
      expect(await rowsOf<{ n: number }>(t, sql`select count(*)::int as n from opinion_votes where conversation_id = ${id}`)).toEqual([{ n: 5 }]);
      const res = await t.app.inject({ method: 'GET', url: `/api/conversations/${id}/participation`, headers: w.s.obs.headers });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({ days: expected });
      // the route reads the running table alone: with the votes and participants gone, it answers the same
      await rowsOf(t, sql`delete from opinion_votes where conversation_id = ${id}`);
      await rowsOf(t, sql`delete from opinion_participants where conversation_id = ${id}`);
      expect((await t.app.inject({ method: 'GET', url: `/api/conversations/${id}/participation`, headers: w.s.obs.headers })).json()).toEqual({ days: expected });
    });
  });

  describe('property', () => {
    // instants every 40 minutes from noon UTC on 3 December: Vietnam's midnight falls inside the range twice
    const instant = fc.integer({ min: 0, max: 80 }).map((k) => new Date(Date.parse('2026-12-03T12:00:00Z') + k * 40 * 60_000));
    // `who`: a stored participant (by place), or `token`: one of three tokens not stored until their first accepted vote
    const voter = fc.oneof(fc.record({ who: fc.nat(5) }), fc.record({ token: fc.nat(2) }));
    const voteOf = fc.record({ voter, tid: fc.integer({ min: 0, max: 3 }), value: fc.integer({ min: -1, max: 1 }), at: instant });
    const step = fc.oneof(
      fc.record({ join: instant }),
      // votes sent together (one batch of the writer); tid 3 does not exist and is refused
      fc.record({ batch: fc.array(voteOf, { minLength: 1, maxLength: 4 }) }),
    );

    it('after any sequence of votes (re-votes and refusals included), the running table equals a recount', async () => {
      await fc.assert(
        fc.asyncProperty(instant, fc.array(step, { minLength: 1, maxLength: 12 }), async (firstJoin, steps) => {
          const db = appDb(t);
          const id = await makeConversation(t, w, `tham-gia-p${slugs++}`, ['Một', 'Hai', 'Ba']);
          const pids = [(await join(t, id, 1, firstJoin))[0]];
          const tokens = [0, 1, 2].map(() => hashToken(newToken()));
          const acted = new Set<number>();
          const current = new Map<string, number>();
          const cast = new Map<string, number>();
          for (const s of steps) {
            if ('join' in s) {
              pids.push((await join(t, id, 1, s.join))[0]);
              continue;
            }
            const sent = s.batch.map((v) =>
              'who' in v.voter ? { ...v, by: pids[v.voter.who % pids.length], who: `p${pids[v.voter.who % pids.length]}` } : { ...v, by: { tokenHash: tokens[v.voter.token] }, who: `t${v.voter.token}` },
            );
            const settled = await Promise.allSettled(sent.map((v) => castVote(db, id, v.by, v.tid, v.value, v.at)));
            sent.forEach((v, i) => {
              expect(settled[i].status).toBe(v.tid === 3 ? 'rejected' : 'fulfilled');
              if (v.tid === 3) return;
              if ('token' in v.voter) acted.add(v.voter.token);
              // in the order sent, which is the order the writer applies them
              const key = `${v.who}:${v.tid}`;
              if (current.get(key) === v.value) return;
              current.set(key, v.value);
              const day = vnDay.format(v.at);
              cast.set(day, (cast.get(day) ?? 0) + 1);
            });
          }
          const joined = await rowsOf<{ pid: number; hash: string; at: string | Date }>(t, sql`select pid, token_hash as hash, created_at as at from opinion_participants where conversation_id = ${id}`);
          // a newcomer is stored once their first vote is accepted, never for a refused one
          expect(joined).toHaveLength(pids.length + acted.size);
          const whoOf = new Map(joined.map((p) => [p.pid, tokens.includes(p.hash) ? `t${tokens.indexOf(p.hash)}` : `p${p.pid}`]));
          const stored = await rowsOf<{ pid: number; tid: number; value: number }>(t, sql`select pid, tid, value from opinion_votes where conversation_id = ${id}`);
          expect(new Map(stored.map((v) => [`${whoOf.get(v.pid)}:${v.tid}`, v.value]))).toEqual(current);
          const days = new Map<string, ParticipationDay>();
          const on = (day: string) => days.get(day) ?? days.set(day, { day, votes: 0, participants: 0 }).get(day)!;
          for (const [day, n] of cast) on(day).votes = n;
          for (const p of joined) on(vnDay.format(new Date(p.at))).participants++;
          expect(await participation(db, id)).toEqual([...days.values()].sort((a, b) => a.day.localeCompare(b.day)));
        }),
        { numRuns: 40 },
      );
    }, 240_000);
  });
});
