// Paper forms from a cluster conference: typed in twice by two people, differences resolved by the
// facilitator, counted once — and every step in the audit trail.
import { beforeAll, expect, it } from 'vitest';
import { adminHeaders, makeUser, signIn, spaceBody, type Session } from '../helpers/app';
import { clusterConferenceSpec } from '../helpers/consultation';
import { describeApp } from '../helpers/http';

describeApp('paper ballots by double entry', {}, (t) => {
  let clerk1: Session;
  let clerk2: Session;
  let facilitator: Session;
  let id = '';
  let spaceId = '';
  beforeAll(async () => {
    spaceId = (await t.app.inject({ method: 'POST', url: '/api/spaces', headers: adminHeaders, payload: spaceBody('hoi-nghi-cum') })).json().id;
    await makeUser(t.database, 'thuky1@example.vn', { [spaceId]: 'official' });
    await makeUser(t.database, 'thuky2@example.vn', { [spaceId]: 'official' });
    await makeUser(t.database, 'daumoi@example.vn', { [spaceId]: 'facilitator' });
    [clerk1, clerk2, facilitator] = await Promise.all(['thuky1', 'thuky2', 'daumoi'].map((n) => signIn(t.app, `${n}@example.vn`)));
    id = (await t.app.inject({ method: 'POST', url: '/api/consultations', headers: adminHeaders, payload: { ...clusterConferenceSpec({ minGroupSize: 2 }), spaceId } })).json().id;
    await t.app.inject({ method: 'POST', url: `/api/consultations/${id}/open`, headers: adminHeaders });
  });

  const call = (session: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    t.app.inject({ method, url: `/api/consultations/${id}${url}`, headers: session.headers, payload });
  const results = async () => (await t.app.inject({ method: 'GET', url: `/api/consultations/${id}/results?by=cluster`, headers: adminHeaders })).json();

  it('counts a batch only after two people agree or the facilitator settles each difference, and only once', async () => {
    expect((await call(clerk1, 'POST', '/paper-batches', { key: 'dong-bac-01', forms: 3, cluster: 'dong-bac' })).statusCode).toBe(201);
    const first = [{ approve: ['r1', 'r2'] }, { approve: ['r3', 'r4', 'r5'] }, { spoilt: true }];
    const second = [{ approve: ['r2', 'r1'] }, { approve: ['r3', 'r4', 'r6'] }, { spoilt: true }];
    expect((await call(clerk1, 'PUT', '/paper-batches/dong-bac-01/entries/1', { forms: first })).statusCode).toBe(204);
    const same = await call(clerk1, 'PUT', '/paper-batches/dong-bac-01/entries/2', { forms: second });
    expect(same.statusCode).toBe(409);
    expect(same.json().error.code).toBe('paper.same_person');
    expect((await call(clerk2, 'PUT', '/paper-batches/dong-bac-01/entries/2', { forms: second })).statusCode).toBe(204);

    const shown = (await call(facilitator, 'GET', '/paper-batches/dong-bac-01')).json();
    expect(shown.comparison.map((c: { same: boolean }) => c.same)).toEqual([true, false, true]);
    expect(shown.comparison[1].first).toEqual({ choice: { approve: ['r3', 'r4', 'r5'] } });
    expect(shown.comparison[1].second).toEqual({ choice: { approve: ['r3', 'r4', 'r6'] } });

    const early = await call(facilitator, 'POST', '/paper-batches/dong-bac-01/commit');
    expect(early.statusCode).toBe(409);
    expect(early.json().error.vi).toContain('Còn phiếu số 2');
    expect((await results()).voters).toBe(0);

    expect((await call(clerk1, 'PUT', '/paper-batches/dong-bac-01/resolutions/2', { reading: { approve: ['r3', 'r4', 'r6'] } })).statusCode).toBe(403);
    expect((await call(facilitator, 'PUT', '/paper-batches/dong-bac-01/resolutions/2', { reading: { approve: ['r3', 'r4', 'r6'] } })).statusCode).toBe(204);
    const counted = await call(facilitator, 'POST', '/paper-batches/dong-bac-01/commit');
    expect(counted.statusCode).toBe(200);
    expect(counted.json()).toMatchObject({ ballots: 2, spoilt: 1 });

    const r = await results();
    expect(r.voters).toBe(2);
    expect(r.byCluster['dong-bac'].scores).toEqual({ r1: 1, r2: 1, r3: 1, r4: 1, r5: 0, r6: 1 });
    const twice = await call(facilitator, 'POST', '/paper-batches/dong-bac-01/commit');
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('paper.committed');
    expect((await results()).voters).toBe(2);

    const trail = (await t.app.inject({ method: 'GET', url: `/api/spaces/${spaceId}/audit`, headers: facilitator.headers })).json().entries;
    const steps = trail.filter((e: { entityId: string }) => e.entityId === `${id}/dong-bac-01`).map((e: { action: string; actorLabel: string }) => `${e.action} ${e.actorLabel}`);
    expect(steps.reverse()).toEqual([
      'paper.create thuky1@example.vn',
      'paper.entry1 thuky1@example.vn',
      'paper.entry2 thuky2@example.vn',
      'paper.resolve daumoi@example.vn',
      'paper.commit daumoi@example.vn',
    ]);
  });

  it('refuses an entry with a form that breaks the rules unless it is marked spoilt, naming the form', async () => {
    await call(clerk1, 'POST', '/paper-batches', { key: 'tay-nam-bo-01', forms: 2, cluster: 'tay-nam-bo' });
    const res = await call(clerk1, 'PUT', '/paper-batches/tay-nam-bo-01/entries/1', { forms: [{ approve: ['r1', 'r2'] }, { approve: ['r1', 'r2', 'r3', 'r4'] }] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.vi).toContain('Phiếu số 2');
    expect(res.json().error.en).toContain('Form 2: Choose at most 3 options (4 chosen).');
    const wrongCount = await call(clerk1, 'PUT', '/paper-batches/tay-nam-bo-01/entries/1', { forms: [{ approve: ['r1', 'r2'] }] });
    expect(wrongCount.json().error.code).toBe('paper.wrong_form_count');
  });

  it('keeps paper entry to the space’s officials and facilitators', async () => {
    const outsider = await makeUser(t.database, 'ngoai@example.vn');
    const session = await signIn(t.app, outsider.email);
    expect((await call(session, 'POST', '/paper-batches', { key: 'x-01', forms: 1 })).statusCode).toBe(403);
  });
});
