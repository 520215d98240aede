// The open-data export streamed in pages gives, byte for byte, the file the export's layout describes,
// on both storage kinds. A conversation with more votes than a page (5.000): 210 participants vote on 25
// statements, 5.250 votes, 205 of them within one hour (5.125 votes: two pages of that hour), the other 5
// an hour apart each, and one participant's votes split between two hours; one participant's statement is
// approved, one left pending (not listed), one rejected (text withheld). The expected files are worked in
// this test from the stored rows and the export's rules (export.csv.ts's header): participants numbered by
// the rank of the keyed hash of "opinion-export:<conversation>" and their number, times floored to the hour
// and written in Viet Nam's time, votes by hour then new number then statement, participants by new number.
// The same bytes come out of pages of 7 (many pages of statements, voters and participants).
import { and, asc, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { automationActor } from '../../src/http/actor';
import { loadContactKey, type ContactKey } from '../../src/modules/accounts';
import { findConversation, latestMap, moderateStatement, opinionParticipants, opinionStatements, opinionVotes, submitStatement } from '../../src/modules/opinion';
import { exportCsv, type ExportFile } from '../../src/modules/opinion/export.service';
import type { MapResult } from '../../src/modules/opinion/map.result';
import { voteWriterOf } from '../../src/modules/opinion/vote.writer';
import { describeApp } from '../helpers/http';
import { appDb, join, makeConversation, makeOpinionWorld } from '../helpers/opinion';
import { waitFor } from '../helpers/streams';

const STATEMENTS = Array.from({ length: 25 }, (_, k) => `Ý kiến số ${k + 1} về chuyển đổi số của phường`);
const FILES: ExportFile[] = ['comments.csv', 'votes.csv', 'participants-votes.csv'];
const HOUR = 3_600_000;
const BASE = Date.UTC(2026, 11, 4, 1, 15); // 01:15 UTC, 08:15 in Viet Nam

describeApp('opinion open data streamed in pages', { config: { opinionRecomputeSeconds: 0.05 } }, (t) => {
  let id = '';
  let key: ContactKey;
  const got: Record<string, string> = {};

  beforeAll(async () => {
    const w = await makeOpinionWorld(t, 'exp');
    id = await makeConversation(t, w, 'mo-du-lieu-lon', STATEMENTS);
    const pids = await join(t, id, 210);
    const when = (i: number, tid: number) => (i >= 205 ? BASE + (i - 204) * HOUR : i === 1 && tid >= 10 ? BASE + 3 * HOUR + tid : BASE + i * 1000 + tid);
    const writer = voteWriterOf(appDb(t));
    await Promise.all(pids.flatMap((pid, i) => STATEMENTS.map((_, tid) => writer.submit(id, { by: { pid }, tid, value: (((i + 2 * tid) % 3) - 1) as -1 | 0 | 1, at: new Date(when(i, tid)) }))));
    await submitStatement(appDb(t), id, pids[2], 'Ý kiến của người tham gia được duyệt');
    await submitStatement(appDb(t), id, pids[3], 'Ý kiến còn chờ duyệt');
    await submitStatement(appDb(t), id, pids[4], 'Ý kiến bị từ chối');
    await moderateStatement(appDb(t), automationActor, id, 25, 'approve');
    await moderateStatement(appDb(t), automationActor, id, 27, 'reject');
    const target = (await findConversation(appDb(t), id))!.votesVersion;
    await waitFor(async () => {
      const m = await latestMap(appDb(t), id);
      return m.status === 'ready' && m.votesVersion === target;
    });
    for (const file of FILES) {
      const res = await t.app.inject({ method: 'GET', url: `/api/conversations/${id}/export/${file}` });
      expect(res.statusCode, res.body).toBe(200);
      got[file] = res.body;
    }
    key = await loadContactKey(appDb(t), undefined);
  }, 120_000);

  /** The three files worked from the stored rows. */
  async function expected(): Promise<Record<string, string>> {
    const db = appDb(t);
    const statements = await db.select().from(opinionStatements).where(eq(opinionStatements.conversationId, id)).orderBy(asc(opinionStatements.tid));
    const votes = await db.select().from(opinionVotes).where(eq(opinionVotes.conversationId, id));
    const pids = (await db.select().from(opinionParticipants).where(eq(opinionParticipants.conversationId, id))).map((p) => p.pid);
    const latest = await latestMap(db, id);
    const groups = latest.status === 'ready' ? (latest.map as MapResult).groups : [];
    const hash = (pid: number) => key.hash(`opinion-export:${id}`, String(pid));
    const byHash = [...pids].sort((a, b) => (hash(a) < hash(b) ? -1 : hash(a) > hash(b) ? 1 : a - b));
    const rank = new Map(byHash.map((pid, k) => [pid, k]));
    const hour = (d: Date) => d.getTime() - (d.getTime() % HOUR);
    const vn = (ms: number) => `${new Date(ms + 7 * HOUR).toISOString().slice(0, 19)}+07:00`;
    const csv = (rows: (string | number)[][]) => rows.map((r) => `${r.join(',')}\r\n`).join('');
    const published = statements.filter((s) => s.status !== 'pending');
    const comments = published.map((s) => {
      const at = hour(s.createdAt);
      return [at, vn(at), s.tid, s.authorPid === null ? '' : rank.get(s.authorPid)!, s.agree, s.disagree, s.status === 'rejected' ? -1 : 1, s.status === 'rejected' ? '' : s.text, s.isMeta ? 1 : 0];
    });
    const voteRows = votes
      .map((v) => ({ at: hour(v.votedAt), voter: rank.get(v.pid)!, tid: v.tid, value: v.value }))
      .sort((a, b) => a.at - b.at || a.voter - b.voter || a.tid - b.tid)
      .map((v) => [v.at, vn(v.at), v.tid, v.voter, v.value]);
    const participants = byHash.map((pid) => {
      const mine = new Map(votes.filter((v) => v.pid === pid).map((v) => [v.tid, v.value]));
      const cells = published.map((s) => mine.get(s.tid) ?? '');
      const group = groups.find((g) => g.members.includes(pid));
      const counted = [...mine.entries()].filter(([tid]) => published.some((s) => s.tid === tid)).map(([, v]) => v);
      const authored = published.filter((s) => s.authorPid === pid).length;
      return [rank.get(pid)!, group ? group.id : '', authored, counted.length, counted.filter((v) => v === 1).length, counted.filter((v) => v === -1).length, ...cells];
    });
    return {
      'comments.csv': csv([['timestamp', 'datetime', 'comment-id', 'author-id', 'agrees', 'disagrees', 'moderated', 'comment-body', 'is-meta'], ...comments]),
      'votes.csv': csv([['timestamp', 'datetime', 'comment-id', 'voter-id', 'vote'], ...voteRows]),
      'participants-votes.csv': csv([['participant', 'group-id', 'n-comments', 'n-votes', 'n-agree', 'n-disagree', ...published.map((s) => s.tid)], ...participants]),
    };
  }

  it('holds more votes than a page, one hour more than a page alone', async () => {
    const [all, first] = await Promise.all([
      appDb(t).select().from(opinionVotes).where(eq(opinionVotes.conversationId, id)),
      appDb(t).select().from(opinionVotes).where(and(eq(opinionVotes.conversationId, id), eq(opinionVotes.pid, 1))),
    ]);
    expect(all).toHaveLength(5250);
    expect(all.filter((v) => v.votedAt.getTime() < BASE - (BASE % HOUR) + HOUR)).toHaveLength(205 * 25 - 15);
    expect(new Set(first.map((v) => Math.floor(v.votedAt.getTime() / HOUR))).size).toBe(2);
  });

  it('gives the expected bytes of each file over HTTP (pages of 5.000)', async () => {
    const want = await expected();
    for (const file of FILES) expect(got[file], file).toBe(want[file]);
    expect(got['votes.csv'].split('\r\n')).toHaveLength(5250 + 2);
    expect(got['comments.csv']).not.toContain('bị từ chối');
    expect(got['comments.csv']).not.toContain('chờ duyệt');
  });

  it('gives the same bytes in pages of 7', async () => {
    for (const file of FILES) {
      let text = '';
      let pages = 0;
      for await (const page of exportCsv(appDb(t), id, key, file, 7)) {
        text += page;
        pages++;
      }
      expect(text, file).toBe(got[file]);
      expect(pages, file).toBeGreaterThan(3);
    }
  });
});
