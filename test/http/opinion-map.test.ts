// Opinion maps computed in the background, on both storage kinds: the first map appears by itself once the
// conversation passes the threshold and is served with its time; later votes bring a newer one; a run that
// fails leaves the last good map; an older run never overwrites a newer map; a server that starts finds the
// maps older than their votes and recomputes them. Tests wait for the condition, never for a time.
import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { findConversation, latestMap, type LatestMap } from '../../src/modules/opinion';
import { computeMap } from '../../src/modules/opinion/map.compute';
import { recomputeMap, staleConversations } from '../../src/modules/opinion/map.store';
import { testApp } from '../helpers/app';
import { rowsOf } from '../helpers/forums';
import { describeApp } from '../helpers/http';
import { appDb, join, makeConversation, makeOpinionWorld, vote, type OpinionWorld } from '../helpers/opinion';
import { waitFor } from '../helpers/streams';

const STATEMENTS = ['Số hóa hồ sơ đất đai', 'Wifi miễn phí nơi công cộng', 'Dịch vụ công trực tuyến mức 4', 'Giữ thủ tục giấy', 'Không cần ứng dụng mới', 'Họp dân trực tiếp là đủ'];

/** A bloc: agrees with the first three statements and disagrees with the last three, or the opposite. */
const blocVotes = (pids: number[], side: 1 | -1): [number, number, number][] => pids.flatMap((pid) => STATEMENTS.map((_, tid): [number, number, number] => [pid, tid, tid < 3 ? side : -side]));

describeApp('opinion maps in the background', { config: { opinionRecomputeSeconds: 0.05 } }, (t) => {
  let w: OpinionWorld;
  const version = async (id: string) => (await findConversation(appDb(t), id))!.votesVersion;
  /** Waits until the stored map is at the conversation's version, and answers it. */
  const upToDate = async (id: string) => {
    const target = await version(id);
    let latest: LatestMap | undefined;
    await waitFor(async () => {
      latest = await latestMap(appDb(t), id);
      return latest.status === 'ready' && latest.votesVersion === target;
    });
    return latest as Extract<LatestMap, { status: 'ready' }>;
  };

  beforeAll(async () => {
    w = await makeOpinionWorld(t, 'mp');
  });

  it('appears once the threshold is passed, and later votes bring a newer map', async () => {
    const id = await makeConversation(t, w, 'ban-do-1', STATEMENTS);
    const pids = await join(t, id, 13);
    await vote(t, id, blocVotes(pids.slice(0, 1), 1));
    expect((await latestMap(appDb(t), id)).status).toBe('waiting');
    await vote(t, id, [...blocVotes(pids.slice(1, 5), 1), ...blocVotes(pids.slice(5, 10), -1)]);
    const first = await upToDate(id);
    expect(first.map.groups.map((g) => g.members)).toEqual(expect.arrayContaining([[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]]));
    expect(first.map.groups).toHaveLength(2);
    expect(first.map.participants).toBe(10);
    expect(first.computedAt).toBeInstanceOf(Date);
    // three more join the first bloc: the newer map has them, the first bloc now the larger group (listed first)
    await vote(t, id, blocVotes(pids.slice(10, 13), 1));
    const second = await upToDate(id);
    expect(second.votesVersion).toBeGreaterThan(first.votesVersion);
    expect(second.map.participants).toBe(13);
    expect(second.map.groups.map((g) => g.members)).toEqual([[0, 1, 2, 3, 4, 10, 11, 12], [5, 6, 7, 8, 9]]);
    // each group's representative statements are the ones it agrees with
    expect(second.map.groups[0].representative.filter((r) => r.direction === 'agree').map((r) => r.tid).sort()).toEqual([0, 1, 2]);
    const res = await t.app.inject({ method: 'GET', url: `/api/conversations/${id}/map`, headers: w.s.obs.headers });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ready', votesVersion: second.votesVersion, votesNeeded: null, computedAt: second.computedAt.toISOString() });
    expect(res.json().map.points).toHaveLength(13);
  });

  it('a run that fails leaves the last good map; an older run never overwrites a newer map', async () => {
    const id = await makeConversation(t, w, 'ban-do-2', STATEMENTS);
    const pids = await join(t, id, 5);
    await vote(t, id, [...blocVotes(pids.slice(0, 2), 1), ...blocVotes(pids.slice(2, 4), -1)]);
    const good = await upToDate(id);
    // a change the background has not been told of (no service call pokes it): the map is stale
    await rowsOf(t, sql`update opinion_conversations set votes_version = votes_version + 1 where id = ${id}`);
    const failing = () => Promise.reject(new Error('out of memory'));
    await expect(recomputeMap(appDb(t), id, failing, () => new Date())).rejects.toThrow('out of memory');
    expect(await latestMap(appDb(t), id)).toEqual(good);
    expect(await recomputeMap(appDb(t), id, async (r) => computeMap(r), () => new Date())).toBe('stored');
    expect(await recomputeMap(appDb(t), id, failing, () => new Date())).toBe('fresh');
    await vote(t, id, blocVotes([pids[4]], 1));
    await upToDate(id);

    // an old run, held until a newer map is stored, is refused when it tries to store its own
    await rowsOf(t, sql`delete from opinion_maps where conversation_id = ${id}`);
    const atOld = await version(id);
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const old = recomputeMap(appDb(t), id, async (request) => (await held, computeMap(request)), () => new Date('2020-01-01T00:00:00Z'));
    await vote(t, id, [[pids[4], 0, -1]]);
    const newer = await upToDate(id);
    expect(newer.votesVersion).toBeGreaterThan(atOld);
    release();
    expect(await old).toBe('superseded');
    expect(await latestMap(appDb(t), id)).toMatchObject({ status: 'ready', votesVersion: newer.votesVersion });
  });

  it('a server that starts recomputes the maps older than their votes', async () => {
    const id = await makeConversation(t, w, 'ban-do-3', STATEMENTS);
    const pids = await join(t, id, 4);
    await vote(t, id, [...blocVotes(pids.slice(0, 2), 1), ...blocVotes(pids.slice(2, 4), -1)]);
    await upToDate(id);
    // as if the server had stopped before the map was stored
    await rowsOf(t, sql`delete from opinion_maps where conversation_id = ${id}`);
    expect(await staleConversations(appDb(t))).toContain(id);
    const second = await testApp(t.database, { opinionRecomputeSeconds: 0.05 });
    try {
      await upToDate(id);
    } finally {
      await second.close();
    }
    expect(await staleConversations(appDb(t))).not.toContain(id);
  });
});
