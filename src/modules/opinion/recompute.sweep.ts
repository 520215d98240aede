// Every process learns of votes another process took (several servers on one PostgreSQL database): every
// interval one query lists the open conversations whose map is older than their votes, and each is handed to
// this process's MapRecomputer (recompute.ts: one run per conversation at a time, paced) — once per
// votes_version, so a conversation below the first map's threshold, or whose update failed, is not handed
// again until it changes, as a vote in this process would do. A sweep still under way skips the next tick.

export type StaleSweep = { stop(): Promise<void> };
export type StaleFinder = () => Promise<{ id: string; votesVersion: number }[]>;

/** `find` is map.store's staleOpenConversations on the process's database. */
export function sweepStaleMaps(find: StaleFinder, intervalMs: number, hand: (conversationId: string) => void, onError: (err: unknown) => void): StaleSweep {
  let handed = new Map<string, number>();
  let running: Promise<void> | null = null;
  const sweep = async () => {
    const stale = await find();
    const next = new Map<string, number>();
    for (const { id, votesVersion } of stale) {
      if (handed.get(id) !== votesVersion) hand(id);
      next.set(id, votesVersion);
    }
    // the ones no longer listed are fresh (or closed): forgotten
    handed = next;
  };
  const timer = setInterval(() => {
    if (running) return;
    running = sweep()
      .catch(onError)
      .finally(() => (running = null));
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
