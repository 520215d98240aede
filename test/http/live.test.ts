// The projector view's feed: a ballot cast shows up in the live results stream within seconds.
import { beforeAll, expect, it } from 'vitest';
import { adminHeaders, testApp } from '../helpers/app';
import { castBallot, clusterConferenceSpec, openConsultation } from '../helpers/consultation';
import { describeApp } from '../helpers/http';
import { openStream } from '../helpers/streams';

describeApp('live results', {}, (t) => {
  let base = '';
  beforeAll(async () => {
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });

  it('streams the results again after each new ballot', async () => {
    const { id, tokens } = await openConsultation(t.app, clusterConferenceSpec(), { count: 2, cluster: 'dong-bac' });
    await castBallot(t.app, id, { token: tokens[0], approve: ['r1', 'r2'] });
    const stream = await openStream(`${base}/api/consultations/${id}/live`, adminHeaders);
    expect(stream.contentType).toContain('text/event-stream');
    const first = await stream.next();
    expect(first.ballots).toBe(1);
    await castBallot(t.app, id, { token: tokens[1], approve: ['r1', 'r3'] });
    const second = await stream.next();
    expect(second.ballots).toBe(2);
    expect(second.results.scores).toMatchObject({ r1: 2, r2: 1, r3: 1 });
    expect(Object.keys(second.results.byCluster as object)).toEqual(['dong-bac', 'tay-nam-bo']);
    stream.close();
  });

  it('ends open streams when the server shuts down', async () => {
    const { id } = await openConsultation(t.app, clusterConferenceSpec(), { count: 1 });
    const other = await testApp(t.database);
    const otherBase = await other.listen({ port: 0, host: '127.0.0.1' });
    const res = await fetch(`${otherBase}/api/consultations/${id}/live`, { headers: adminHeaders });
    const reader = res.body!.getReader();
    await reader.read();
    await other.close();
    let done = false;
    while (!done) done = (await reader.read()).done;
    expect(done).toBe(true);
  });

  it('keeps an unpublished consultation’s stream from strangers', async () => {
    const { id } = await openConsultation(t.app, clusterConferenceSpec(), { count: 1 });
    expect((await fetch(`${base}/api/consultations/${id}/live`)).status).toBe(401);
  });
});
