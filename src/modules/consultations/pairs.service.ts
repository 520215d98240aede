// Pairwise consultations: how often each pair has been shown (answered or skipped), and the pairs to
// serve a participant next, least compared first.
import { randomInt } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import { leastComparedPairs, pairKey } from '../../core/consultations/pair-selection';
import { createRandom } from '../../core/random';
import { queryRows } from '../../db/rows';

const PAIRS_PER_PAGE = 5;

export async function pairsShown(db: Db, consultationId: string): Promise<Map<string, number>> {
  const rows = await queryRows<{ a: string; b: string; n: number }>(
    db,
    sql`select p->>0 as a, p->>1 as b, count(*)::int as n
        from ballots, jsonb_array_elements(coalesce(choice->'pairs', '[]'::jsonb) || coalesce(choice->'skipped', '[]'::jsonb)) as p
        where consultation_id = ${consultationId}
        group by 1, 2`,
  );
  const shown = new Map<string, number>();
  for (const { a, b, n } of rows) shown.set(pairKey(a, b), (shown.get(pairKey(a, b)) ?? 0) + n);
  return shown;
}

export async function pairsToServe(db: Db, consultationId: string, optionKeys: readonly string[]) {
  return leastComparedPairs(optionKeys, await pairsShown(db, consultationId), PAIRS_PER_PAGE, createRandom(randomInt(2 ** 31)));
}
