// How a change that the map reads (a vote, a moderation) asks for a new map without waiting for it: the
// background recomputation of this process registers itself for its database; the services poke it after
// their transaction commits. With none registered (a command, a seed) nothing happens here, and the
// recomputation started with the server finds the stale map by its votes_version.
import type { Db } from '../../db/connection';

export type StaleListener = (conversationId: string) => void;

const listeners = new WeakMap<Db, Set<StaleListener>>();

export function onStaleMap(db: Db, listener: StaleListener): () => void {
  const set = listeners.get(db) ?? listeners.set(db, new Set()).get(db)!;
  set.add(listener);
  return () => set.delete(listener);
}

export function mapIsStale(db: Db, conversationId: string): void {
  for (const listener of listeners.get(db) ?? []) listener(conversationId);
}
