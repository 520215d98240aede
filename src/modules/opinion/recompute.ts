// The background recomputation of opinion maps in one process: a conversation whose map is stale (a vote
// or a moderation poked it, or it was found stale at start) is updated at most once every
// `intervalMs` — the first change at once, the changes that follow within the interval together at its
// end; a change during a run makes one more run after it. Never in a request: the requests only poke.
// Pacing uses the machine's monotonic time (how often work runs), not the app's clock.

export type Recompute = (conversationId: string) => Promise<unknown>;

export class MapRecomputer {
  private timers = new Map<string, NodeJS.Timeout>();
  private running = new Map<string, Promise<void>>();
  private again = new Set<string>();
  private lastStart = new Map<string, number>();
  private closed = false;

  constructor(
    private readonly recompute: Recompute,
    private readonly intervalMs: number,
    private readonly onError: (err: unknown, conversationId: string) => void,
  ) {}

  stale(conversationId: string): void {
    if (this.closed) return;
    if (this.running.has(conversationId)) {
      this.again.add(conversationId);
      return;
    }
    if (this.timers.has(conversationId)) return;
    const last = this.lastStart.get(conversationId);
    const wait = last === undefined ? 0 : Math.max(0, last + this.intervalMs - performance.now());
    const timer = setTimeout(() => {
      this.timers.delete(conversationId);
      this.start(conversationId);
    }, wait);
    timer.unref();
    this.timers.set(conversationId, timer);
  }

  /** Stops scheduling and waits for the runs under way. */
  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    await Promise.allSettled([...this.running.values()]);
  }

  private start(conversationId: string) {
    if (this.closed) return;
    this.lastStart.set(conversationId, performance.now());
    const run = this.recompute(conversationId)
      .then(() => undefined)
      .catch((err) => this.onError(err, conversationId))
      .finally(() => {
        this.running.delete(conversationId);
        if (this.again.delete(conversationId)) this.stale(conversationId);
      });
    this.running.set(conversationId, run);
  }
}
