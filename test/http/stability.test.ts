// Bootstrap stability under anonymous load (issue 11, finding 6; issue 13): an anonymous request never runs
// the draws; it is answered at once with the last figure computed (or "pending") and says how
// fresh it is, while one background job per change of the ballots computes it for everyone.
import { expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/db/rows';
import { adminHeaders, testApp } from '../helpers/app';
import { castBallot, clusterConferenceSpec, openConsultation } from '../helpers/consultation';
import { describeApp } from '../helpers/http';
import { waitFor } from '../helpers/streams';

const picks = [['r1', 'r2'], ['r1', 'r3'], ['r2', 'r3'], ['r1', 'r2', 'r4']];

describeApp('stability in the background', {}, (t) => {
  async function published() {
    const { id, tokens } = await openConsultation(t.app, clusterConferenceSpec(), { count: picks.length, cluster: 'dong-bac' });
    for (const [i, approve] of picks.entries()) expect((await castBallot(t.app, id, { token: tokens[i], approve })).statusCode).toBe(201);
    await t.app.inject({ method: 'POST', url: `/api/consultations/${id}/close`, headers: adminHeaders });
    await t.app.inject({ method: 'POST', url: `/api/consultations/${id}/publish`, headers: adminHeaders });
    return id;
  }
  const anonymous = (id: string, resamples: number) => t.app.inject({ method: 'GET', url: `/api/consultations/${id}/results?stability=${resamples}` });

  it('answers an anonymous ?stability=2000 at once as pending, and later with the figure, its ballots and when it was computed', async () => {
    const id = await published();
    const first = await anonymous(id, 2000);
    expect(first.statusCode).toBe(200);
    expect(first.json().stabilityStatus).toBe('pending');
    expect(first.json().stability).toBeUndefined();
    // The count itself is there as usual: r1 approved on 3 of the 4 ballots.
    expect(first.json().scores.r1).toBe(3);

    let later = first.json();
    await waitFor(async () => (later = (await anonymous(id, 2000)).json()).stabilityStatus === 'current');
    expect(later.stability.resamples).toBe(2000);
    expect(later.stability.ballots).toBe(picks.length);
    expect(later.stability.seed).toBe(picks.length);
    expect(Date.parse(later.stability.computedAt)).not.toBeNaN();
    expect(later.stability.rankShares.r1.reduce((a: number, b: number) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it('computes a figure once for everyone asking at the same time, staff (who wait for it) and strangers alike', async () => {
    const id = await published();
    const before = t.app.stabilityJobs.computed;
    const asks = [
      ...Array.from({ length: 4 }, () => t.app.inject({ method: 'GET', url: `/api/consultations/${id}/results?stability=500`, headers: adminHeaders })),
      ...Array.from({ length: 4 }, () => anonymous(id, 500)),
    ];
    const answers = (await Promise.all(asks)).map((r) => r.json());
    for (const staff of answers.slice(0, 4)) {
      expect(staff.stabilityStatus).toBe('current');
      expect(staff.stability).toEqual(answers[0].stability);
    }
    expect(t.app.stabilityJobs.computed).toBe(before + 1);
    expect((await anonymous(id, 500)).json().stability).toEqual(answers[0].stability);
    expect(t.app.stabilityJobs.computed).toBe(before + 1);
  });

  it('still refuses stability on a consultation without ballots, as a 400', async () => {
    const { id } = await openConsultation(t.app, clusterConferenceSpec(), { count: 1 });
    const res = await t.app.inject({ method: 'GET', url: `/api/consultations/${id}/results?stability=200`, headers: adminHeaders });
    expect(res.statusCode).toBe(400);
  });

  it('draws a ranking consultation’s figure when it closes, unasked, keeps it in the database, and another process serves it without drawing', async () => {
    const spec = clusterConferenceSpec({ ballot: { type: 'ranking' }, clusters: [] });
    const { id, tokens } = await openConsultation(t.app, spec, { count: 3 });
    for (const [i, ranking] of [[['r1'], ['r2']], [['r1'], ['r3']], [['r2'], ['r1']]].entries()) expect((await castBallot(t.app, id, { token: tokens[i], ranking })).statusCode).toBe(201);
    const before = t.app.stabilityJobs.computed;
    await t.app.inject({ method: 'POST', url: `/api/consultations/${id}/close`, headers: adminHeaders });
    await waitFor(async () => t.app.stabilityJobs.computed > before);
    const stored = await queryRows<{ ballots: string }>(t.database.db, sql`select ballots::text from stability_figures where consultation_id = ${id}`);
    expect(stored).toEqual([{ ballots: '3' }]);
    // Another app process on the same database: the staff app's own ask (Schulze, 200 resamples) is answered from the stored figure.
    const other = await testApp(t.database);
    try {
      const res = await other.inject({ method: 'GET', url: `/api/consultations/${id}/results?stability=200`, headers: adminHeaders });
      expect(res.json()).toMatchObject({ method: 'schulze', stabilityStatus: 'current', stability: { resamples: 200, ballots: 3, seed: 3 } });
      expect(other.stabilityJobs.computed).toBe(0);
    } finally {
      await other.close();
    }
  });
});
