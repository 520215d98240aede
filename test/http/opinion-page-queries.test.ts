// What the public page costs the database (issue 18: a hall of 500 phones on PGlite, where every query is
// paid on the server's one thread), on both storage kinds: once the voting order is kept, a participant's
// page is one query (the conversation, their pid, their votes and the versions) and an accepted vote reads
// nothing beside its batch, which is three statements (the lock, one read, one write). The order kept is
// refreshed by what moves it, whichever process moved it: a statement approved (as meta: first) after a
// page was served is offered at once, one moderated out is gone at once, and a new map's extremities
// reorder the statements. "Another process" is a second app on the same database through another Db
// object (its own kept orders, as a process on PostgreSQL has).
// Expected orders worked by hand from core/opinion/priority.ts: with no votes and no map every statement
// scores [(1 − ½)·1·½·9]² = 5,0625 (ties to the earlier), a meta statement 7² = 49, and a statement with
// extremity 5 on a map [(½)·6·½·9]² = 182,25.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection';
import { castVote, participation } from '../../src/modules/opinion';
import type { App } from '../../src/modules/module';
import { adminHeaders, spaceBody, testApp } from '../helpers/app';
import { describeApp } from '../helpers/http';
import { loggingSql } from '../helpers/sql-log';

let log: string[] = [];
const logging = (database: Database) => {
  const l = loggingSql(database);
  log = l.statements;
  return l.database;
};

