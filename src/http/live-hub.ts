// Live screens fan out from one hub per watched thing (a consultation's results, a forum's questions).
// The hub checks a cheap change marker once a tick for all its viewers together, computes the event
// once when the marker moves, and writes that same event to every stream; it stops when its last
// viewer leaves. So a hall of projectors and phones costs one small query a second, not one per
// screen. A change committed in any process also wakes the hub at once (`wake`, from PostgreSQL's
// NOTIFY), at most once per `wakeGapMs`, so a burst makes a few updates a second, not one per write;
// the tick stays as the fallback (a lost notification, the embedded database).
import type { FastifyReply, FastifyRequest } from 'fastify';

/** A change marker: `version` moves whenever the event would change; `status` is kept for access checks. */
export type HubMarker = { version: string; status: string };
export type HubPorts<M extends HubMarker> = {
  /** The watched thing's change marker; undefined when it no longer exists. */
  marker: (id: string) => Promise<M | undefined>;
  /** The event data at this marker. */
  snapshot: (id: string, marker: M) => Promise<string>;
  warn: (err: unknown) => void;
};
export type Viewer = { write: (chunk: Buffer) => void; end: () => void };

// Viewers written to before the hub lets other work (a /health, a write) in: writing one event to a
// thousand sockets at once would hold the process for tens of milliseconds.
const FAN_OUT = 100;
/** What deciding who may watch needs: kept by the hub so that a hall of screens joining costs no query each. */
export type Access = { spaceId: string | null; status: string };

type Hub = {
  id: string;
  access: Access;
  viewers: Set<Viewer>;
  seen?: string;
  event?: Buffer;
  quiet: number;
  /** The fan-out under way: the next waits for it, so that every viewer gets the events in order. */
  sending: Promise<void>;
  timer?: NodeJS.Timeout;
  stopped: boolean;
  ticks: number;
  computations: number;
  /** When the last tick started, and whether a wake came while one ran. */
  startedAt: number;
  running: boolean;
  woken: boolean;
};

const KEEP_ALIVE = Buffer.from(': keep-alive\n\n');

export class LiveHub<M extends HubMarker> {
  private readonly hubs = new Map<string, Hub>();
  private readonly perAddress = new Map<string, number>();

  constructor(
    private readonly ports: HubPorts<M>,
    private readonly limits: { tickMs: number; wakeGapMs: number; streamsPerAddress: number; event: string },
  ) {}

