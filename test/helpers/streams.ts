// Helpers for tests of live results: a server-sent-events reader, a wait for a condition, and a
// database whose queries are counted.
import type { Database } from '../../src/db/connection';

export type LiveEvent = { status: string; ballots: number; results: { scores: Record<string, number> } & Record<string, unknown> };

/** Opens a live-results stream; `next()` answers its next "results" event. */
export async function openStream(url: string, headers: Record<string, string> = {}) {
  const controller = new AbortController();
  const res = await fetch(url, { headers, signal: controller.signal });
  if (res.status !== 200) throw new Error(`stream refused: ${res.status} ${await res.text()}`);
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  return {
    contentType: res.headers.get('content-type') ?? '',
    async next(): Promise<LiveEvent> {
      for (;;) {
        const end = buffer.indexOf('\n\n');
        if (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block.split('\n').find((l) => l.startsWith('data: '));
          if (data) return JSON.parse(data.slice(6));
          continue;
        }
        const { value, done } = await reader.read();
        if (done) throw new Error('stream ended');
        buffer += decoder.decode(value, { stream: true });
      }
    },
    close: () => controller.abort(),
  };
}

/** Waits until `condition` holds, checking every 50 ms; the ceiling is generous because the machine may be busy. */
export async function waitFor(condition: () => boolean | Promise<boolean>, ceilingMs = 60_000): Promise<void> {
  const until = Date.now() + ceilingMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

const starts = new Set(['select', 'selectDistinct', 'selectDistinctOn', 'insert', 'update', 'delete', 'execute', 'transaction']);

/** The same database, with every query the app starts through it counted (a transaction counts once). */
export function countingQueries(database: Database) {
  let count = 0;
  const db = new Proxy(database.db, {
    get(target, prop, receiver) {
      if (typeof prop === 'string' && starts.has(prop)) count++;
      return Reflect.get(target, prop, receiver);
    },
  });
  return { database: { ...database, db }, count: () => count };
}
