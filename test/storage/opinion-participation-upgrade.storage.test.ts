// Upgrading a database whose conversations were voted on before participation per day was kept running
// (migration 0027_opinion_participation_days): the migration's backfill counts every stored vote on the day
// it was last cast and every participant on the day it was created, in Vietnam's time (UTC+7), so the
// upgraded database shows its history; votes after the upgrade add to the same days. Figures by hand.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection';
import { migrateDatabase } from '../../src/db/migrate';
import { castVote, participation } from '../../src/modules/opinion';
import { storageKinds } from '../helpers/database';
import { databaseBefore } from '../helpers/previous-release';

const THIS_CHANGE = 'opinion_participation_days';


const text = JSON.stringify({ vi: 'Chuyển đổi số', en: 'Digital transformation' });

/** A conversation as the previous release stored it: statements, participants (pid, created) and votes. */
async function oldConversation(db: Database['db'], spaceId: string, slug: string, joined: string[], votes: [number, number, number, string][]) {
  const id = randomUUID();
  await db.execute(sql`insert into opinion_conversations (id, space_id, slug, title, topic, next_tid, next_pid, votes_version, created_at)
    values (${id}, ${spaceId}, ${slug}, ${text}::jsonb, ${text}::jsonb, 2, ${joined.length}, ${votes.length}, '2026-11-30T00:00:00Z')`);
  for (const [tid, words] of ['Một', 'Hai'].entries()) {
    await db.execute(sql`insert into opinion_statements (conversation_id, tid, text, normalised, status, created_at) values (${id}, ${tid}, ${words}, ${words.toLowerCase()}, 'approved', '2026-11-30T00:00:00Z')`);
  }
  for (const [pid, at] of joined.entries()) {
    await db.execute(sql`insert into opinion_participants (conversation_id, pid, token_hash, created_at) values (${id}, ${pid}, ${randomUUID()}, ${at}::timestamptz)`);
  }
  for (const [pid, tid, value, at] of votes) {
    await db.execute(sql`insert into opinion_votes (conversation_id, pid, tid, value, voted_at) values (${id}, ${pid}, ${tid}, ${value}, ${at}::timestamptz)`);
  }
  return id;
}

describe.each(storageKinds)('participation per day after upgrading a database of the previous release on %s', (kind) => {
  let database: Database;
  let voted: string;
  let quiet: string;
  let empty: string;
  beforeAll(async () => {
    database = await databaseBefore(THIS_CHANGE, kind);
    const spaceId = randomUUID();
    await database.db.execute(sql`insert into spaces (id, slug, kind, title, summary, description) values (${spaceId}, 'y-kien-cu', 'priority-setting', ${text}::jsonb, ${text}::jsonb, ${text}::jsonb)`);
    voted = await oldConversation(
      database.db,
      spaceId,
      'cu-1',
      // 23:59 on 30/11 in Hà Nội; 00:00 on 1/12; 06:30 on 2/12
      ['2026-11-30T16:59:00Z', '2026-11-30T17:00:00Z', '2026-12-01T23:30:00Z'],
      [
        [0, 0, 1, '2026-11-30T16:59:30Z'], // 30/11
        [0, 1, -1, '2026-12-01T01:00:00Z'], // 1/12
        [1, 0, 1, '2026-11-30T23:30:00Z'], // 06:30 on 1/12
        [2, 1, 0, '2026-12-02T10:00:00Z'], // 2/12
      ],
    );
    quiet = await oldConversation(database.db, spaceId, 'cu-2', ['2026-12-01T05:00:00Z'], []);
    empty = await oldConversation(database.db, spaceId, 'cu-3', [], []);
    await migrateDatabase(database);
  }, 120_000);
  afterAll(() => database?.close());

  it('shows the stored votes and participants on their days in Vietnam', async () => {
    expect(await participation(database.db, voted)).toEqual([
      { day: '2026-11-30', votes: 1, participants: 1 },
      { day: '2026-12-01', votes: 2, participants: 1 },
      { day: '2026-12-02', votes: 1, participants: 1 },
    ]);
    expect(await participation(database.db, quiet)).toEqual([{ day: '2026-12-01', votes: 0, participants: 1 }]);
    expect(await participation(database.db, empty)).toEqual([]);
  });

  it('adds the votes cast after the upgrade to the same days', async () => {
    await castVote(database.db, voted, 2, 0, 1, new Date('2026-12-02T11:00:00Z'));
    await castVote(database.db, voted, 2, 1, 1, new Date('2026-12-02T17:00:00Z')); // changed, at midnight 3/12
    expect(await participation(database.db, voted)).toEqual([
      { day: '2026-11-30', votes: 1, participants: 1 },
      { day: '2026-12-01', votes: 2, participants: 1 },
      { day: '2026-12-02', votes: 2, participants: 1 },
      { day: '2026-12-03', votes: 1, participants: 0 },
    ]);
  });
});
