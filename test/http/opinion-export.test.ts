// A conversation's open data in Pol.is's export layout, public, on both storage kinds: read back by
// core/opinion's Pol.is reader, analysed, it gives the groups of the stored map (adjusted Rand index 1);
// participants renumbered in a keyed random order (the same in all three files), times to the hour, a
// rejected statement listed with its text withheld and its votes zeroed, a pending one left out, and a
// statement written as a formula kept from becoming one.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCsvRows } from '../../src/core/csv.reader';
import { adjustedRandIndex, analyseConversation, readPolisExport } from '../../src/core/opinion';
import { automationActor } from '../../src/http/actor';
import { findConversation, latestMap, moderateStatement, submitStatement } from '../../src/modules/opinion';
import { rowsOf } from '../helpers/forums';
import { describeApp } from '../helpers/http';
import { appDb, join, makeConversation, makeOpinionWorld, vote, type OpinionWorld } from '../helpers/opinion';
import { waitFor } from '../helpers/streams';

const STATEMENTS = ['Số hóa hồ sơ đất đai', 'Wifi miễn phí nơi công cộng', 'Dịch vụ công trực tuyến', 'Giữ thủ tục giấy', 'Không cần ứng dụng mới', 'Họp dân trực tiếp là đủ', '=HYPERLINK("http://x.example","bấm")'];