  /**
   * Adds a viewer of `id` from `address`; `open` starts its stream. Answers the function
   * that removes it, or undefined (and opens nothing) when the address has its most streams open.
   */
  join(id: string, access: Access, address: string, open: () => Viewer): (() => void) | undefined {
    const streams = this.perAddress.get(address) ?? 0;
    if (streams >= this.limits.streamsPerAddress) return undefined;
    this.perAddress.set(address, streams + 1);
    const viewer = open();
    let hub = this.hubs.get(id);
    if (!hub) {
      hub = { id, access: { spaceId: access.spaceId, status: access.status }, viewers: new Set(), quiet: 0, sending: Promise.resolve(), stopped: false, ticks: 0, computations: 0, startedAt: 0, running: false, woken: false };
      this.hubs.set(id, hub);
      hub.viewers.add(viewer);
      void this.tick(hub);
    } else {
      hub.viewers.add(viewer);
      // A late viewer sees the current event at once, from the hub's copy (after any fan-out under way).
      const { event } = hub;
      const joined = hub;
      if (event) joined.sending = joined.sending.then(() => void (joined.viewers.has(viewer) && viewer.write(event)));
    }
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.leave(hub, viewer, address);
    };
  }

  /** The access facts of a thing someone already watches (its status as of the last tick). */
  access(id: string): Access | undefined {
    return this.hubs.get(id)?.access;
  }

  /** Wakes every watched hub whose id `matches` (e.g. a forum's hall and point screens). */
  wakeWhere(matches: (id: string) => boolean) {
    for (const id of this.hubs.keys()) if (matches(id)) this.wake(id);
  }

  /** Something changed in `id` (a write committed somewhere): check it soon rather than at the next tick. */
  wake(id: string) {
    const hub = this.hubs.get(id);
    if (!hub || hub.stopped) return;
    if (hub.running) {
      hub.woken = true;
      return;
    }
    clearTimeout(hub.timer);
    hub.timer = setTimeout(() => void this.tick(hub), this.untilGap(hub));
  }

  private untilGap(hub: Hub) {
    return Math.max(0, hub.startedAt + this.limits.wakeGapMs - Date.now());
  }

  /** Ends every stream (server shutdown: open streams never go idle on their own). */
  closeAll() {
    for (const hub of [...this.hubs.values()]) for (const viewer of [...hub.viewers]) viewer.end();
  }

  /** What a hub has done since it started, for tests and diagnostics. */
  stats(id: string): { viewers: number; ticks: number; computations: number } | undefined {
    const hub = this.hubs.get(id);
    return hub && { viewers: hub.viewers.size, ticks: hub.ticks, computations: hub.computations };
  }

  private leave(hub: Hub, viewer: Viewer, address: string) {
    const streams = (this.perAddress.get(address) ?? 1) - 1;
    if (streams > 0) this.perAddress.set(address, streams);
    else this.perAddress.delete(address);
    hub.viewers.delete(viewer);
    if (hub.viewers.size === 0) {
      hub.stopped = true;
      clearTimeout(hub.timer);
      if (this.hubs.get(hub.id) === hub) this.hubs.delete(hub.id);
    }
  }

  // Ticks follow one another (the next is set when this one ends), so a slow database never piles them up.
  private async tick(hub: Hub) {
    hub.running = true;
    hub.woken = false;
    hub.startedAt = Date.now();
    try {
      hub.ticks++;
      const marker = await this.ports.marker(hub.id);
      if (hub.stopped) return;
      if (!marker) return this.closeHub(hub);
      hub.access.status = marker.status;
      const seen = `${marker.version}/${marker.status}`;
      if (seen !== hub.seen) {
        hub.computations++;
        const data = await this.ports.snapshot(hub.id, marker);
        if (hub.stopped) return;
        hub.seen = seen;
        hub.quiet = 0;
        hub.event = Buffer.from(`event: ${this.limits.event}\ndata: ${data}\n\n`);
        this.broadcast(hub, hub.event);
      } else if (++hub.quiet % 15 === 0) this.broadcast(hub, KEEP_ALIVE); // proxies drop silent streams
    } catch (err) {
      this.ports.warn(err);
    }
    hub.running = false;
    if (!hub.stopped) hub.timer = setTimeout(() => void this.tick(hub), hub.woken ? this.untilGap(hub) : this.limits.tickMs);
  }

  /** Writes the same bytes to every viewer, FAN_OUT at a time, yielding to other work in between. */
  private broadcast(hub: Hub, chunk: Buffer) {
    hub.sending = hub.sending.then(async () => {
      const viewers = [...hub.viewers];
      for (let from = 0; from < viewers.length; from += FAN_OUT) {
        if (from > 0) await new Promise(setImmediate);
        for (const viewer of viewers.slice(from, from + FAN_OUT)) if (hub.viewers.has(viewer)) viewer.write(chunk);
      }
    });
  }

  private closeHub(hub: Hub) {
    for (const viewer of [...hub.viewers]) viewer.end();
  }
}

// A viewer that cannot keep up (a stalled connection) is dropped rather than buffered without end.
const MAX_BUFFERED = 1_000_000;

/** Opens a server-sent events stream on `reply` as a viewer of `id`; false (nothing opened) when the address has its most streams. */
export function serveStream<M extends HubMarker>(hubs: LiveHub<M>, id: string, access: Access, req: FastifyRequest, reply: FastifyReply): boolean {
  let leave: (() => void) | undefined;
  const end = () => {
    leave?.();
    reply.raw.end();
  };
  leave = hubs.join(id, access, req.ip, () => {
    reply.hijack();
    reply.raw.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive', 'x-accel-buffering': 'no' });
    req.raw.on('close', end);
    return { write: (chunk) => (reply.raw.writableLength > MAX_BUFFERED ? end() : reply.raw.write(chunk)), end };
  });
  return leave !== undefined;
}
