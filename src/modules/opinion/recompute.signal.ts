// How a change that the map reads (a vote, a moderation) asks for a new map without waiting for it: the
// background recomputation of this process registers itself for its database; the services poke it after
// their transaction commits. With none registered (a command, a seed) nothing happens here, and the
// recomputation started with the server finds the stale map by its votes_version.
import type { Db } from '../../db/connection';

export type StaleListener = (conversationId: string) => void;

const listeners = new WeakMap<Db, StaleListener>();

export function onStaleMap(db: Db, listener: StaleListener): () => void {
  listeners.set(db, listener);
  return () => {
    if (listeners.get(db) === listener) listeners.delete(db);
  };
}

export function mapIsStale(db: Db, conversationId: string): void {
  listeners.get(db)?.(conversationId);
}
