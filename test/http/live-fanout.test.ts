// Anonymous load on live results (issue 11, finding 6): however many screens watch a consultation,
// its hub asks the database once a tick and counts each change once; one address may hold only so
// many streams open.
import { beforeAll, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection';
import { adminHeaders } from '../helpers/app';
import { castBallot, clusterConferenceSpec, openConsultation } from '../helpers/consultation';
import { describeApp } from '../helpers/http';
import { countingQueries, openStream, waitFor } from '../helpers/streams';

// The app's database counts its queries; each storage kind's block counts afresh.
let queries = () => 0;
const counting = (database: Database) => {
  const counted = countingQueries(database);
  queries = counted.count;
  return counted.database;
};

// No opinion-map background (its periodic sweep is a query too): the queries counted are the live results' alone.
describeApp('live results fanned out', { config: { liveStreamsPerAddress: 100, opinionMaps: false }, wrap: counting }, (t) => {
  let base = '';
  beforeAll(async () => {
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });

  it('asks the database once a tick for 50 open streams (none for each joining), and sends every stream the result of a new ballot', async () => {
    const { id, tokens } = await openConsultation(t.app, clusterConferenceSpec(), { count: 2, cluster: 'dong-bac' });
    await castBallot(t.app, id, { token: tokens[0], approve: ['r1', 'r2'] });
    const url = `${base}/api/consultations/${id}/live`;
    const first = await openStream(url, adminHeaders);
    expect((await first.next()).ballots).toBe(1);
    // The other 49 screens join the hub the first one started: no query of their own.
    const joining = { queries: queries(), ticks: t.app.liveHubs.stats(id)!.ticks };
    const streams = [first, ...(await Promise.all(Array.from({ length: 49 }, () => openStream(url, adminHeaders))))];
    for (const s of streams.slice(1)) expect((await s.next()).ballots).toBe(1);
    expect(t.app.liveHubs.stats(id)?.viewers).toBe(50);
    expect(queries() - joining.queries).toBeLessThanOrEqual(t.app.liveHubs.stats(id)!.ticks - joining.ticks + 1);

    // Nothing changes for a few ticks: each tick is one query for all 50 streams (one more may be under way).
    const before = { queries: queries(), ticks: t.app.liveHubs.stats(id)!.ticks, computations: t.app.liveHubs.stats(id)!.computations };
    await waitFor(() => t.app.liveHubs.stats(id)!.ticks >= before.ticks + 4);
    const ticks = t.app.liveHubs.stats(id)!.ticks - before.ticks;
    expect(queries() - before.queries).toBeLessThanOrEqual(ticks + 1);
    expect(t.app.liveHubs.stats(id)!.computations).toBe(before.computations);

    expect((await castBallot(t.app, id, { token: tokens[1], approve: ['r1', 'r3'] })).statusCode).toBe(201);
    const next = await Promise.all(streams.map((s) => s.next()));
    for (const event of next) {
      expect(event.ballots).toBe(2);
      expect(event.results.scores).toMatchObject({ r1: 2, r2: 1, r3: 1 });
    }
    // The new ballot was counted once for all 50 screens.
    expect(t.app.liveHubs.stats(id)!.computations).toBe(before.computations + 1);

    for (const s of streams) s.close();
    await waitFor(() => t.app.liveHubs.stats(id) === undefined);
  });
});

describeApp('live streams per address', {}, (t) => {
  let base = '';
  beforeAll(async () => {
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });

  it('refuses the 21st stream from one address with a 429 in Vietnamese and English, and takes one again once a stream closes', async () => {
    const { id } = await openConsultation(t.app, clusterConferenceSpec(), { count: 1 });
    const url = `${base}/api/consultations/${id}/live`;
    const streams = await Promise.all(Array.from({ length: 20 }, () => openStream(url, adminHeaders)));
    const refused = await fetch(url, { headers: adminHeaders });
    expect(refused.status).toBe(429);
    const { error } = await refused.json();
    expect(error.code).toBe('live.too_many_streams');
    expect(error.vi).toBe('Địa chỉ này đã mở 20 luồng kết quả trực tiếp, mức tối đa cho phép; hãy đóng bớt một màn hình rồi thử lại.'.normalize('NFC'));
    expect(error.en).toContain('20 live results streams');

    streams[0].close();
    await waitFor(() => t.app.liveHubs.stats(id)?.viewers === 19);
    const again = await openStream(url, adminHeaders);
    for (const s of [...streams.slice(1), again]) s.close();
  });
});
