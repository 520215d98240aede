// A hub woken by a notification (a ballot committed in any process) recomputes at once, without
// waiting for its tick; an hour-long tick here means only the wake can have done it.
import { expect, it } from 'vitest';
import { waitFor } from '../../../test/helpers/streams';
import { LiveHubs, type Marker } from './live.hub';

it('recomputes at a wake, long before its next tick, and tells every viewer', async () => {
  let ballots = 0;
  const hubs = new LiveHubs(
    { marker: async (): Promise<Marker> => ({ ballots, status: 'open' }), snapshot: async (_id, m) => `{"ballots":${m.ballots}}`, warn: (err) => { throw err; } },
    { tickMs: 3_600_000, wakeGapMs: 0, streamsPerAddress: 5 },
  );
  const chunks: string[] = [];
  const leave = hubs.join('c1', { spaceId: null, status: 'open' }, '127.0.0.1', () => ({ write: (c) => chunks.push(c.toString()), end: () => {} }));
  await waitFor(() => chunks.length === 1);
  ballots = 3;
  hubs.wake('c1');
  hubs.wake('another consultation, not watched');
  await waitFor(() => chunks.length === 2);
  expect(chunks).toEqual(['event: results\ndata: {"ballots":0}\n\n', 'event: results\ndata: {"ballots":3}\n\n']);
  expect(hubs.stats('c1')).toMatchObject({ computations: 2 });
  leave?.();
});

it('sends every viewer of a full hall each event once and in order, letting other work in while it writes', async () => {
  let ballots = 0;
  const hubs = new LiveHubs(
    { marker: async (): Promise<Marker> => ({ ballots, status: 'open' }), snapshot: async (_id, m) => String(m.ballots), warn: (err) => { throw err; } },
    { tickMs: 3_600_000, wakeGapMs: 0, streamsPerAddress: 1000 },
  );
  const received: string[][] = [];
  let written = 0;
  let writtenWhenOtherWorkRan = -1;
  const join = () => {
    const mine: string[] = [];
    received.push(mine);
    hubs.join('c1', { spaceId: null, status: 'open' }, '127.0.0.1', () => ({
      write: (c) => {
        const event = c.toString().replace(/^event: results\ndata: (.*)\n\n$/, '$1');
        mine.push(event);
        // the first write of the first event asks for other work to run: it must not wait for all 250 writes
        if (written++ === 0) setImmediate(() => (writtenWhenOtherWorkRan = written));
        // while the second event is being written, a ballot arrives and another viewer joins
        if (event === '1' && ballots === 1) {
          ballots = 2;
          hubs.wake('c1');
          join();
        }
      },
      end: () => {},
    }));
  };
  for (let v = 0; v < 250; v++) join();
  await waitFor(() => received.every((r) => r.length === 1));
  expect(writtenWhenOtherWorkRan).toBe(100);
  ballots = 1;
  hubs.wake('c1');
  await waitFor(() => received.length === 251 && received.every((r) => r.at(-1) === '2'));
  for (const r of received.slice(0, 250)) expect(r).toEqual(['0', '1', '2']);
  // the late viewer gets the results of the moment it joined, then what follows
  expect(received[250]).toEqual(['1', '2']);
});
