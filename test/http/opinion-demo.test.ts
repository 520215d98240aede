// The demo's conversation, loaded with the rest of the demo on both storage kinds: a part of the 2021
// dialogue forum in Cần Thơ's space, labelled illustrative, 25 approved statements, 60 participants, running
// counts equal to a recount of the stored votes, and a map with its groups ready at once.
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { findConversationBySlug, latestMap } from '../../src/modules/opinion';
import { loadDemo } from '../../src/modules/demo/demo.seed';
import { rowsOf } from '../helpers/forums';
import { describeApp } from '../helpers/http';
import { appDb } from '../helpers/opinion';

const NOW = new Date('2026-11-22T03:00:00Z');

describeApp('demo conversation', { clock: NOW, seed: (database) => loadDemo(database.db, NOW) }, (t) => {
  it('is a part of the 2021 forum, labelled illustrative, with 25 statements, 60 participants and a map of its blocs', async () => {
    const conversation = await findConversationBySlug(appDb(t), 'chuyen-doi-so-tang-truong-xanh-2021');
    expect(conversation).not.toBeNull();
    const [forum] = await rowsOf<{ id: string; space_id: string }>(t, sql`select id, space_id from forums where slug = 'doi-thoai-phat-trien-dia-phuong-2021'`);
    expect(conversation!.forumId).toBe(forum.id);
    expect(conversation!.spaceId).toBe(forum.space_id);
    expect(conversation!.title.vi).toContain('(minh họa)');
    expect(conversation!.topic.en).toContain('illustrative');
    const statements = await rowsOf<{ status: string; n: number }>(t, sql`select status, count(*)::int as n from opinion_statements where conversation_id = ${conversation!.id} group by status`);
    expect(statements).toEqual([{ status: 'approved', n: 25 }]);
    const [people] = await rowsOf<{ n: number }>(t, sql`select count(*)::int as n from opinion_participants where conversation_id = ${conversation!.id}`);
    expect(people.n).toBe(60);
    const mismatched = await rowsOf(t, sql`
      select s.tid from opinion_statements s
      left join (select tid, count(*) filter (where value = 1)::int a, count(*) filter (where value = -1)::int d, count(*) filter (where value = 0)::int p
                 from opinion_votes where conversation_id = ${conversation!.id} group by tid) c on c.tid = s.tid
      where s.conversation_id = ${conversation!.id} and (s.agree, s.disagree, s.pass) is distinct from (coalesce(c.a, 0), coalesce(c.d, 0), coalesce(c.p, 0))`);
    expect(mismatched).toEqual([]);
    const map = await latestMap(appDb(t), conversation!.id);
    expect(map.status).toBe('ready');
    if (map.status !== 'ready') return;
    expect(map.votesVersion).toBe(conversation!.votesVersion);
    expect(map.map.participants).toBe(60);
    expect(map.map.groups.length).toBeGreaterThanOrEqual(2);
    expect(map.map.groups.length).toBeLessThanOrEqual(3);
    // each group is mostly one of the planted blocs (pids 0–25 digital first, 26–45 green first, 46–59 careful), each a different one
    const blocOf = (pid: number) => (pid < 26 ? 0 : pid < 46 ? 1 : 2);
    const dominant = map.map.groups.map((g) => {
      const counts = [0, 1, 2].map((b) => g.members.filter((p) => blocOf(p) === b).length);
      const top = counts.indexOf(Math.max(...counts));
      expect(counts[top] / g.size).toBeGreaterThan(0.8);
      return top;
    });
    expect(new Set(dominant).size).toBe(dominant.length);
    expect(map.map.consensus.agree.length).toBeGreaterThan(0);
  });
});