// No map background (its sweep and updates are queries too, and a map of its own would reorder): maps are stored by the test.
describeApp('what the public page costs the database', { wrap: logging, config: { opinionMaps: false } }, (t) => {
  let id = '';
  let other: App;
  const api = (app: App, method: 'GET' | 'POST', url: string, payload?: object) => app.inject({ method, url, headers: adminHeaders, payload });
  const get = (token?: string) => t.app.inject({ method: 'GET', url: `/o/${id}`, cookies: token ? { dt_opinion: token } : {} });
  const post = (app: App, url: string, form: Record<string, string>, token: string) =>
    app.inject({ method: 'POST', url, payload: new URLSearchParams(form).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' }, cookies: { dt_opinion: token } });
  const shown = async (token: string) => {
    const page = await get(token);
    expect(page.statusCode, page.body).toBe(200);
    return { tid: Number(/name="tid" value="(\d+)"/.exec(page.body)?.[1] ?? -1), progress: /Đã trả lời \d+ \/ \d+/.exec(page.body)?.[0] };
  };
  /** The statements sent while `run` runs. */
  const sent = async (run: () => Promise<unknown>) => {
    const from = log.length;
    await run();
    return log.slice(from);
  };

  beforeAll(async () => {
    other = await testApp(loggingSql(t.database).database, { opinionMaps: false });
    const space = (await api(t.app, 'POST', '/api/spaces', spaceBody('cau-hoi-trang', 'public'))).json();
    const made = await api(t.app, 'POST', `/api/spaces/${space.id}/conversations`, { slug: 'trang-re', title: { vi: 'Chợ đêm', en: 'Night market' }, topic: { vi: 'Chợ đêm nên mở ở đâu?', en: 'Where should the night market open?' } });
    id = made.json().id;
    for (const text of ['Mở chợ đêm ở bờ sông.', 'Mở chợ đêm ở quảng trường.']) expect((await api(t.app, 'POST', `/api/conversations/${id}/statements`, { text })).statusCode).toBe(201);
  });
  afterAll(() => other?.close());

  it('serves a participant’s page in one query once the order is kept, and takes a vote with no read beside its batch', async () => {
    const token = (await get()).cookies.find((c) => c.name === 'dt_opinion')!.value;
    await get(token);
    expect(await sent(() => get(token))).toHaveLength(1);
    const vote = (tid: string) => sent(async () => expect((await post(t.app, `/o/${id}/vote`, { tid, value: '1' }, token)).statusCode).toBe(303));
    const inBatch = (statements: string[]) => statements.filter((q) => q !== 'begin' && q !== 'commit');
    // the first vote stores the newcomer: the lock, one read (statuses, participants, their votes), the
    // counter, the participant, their day, and one write (votes, counts, day, votes_version)
    const first = inBatch(await vote('0'));
    expect(first).toHaveLength(6);
    expect(first[0]).toMatch(/for update$/);
    expect(first[5]).toMatch(/^\s*with votes as/);
    // the vote moved votes_version: the next page reads the order again (two queries), the one after it one
    expect(await sent(() => get(token))).toHaveLength(2);
    expect(await sent(() => get(token))).toHaveLength(1);
    // a stored participant's vote: the lock, the read, the write — nothing read before the lock
    const second = inBatch(await vote('1'));
    expect(second).toHaveLength(3);
    expect(second[0]).toMatch(/for update$/);
    expect(second[2]).toMatch(/^\s*with votes as/);
  });

  it('writes a vote changed and changed back in one batch: two votes cast on its day, no count moved, votes_version kept', async () => {
    const token = (await get()).cookies.find((c) => c.name === 'dt_opinion')!.value;
    expect((await post(t.app, `/o/${id}/vote`, { tid: '1', value: '0' }, token)).statusCode).toBe(303);
    const before = { conversation: (await api(t.app, 'GET', `/api/conversations/${id}`)).json(), days: await participation(t.database.db, id), statements: (await api(t.app, 'GET', `/api/conversations/${id}/statements`)).json() };
    const pid = (await t.database.db.execute(sql`select max(pid) as pid from opinion_participants where conversation_id = ${id}`)) as unknown as { rows: { pid: number }[] };
    const me = pid.rows[0].pid;
    // handed in together: one batch (pass → agree → pass)
    const at = new Date();
    await Promise.all([castVote(t.database.db, id, me, 1, 1, at), castVote(t.database.db, id, me, 1, 0, at)]);
    const days = await participation(t.database.db, id);
    expect(days.reduce((n, d) => n + d.votes, 0)).toBe(before.days.reduce((n, d) => n + d.votes, 0) + 2);
    expect((await api(t.app, 'GET', `/api/conversations/${id}/statements`)).json()).toEqual(before.statements);
    expect((await api(t.app, 'GET', `/api/conversations/${id}`)).json().votesVersion).toBe(before.conversation.votesVersion);
  });

  it('offers a statement approved after the page was served, at once, and drops one moderated out — moderated by another process', async () => {
    const token = (await get()).cookies.find((c) => c.name === 'dt_opinion')!.value;
    expect(await shown(token)).toEqual({ tid: 0, progress: 'Đã trả lời 0 / 2' });
    // a participant's statement waits for moderation: not offered
    const author = (await get()).cookies.find((c) => c.name === 'dt_opinion')!.value;
    expect((await post(other, `/o/${id}/statements`, { text: 'Chợ đêm cần chỗ gửi xe miễn phí.' }, author)).statusCode).toBe(303);
    expect(await shown(token)).toEqual({ tid: 0, progress: 'Đã trả lời 0 / 2' });
    // approved as meta through the other app: first at once (49 > 5,0625)
    expect((await api(other, 'POST', `/api/conversations/${id}/statements/2/moderation`, { decision: 'meta' })).statusCode).toBe(200);
    expect(await shown(token)).toEqual({ tid: 2, progress: 'Đã trả lời 0 / 3' });
    // rejected: gone at once
    expect((await api(other, 'POST', `/api/conversations/${id}/statements/2/moderation`, { decision: 'reject' })).statusCode).toBe(200);
    expect(await shown(token)).toEqual({ tid: 0, progress: 'Đã trả lời 0 / 2' });
    // a seed rejected: the other seed is all that is left
    expect((await api(other, 'POST', `/api/conversations/${id}/statements/0/moderation`, { decision: 'reject' })).statusCode).toBe(200);
    expect(await shown(token)).toEqual({ tid: 1, progress: 'Đã trả lời 0 / 1' });
    expect((await api(other, 'POST', `/api/conversations/${id}/statements/0/moderation`, { decision: 'approve' })).statusCode).toBe(200);
    expect(await shown(token)).toEqual({ tid: 0, progress: 'Đã trả lời 0 / 2' });
  });

  it('reorders by a new map’s extremities and by votes taken by another process', async () => {
    const token = (await get()).cookies.find((c) => c.name === 'dt_opinion')!.value;
    const first = await shown(token);
    // a map stored (by whichever process) at the current votes_version, statement 1 far from the centre
    await t.database.db.execute(sql`
      insert into opinion_maps (conversation_id, result, state, extremity, votes_version, computed_at)
      select id, '{}'::jsonb, '{}'::jsonb, '{"1": 5}'::jsonb, votes_version, now() from opinion_conversations where id = ${id}
      on conflict (conversation_id) do update set extremity = excluded.extremity, votes_version = excluded.votes_version`);
    expect(first.tid).toBe(0);
    expect((await shown(token)).tid).toBe(1);
    // the participant votes on it through the other app: this app's page moves on to statement 0
    expect((await post(other, `/o/${id}/vote`, { tid: '1', value: '-1' }, token)).statusCode).toBe(303);
    expect(await shown(token)).toEqual({ tid: 0, progress: 'Đã trả lời 1 / 2' });
  });
});