describeApp('opinion open data (Pol.is export)', { config: { opinionRecomputeSeconds: 0.05 } }, (t) => {
  let w: OpinionWorld;
  let id = '';
  const files: Record<string, string> = {};
  const table = (name: string) => readCsvRows(files[name], name, { restore: true }).map((r) => r.fields);

  beforeAll(async () => {
    w = await makeOpinionWorld(t, 'ex');
    id = await makeConversation(t, w, 'mo-du-lieu', STATEMENTS);
    const pids = await join(t, id, 12);
    // two blocs, 7 and 5, opposite on statements 0–5; statement 6 (the formula) is rejected after some votes
    const side = (pid: number) => (pid < 7 ? 1 : -1);
    await vote(t, id, pids.flatMap((pid) => [0, 1, 2, 3, 4, 5].map((tid): [number, number, number] => [pid, tid, tid < 3 ? side(pid) : -side(pid)])));
    await vote(t, id, [[pids[0], 6, 1], [pids[8], 6, 1], [pids[9], 6, 0]]);
    await moderateStatement(appDb(t), automationActor, id, 6, 'reject');
    await submitStatement(appDb(t), id, pids[3], 'Ý kiến còn chờ duyệt');
    await submitStatement(appDb(t), id, pids[4], 'Thêm điểm phát wifi ở chợ');
    await moderateStatement(appDb(t), automationActor, id, 8, 'meta');
    const target = (await findConversation(appDb(t), id))!.votesVersion;
    await waitFor(async () => {
      const m = await latestMap(appDb(t), id);
      return m.status === 'ready' && m.votesVersion === target;
    });
    for (const name of ['comments.csv', 'votes.csv', 'participants-votes.csv']) {
      const res = await t.app.inject({ method: 'GET', url: `/api/conversations/${id}/export/${name}` });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toContain(`mo-du-lieu-${name}`);
      files[name] = res.body;
    }
  });

  it('read back and analysed, gives the stored map’s groups (adjusted Rand index 1)', async () => {
    const conversation = readPolisExport({ name: 'votes.csv', text: files['votes.csv'] }, { name: 'comments.csv', text: files['comments.csv'] });
    expect(conversation.zeroed?.sort()).toEqual(['6', '8']);
    const analysed = analyseConversation(conversation);
    const theirs = new Map<string, number>();
    for (const g of analysed.groups) for (const m of g.members) theirs.set(m, g.id);
    // the stored map's groups, as participants-votes.csv publishes them (group-id per renumbered participant)
    const ours = new Map(table('participants-votes.csv').slice(1).filter((r) => r[1] !== '').map((r) => [r[0], Number(r[1])]));
    expect(ours.size).toBe(12);
    const clustered = [...ours.keys()];
    expect(clustered.every((p) => theirs.has(p))).toBe(true);
    expect(adjustedRandIndex(clustered.map((p) => ours.get(p)!), clustered.map((p) => theirs.get(p)!))).toBe(1);
    expect(analysed.groups.map((g) => g.members.length).sort()).toEqual([5, 7]);
  });

  it('renumbers participants in a keyed random order, the same in every file, and coarsens times to the hour', async () => {
    const votes = table('votes.csv');
    expect(votes[0]).toEqual(['timestamp', 'datetime', 'comment-id', 'voter-id', 'vote']);
    expect(votes.slice(1).every((r) => Number(r[0]) % 3_600_000 === 0 && /^\d{4}-\d\d-\d\dT\d\d:00:00\+07:00$/.test(r[1]))).toBe(true);
    // each participant's vote on statement 0 tells their bloc: pids 0–6 agree, 7–11 disagree
    const stored = await rowsOf<{ pid: number; value: number }>(t, sql`select pid, value from opinion_votes where conversation_id = ${id} and tid = 0 order by pid`);
    const exported = new Map(votes.slice(1).filter((r) => r[2] === '0').map((r) => [Number(r[3]), Number(r[4])]));
    expect([...exported.keys()].sort((a, b) => a - b)).toEqual([...Array(12).keys()]);
    expect([...exported.values()].filter((v) => v === 1)).toHaveLength(stored.filter((s) => s.value === 1).length);
    // not in order of arrival: the agreeing bloc (the first seven to join) does not hold the numbers 0–6
    const firstSeven = [...exported.entries()].filter(([, v]) => v === 1).map(([p]) => p).sort((a, b) => a - b);
    expect(firstSeven).not.toEqual([0, 1, 2, 3, 4, 5, 6]);
    // the same numbering in participants-votes.csv: its column for statement 0 matches votes.csv
    const pv = table('participants-votes.csv');
    const col = pv[0].indexOf('0');
    for (const row of pv.slice(1)) expect(Number(row[col])).toBe(exported.get(Number(row[0])));
    // and the same again in a later export
    const again = await t.app.inject({ method: 'GET', url: `/api/conversations/${id}/export/votes.csv` });
    expect(again.body).toBe(files['votes.csv']);
  });

  it('lists a rejected statement with its text withheld, leaves a pending one out, and keeps a formula a text', () => {
    const comments = table('comments.csv');
    expect(comments[0]).toEqual(['timestamp', 'datetime', 'comment-id', 'author-id', 'agrees', 'disagrees', 'moderated', 'comment-body', 'is-meta']);
    const byId = new Map(comments.slice(1).map((r) => [r[2], r]));
    expect([...byId.keys()]).toEqual(['0', '1', '2', '3', '4', '5', '6', '8']);
    expect(byId.get('6')!.slice(4, 9)).toEqual(['2', '0', '-1', '', '0']);
    expect(byId.get('8')!.slice(6, 9)).toEqual(['1', 'Thêm điểm phát wifi ở chợ', '1']);
    expect(byId.get('0')!.slice(3, 7)).toEqual(['', '7', '5', '1']);
    expect(files['comments.csv']).not.toContain('HYPERLINK');
  });

  it('a formula-like statement is written behind an apostrophe', async () => {
    const other = await makeConversation(t, w, 'cong-thuc', ['=1+1 là hai', '@SUM(A1)']);
    const res = await t.app.inject({ method: 'GET', url: `/api/conversations/${other}/export/comments.csv` });
    expect(res.body).toContain(",'=1+1 là hai,");
    expect(res.body).toContain(",'@SUM(A1),");
  });

  describe('refusals', () => {
    it('an unknown conversation is not found; another file name is refused', async () => {
      expect((await t.app.inject({ method: 'GET', url: '/api/conversations/00000000-0000-4000-8000-000000000000/export/votes.csv' })).statusCode).toBe(404);
      expect((await t.app.inject({ method: 'GET', url: `/api/conversations/${id}/export/summary.csv` })).statusCode).toBe(400);
    });
  });
});
