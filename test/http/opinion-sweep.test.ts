// Two app instances on one PostgreSQL database, as several servers behind a proxy run: instance A takes the
// votes and computes no maps (DOITHOAI_OPINION_MAPS=false), instance B never hears of A's votes in its own
// process, yet its periodic sweep (every DOITHOAI_OPINION_RECOMPUTE_SECONDS: one query for the open
// conversations whose map is older than their votes) finds them and the map appears, and a later vote
// through A brings a newer map. PostgreSQL only: an embedded PGlite database belongs to one process.
// Waits are for the condition, with a generous ceiling; nothing is timed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/connection';
import { findConversation, latestMap, type LatestMap } from '../../src/modules/opinion';
import type { App } from '../../src/modules/module';
import { testApp } from '../helpers/app';
import { scratchServerDatabase, type ScratchDatabase } from '../helpers/database';
import { appFixture, type AppFixture } from '../helpers/http';
import { join, makeConversation, makeOpinionWorld, vote } from '../helpers/opinion';
import { waitFor } from '../helpers/streams';

const STATEMENTS = ['Số hóa hồ sơ đất đai', 'Wifi miễn phí nơi công cộng', 'Dịch vụ công trực tuyến mức 4', 'Giữ thủ tục giấy'];
const blocVotes = (pids: number[], side: 1 | -1): [number, number, number][] => pids.flatMap((pid) => STATEMENTS.map((_, tid): [number, number, number] => [pid, tid, tid < 2 ? side : -side]));

describe('opinion maps recomputed by another instance on the same PostgreSQL database', () => {
  let scratch: ScratchDatabase;
  let a: AppFixture;
  let bDatabase: Database;
  let b: App;

  beforeAll(async () => {
    scratch = await scratchServerDatabase('doithoai_template');
    a = appFixture('postgres');
    a.database = await openDatabase({ databaseUrl: scratch.url });
    a.app = await testApp(a.database, { opinionMaps: false, opinionRecomputeSeconds: 0.05 });
    bDatabase = await openDatabase({ databaseUrl: scratch.url });
    b = await testApp(bDatabase, { opinionRecomputeSeconds: 0.05 });
  }, 120_000);
  afterAll(async () => {
    await a?.app?.close();
    await b?.close();
    await a?.database?.close();
    await bDatabase?.close();
    await scratch?.drop();
  });

  /** Waits until B reads a map at the conversation's votes_version (as A stored the votes). */
  const mapThroughB = async (id: string) => {
    const target = (await findConversation(a.database.db, id))!.votesVersion;
    let latest: LatestMap | undefined;
    await waitFor(async () => {
      latest = await latestMap(bDatabase.db, id);
      return latest.status === 'ready' && latest.votesVersion === target;
    }, 120_000);
    return latest as Extract<LatestMap, { status: 'ready' }>;
  };

  it('votes taken through A, the map appears through B, and a later vote through A brings a newer one', async () => {
    const w = await makeOpinionWorld(a, 'sw');
    const id = await makeConversation(a, w, 'quet-1', STATEMENTS);
    const pids = await join(a, id, 7);
    await vote(a, id, [...blocVotes(pids.slice(0, 3), 1), ...blocVotes(pids.slice(3, 6), -1)]);
    const first = await mapThroughB(id);
    expect(first.map.participants).toBe(6);
    expect(first.map.groups.map((g) => g.members)).toEqual(expect.arrayContaining([[0, 1, 2], [3, 4, 5]]));
    const res = await b.inject({ method: 'GET', url: `/api/conversations/${id}/map`, headers: w.s.obs.headers });
    expect(res.json()).toMatchObject({ status: 'ready', votesVersion: first.votesVersion });

    await vote(a, id, blocVotes([pids[6]], 1));
    const second = await mapThroughB(id);
    expect(second.votesVersion).toBeGreaterThan(first.votesVersion);
    expect(second.map.participants).toBe(7);
    expect(second.map.groups.find((g) => g.members.includes(0))!.members).toEqual([0, 1, 2, 6]);
  }, 180_000);
});
