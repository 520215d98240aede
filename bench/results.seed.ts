// Seeds the results benchmark's consultations through the app's own ballot writer (the path paper
// batches and the demo take: checks, receipts, running tallies, ballot count in one transaction), a
// thousand ballots a transaction, before the server starts on the same database.
import { openDatabase, type OpenOptions } from '../src/db/connection';
import { migrateDatabase } from '../src/db/migrate';
import type { Actor } from '../src/http/actor';
import { changeStatus, createConsultation, writeBallotsWithin, type ConsultationSpec } from '../src/modules/consultations';
import { consultationSpec } from '../src/modules/consultations/consultation.schema';
import type { StoredChoice } from '../src/core/consultations/spec';
import { createRandom, type Random } from '../src/core/random';

export const OPTIONS = 10;
export const adminToken = 'bench-admin-token-0123456789abcdef';
export const adminHeaders = { authorization: `Bearer ${adminToken}` };
export const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const BATCH = 1000;
const seeder: Actor = { userId: null, label: 'results benchmark', platformRole: 'administrator', spaceRoles: new Map(), via: 'admin-token' };
const keys = Array.from({ length: OPTIONS }, (_, i) => `k${i + 1}`);

export const benchSpec = (type: 'approval' | 'ranking'): ConsultationSpec =>
  consultationSpec.parse({
    title: { vi: `Đo tốc độ kết quả (${type})`, en: `Results benchmark (${type})` },
    options: keys.map((key, i) => ({ key, title: { vi: `Phương án ${i + 1}`, en: `Option ${i + 1}` } })),
    ballot: type === 'approval' ? { type, min: 3, max: 3 } : { type },
    groups: [],
    clusters: [],
    access: 'invite',
  });

/** Three of ten, the first options a little more popular. */
function approval(random: Random): StoredChoice {
  const picked = new Set<string>();
  while (picked.size < 3) picked.add(keys[Math.min(random.int(OPTIONS), random.int(OPTIONS) + random.int(3))]);
  return { approve: [...picked] };
}

/** A whole ranking of the ten: a shuffle leaning towards the consultation's order. */
function ranking(random: Random): StoredChoice {
  const order = keys.map((key, i) => ({ key, at: i + random.next() * OPTIONS * 1.5 })).sort((a, b) => a.at - b.at);
  return { ranking: order.map((o) => [o.key]) };
}

/** Creates, opens and fills a consultation with `count` ballots; closes it unless `open`. Answers its id. */
export async function seedConsultation(where: OpenOptions, type: 'approval' | 'ranking', count: number, open = false): Promise<string> {
  const database = await openDatabase(where);
  try {
    await migrateDatabase(database);
    const { db } = database;
    const now = new Date();
    const c = await createConsultation(db, seeder, benchSpec(type), now);
    await changeStatus(db, seeder, c.id, 'open', now);
    const random = createRandom(count + (type === 'approval' ? 1 : 2));
    for (let done = 0; done < count; done += BATCH) {
      const batch = Array.from({ length: Math.min(BATCH, count - done) }, () => ({ tokenHash: null, choice: type === 'approval' ? approval(random) : ranking(random), paper: { group: null, cluster: null } }));
      await db.transaction((tx) => writeBallotsWithin(tx, c.id, batch));
    }
    if (!open) await changeStatus(db, seeder, c.id, 'close', now);
    return c.id;
  } finally {
    await database.close();
  }
}
