// A store for @fastify/rate-limit in the database (table rate_limits, db/rate-limit.table.ts): one
// counter per route and client address shared by every app process, where the plugin's own store
// counts per process. One statement per request both counts and, when the window has ended, starts a
// new one, so two processes never lose a hit. The database clock decides windows, so hosts whose
// clocks differ still agree. Every SWEEP_EVERY hits a process deletes the rows whose window ended,
// which keeps the table the size of the addresses seen in the last window.
import { createHash } from 'node:crypto';
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/connection';
import { queryRows } from '../db/rows';

const SWEEP_EVERY = 1000;

type Counted = { current: number; ttl: number };
type Callback = (error: Error | null, result?: Counted) => void;

/** The key as stored: a hash, so that the table holds no client address. */
const digest = (key: string) => createHash('sha256').update(key).digest('base64url');

async function hit(db: Db, key: string, windowMs: number): Promise<Counted> {
  const [row] = await queryRows<{ hits: number; ttl: number }>(
    db,
    sql`insert into rate_limits as r (key, hits, resets_at) values (${key}, 1, now() + ${windowMs} * interval '1 millisecond')
      on conflict (key) do update set
        hits = case when r.resets_at <= now() then 1 else r.hits + 1 end,
        resets_at = case when r.resets_at <= now() then excluded.resets_at else r.resets_at end
      returning r.hits, greatest(0, ceil(extract(epoch from r.resets_at - now()) * 1000))::int as ttl`,
  );
  return { current: Number(row.hits), ttl: Number(row.ttl) };
}

/** The store class the plugin instantiates (`store` option), bound to one database. */
export function databaseRateLimitStore(db: Db): FastifyRateLimitStoreCtor {
  let hits = 0;
  const sweep = () => db.execute(sql`delete from rate_limits where resets_at < now()`).catch(() => {});

  class DatabaseStore implements FastifyRateLimitStore {
    // The plugin passes its options first; they hold nothing this store needs.
    constructor(
      _options?: object,
      private readonly prefix = '',
    ) {}

    incr(key: string, callback: Callback, timeWindow: number) {
      if (++hits % SWEEP_EVERY === 0) void sweep();
      hit(db, digest(this.prefix + key), timeWindow).then((counted) => callback(null, counted), (err: Error) => callback(err));
    }

    /** One store per limited route, as the plugin's own stores do: each route counts apart. */
    child(routeOptions: object) {
      const route = (routeOptions as { routeInfo?: { method?: unknown; url?: unknown } }).routeInfo;
      return new DatabaseStore(undefined, `${String(route?.method)} ${String(route?.url)} `);
    }
  }
  return DatabaseStore;
}
