// LISTEN/NOTIFY on a PostgreSQL server: one dedicated connection per process (a pooled one would
// lose its LISTEN when returned), opened at the first subscription. When the server drops it
// (restart, failover) it reconnects after a growing pause and listens again, so a process keeps
// hearing what other processes commit; while it is down, subscribers rely on their own polling.
import pg from 'pg';

export type Notify = (payload: string) => void;
/** Subscribes to a channel; answers the function that unsubscribes. */
export type Listen = (channel: string, notify: Notify) => () => void;

const MAX_PAUSE_MS = 30_000;

export class Listener {
  private readonly channels = new Map<string, Set<Notify>>();
  private client?: pg.Client;
  private pause = 250;
  private closed = false;
  private retry?: NodeJS.Timeout;
  /** Whether the connection has listened to every channel known when it connected (later ones are sent one after another). */
  private ready = false;
  private sending: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly url: string,
    private readonly warn: (message: string) => void,
  ) {}

  listen: Listen = (channel, notify) => {
    const known = this.channels.get(channel);
    const set = known ?? new Set<Notify>();
    set.add(notify);
    this.channels.set(channel, set);
    if (!this.client && !this.retry) void this.connect();
    // While it connects, the connection listens to every channel in the map, this one included.
    else if (!known && this.ready) this.send(`listen ${pg.escapeIdentifier(channel)}`);
    return () => void set.delete(notify);
  };

  async close() {
    this.closed = true;
    clearTimeout(this.retry);
    await this.client?.end().catch(() => {});
  }

  /** One statement at a time on the connection: node-postgres deprecates sending a query while another runs. */
  private send(text: string) {
    const client = this.client;
    this.sending = this.sending.then(() => client?.query(text)).catch(() => {});
  }

  private async connect() {
    this.retry = undefined;
    this.ready = false;
    // Named, so that an operator sees it in pg_stat_activity (it stays idle in LISTEN all day).
    const client = new pg.Client({ connectionString: this.url, application_name: 'doithoai listener' });
    this.client = client;
    client.on('notification', (n) => this.channels.get(n.channel)?.forEach((notify) => notify(n.payload ?? '')));
    client.on('error', (err) => this.lost(client, err.message));
    client.on('end', () => this.lost(client, 'connection ended'));
    try {
      await client.connect();
      for (const channel of this.channels.keys()) await client.query(`listen ${pg.escapeIdentifier(channel)}`);
      this.ready = this.client === client;
      this.pause = 250;
    } catch (err) {
      this.lost(client, (err as Error).message);
    }
  }

  private lost(client: pg.Client, reason: string) {
    if (this.closed || this.client !== client) return;
    this.client = undefined;
    this.ready = false;
    client.end().catch(() => {});
    this.warn(`listening connection lost (${reason}); reconnecting in ${this.pause} ms`);
    this.retry = setTimeout(() => void this.connect(), this.pause);
    this.pause = Math.min(this.pause * 2, MAX_PAUSE_MS);
  }
}
