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
  const leave = hubs.join('c1', { spaceId: null, status: 'open' }, '127.0.0.1', () => ({ write: (c) => chunks.push(c), end: () => {} }));
  await waitFor(() => chunks.length === 1);
  ballots = 3;
  hubs.wake('c1');
  hubs.wake('another consultation, not watched');
  await waitFor(() => chunks.length === 2);
  expect(chunks).toEqual(['event: results\ndata: {"ballots":0}\n\n', 'event: results\ndata: {"ballots":3}\n\n']);
  expect(hubs.stats('c1')).toMatchObject({ computations: 2 });
  leave?.();
});
