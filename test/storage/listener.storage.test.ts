// LISTEN/NOTIFY between processes (db/listener.ts): a notification committed on another connection
// reaches the subscriber, and after the server drops the listening connection it reconnects and
// hears again — a live view must not go deaf for good because PostgreSQL restarted.
import pg from 'pg';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { Listener } from '../../src/db/listener';
import { waitFor } from '../helpers/streams';

const url = inject('postgresUrl');
const sender = new pg.Client({ connectionString: url });
const warnings: string[] = [];
const listener = new Listener(url, (m) => warnings.push(m));
const heard: string[] = [];
// A channel of this test's own, so other test files notifying 'ballots' on the server do not reach it.
const channel = `ballots_test_${process.pid}`;

beforeAll(() => sender.connect());
afterAll(async () => {
  await listener.close();
  await sender.end();
});

const notify = (payload: string) => sender.query('select pg_notify($1, $2)', [channel, payload]);

it('hears a notification committed on another connection, and only on its channel', async () => {
  listener.listen(channel, (payload) => heard.push(payload));
  // The listening connection opens at the first subscription: notify until it is there to hear.
  await waitFor(async () => (await notify('first'), heard.includes('first')));
  await sender.query(`select pg_notify('another_channel_${process.pid}', 'not for it')`);
  await notify('second');
  await waitFor(() => heard.includes('second'));
  expect(heard).not.toContain('not for it');
});

it('reconnects and listens again after the server ends its connection', async () => {
  const ended = await sender.query(`select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'doithoai listener' and query like 'listen%${channel}%'`);
  expect(ended.rowCount).toBe(1);
  await waitFor(async () => (await notify('after'), heard.includes('after')));
  expect(warnings.join('\n')).toContain('listening connection lost');
});
