// Paper forms of ranking, score and budget consultations: typed in twice, differences settled,
// counted once through the same ballot rules and writer as online ballots. Pairwise has no paper
// form. The list of batches says where each one stands.
import { beforeAll, expect, it } from 'vitest';
import { adminHeaders, makeUser, signIn, spaceBody, type Session } from '../helpers/app';
import { describeApp } from '../helpers/http';

const options = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `p${i + 1}`, title: { vi: `Phương án ${i + 1}`, en: `Option ${i + 1}` } }));
const spec = (spaceId: string, ballot: object, n = 5) => ({
  spaceId,
  title: { vi: 'Thứ tự ưu tiên đầu tư', en: 'Investment priorities' },
  options: options(n),
  ballot,
  clusters: [{ key: 'dong-bac', title: { vi: 'Cụm Đông Bắc', en: 'North-East' } }],
  access: 'invite',
  // Batches of three forms, counted per cluster: shown only because the minimum is set at 2.
  minGroupSize: 2,
});

describeApp('paper ranking, score and budget ballots', {}, (t) => {
  let clerk1: Session;
  let clerk2: Session;
  let facilitator: Session;
  let outsider: Session;
  let spaceId = '';
  beforeAll(async () => {
    spaceId = (await t.app.inject({ method: 'POST', url: '/api/spaces', headers: adminHeaders, payload: spaceBody('hoi-nghi-xep-hang') })).json().id;
    await makeUser(t.database, 'thuky1@example.vn', { [spaceId]: 'official' });
    await makeUser(t.database, 'thuky2@example.vn', { [spaceId]: 'official' });
    await makeUser(t.database, 'daumoi@example.vn', { [spaceId]: 'facilitator' });
    await makeUser(t.database, 'ngoai@example.vn');
    [clerk1, clerk2, facilitator, outsider] = await Promise.all(['thuky1', 'thuky2', 'daumoi', 'ngoai'].map((n) => signIn(t.app, `${n}@example.vn`)));
  });

  const open = async (ballot: object, n = 5) => {
    const created = await t.app.inject({ method: 'POST', url: '/api/consultations', headers: adminHeaders, payload: spec(spaceId, ballot, n) });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    expect((await t.app.inject({ method: 'POST', url: `/api/consultations/${id}/open`, headers: adminHeaders })).statusCode).toBe(200);
    const call = (session: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
      t.app.inject({ method, url: `/api/consultations/${id}${url}`, headers: session.headers, payload });
    const results = async (query: string) => (await t.app.inject({ method: 'GET', url: `/api/consultations/${id}/results?${query}`, headers: adminHeaders })).json();
    return { id, call, results };
  };

  it('double-enters a ranking batch typed as option numbers in order, settles the difference and counts it once', async () => {
    const { call, results } = await open({ type: 'ranking', min: 1, max: 5 });
    expect((await call(clerk1, 'POST', '/paper-batches', { key: 'xep-hang-01', forms: 3, cluster: 'dong-bac' })).statusCode).toBe(201);
    // "3 1 5" read as places; one clerk sends plain keys, the other one-option places: the same vote
    const first = [{ ranking: ['p3', 'p1', 'p5'] }, { ranking: ['p2', 'p1'] }, { ranking: ['p1'] }];
    const second = [{ ranking: [['p3'], ['p1'], ['p5']] }, { ranking: ['p1', 'p2'] }, { ranking: ['p1'] }];
    expect((await call(clerk1, 'PUT', '/paper-batches/xep-hang-01/entries/1', { forms: first })).statusCode).toBe(204);
    expect((await call(clerk2, 'PUT', '/paper-batches/xep-hang-01/entries/2', { forms: second })).statusCode).toBe(204);

    const shown = (await call(facilitator, 'GET', '/paper-batches/xep-hang-01')).json();
    expect(shown.comparison.map((c: { same: boolean }) => c.same)).toEqual([true, false, true]);
    expect(shown.comparison[1].first).toEqual({ choice: { ranking: [['p2'], ['p1']] } });
    expect(shown.comparison[1].second).toEqual({ choice: { ranking: [['p1'], ['p2']] } });
    expect((await call(facilitator, 'POST', '/paper-batches/xep-hang-01/commit')).statusCode).toBe(409);

    expect((await call(facilitator, 'PUT', '/paper-batches/xep-hang-01/resolutions/2', { reading: { ranking: ['p2', 'p1'] } })).statusCode).toBe(204);
    const counted = await call(facilitator, 'POST', '/paper-batches/xep-hang-01/commit');
    expect(counted.statusCode).toBe(200);
    expect(counted.json()).toMatchObject({ ballots: 3, spoilt: 0 });
    expect(counted.json().receipts).toHaveLength(3);

    const r = await results('method=plurality&by=cluster');
    expect(r.voters).toBe(3);
    expect(r.scores).toEqual({ p1: 1, p2: 1, p3: 1, p4: 0, p5: 0 });
    expect(r.byCluster['dong-bac'].voters).toBe(3);
    // p1 is above p5 on all three ballots (unranked options come last), p3 above p1 on one
    const schulze = await results('');
    expect(schulze.method).toBe('schulze');
    expect(schulze.pairwise.p1.p5).toBe(3);
    expect(schulze.pairwise.p3.p1).toBe(1);
    expect((await call(facilitator, 'POST', '/paper-batches/xep-hang-01/commit')).json().error.code).toBe('paper.committed');
    expect((await results('method=plurality')).voters).toBe(3);
    const trail = (await t.app.inject({ method: 'GET', url: `/api/spaces/${spaceId}/audit`, headers: facilitator.headers })).json().entries;
    const steps = trail.filter((e: { entityId: string }) => e.entityId.endsWith('/xep-hang-01')).map((e: { action: string; actorLabel: string }) => `${e.action} ${e.actorLabel}`);
    expect(steps.reverse()).toEqual(['paper.create thuky1@example.vn', 'paper.entry1 thuky1@example.vn', 'paper.entry2 thuky2@example.vn', 'paper.resolve daumoi@example.vn', 'paper.commit daumoi@example.vn']);
  });

  it('double-enters a score batch, one number per option, and counts the settled scores', async () => {
    const { call, results } = await open({ type: 'score', scale: 5 }, 4);
    await call(clerk1, 'POST', '/paper-batches', { key: 'cham-diem-01', forms: 3 });
    const first = [{ scores: { p1: 5, p2: 3, p3: 0, p4: 1 } }, { scores: { p1: 2, p2: 4, p3: 4, p4: 4 } }, { spoilt: true }];
    const second = [{ scores: { p4: 1, p3: 0, p2: 3, p1: 5 } }, { scores: { p1: 2, p2: 5, p3: 4, p4: 4 } }, { spoilt: true }];
    expect((await call(clerk1, 'PUT', '/paper-batches/cham-diem-01/entries/1', { forms: first })).statusCode).toBe(204);
    expect((await call(clerk2, 'PUT', '/paper-batches/cham-diem-01/entries/2', { forms: second })).statusCode).toBe(204);
    const shown = (await call(facilitator, 'GET', '/paper-batches/cham-diem-01')).json();
    expect(shown.comparison.map((c: { same: boolean }) => c.same)).toEqual([true, false, true]);
    expect((await call(facilitator, 'PUT', '/paper-batches/cham-diem-01/resolutions/2', { reading: { scores: { p1: 2, p2: 4, p3: 4, p4: 4 } } })).statusCode).toBe(204);
    expect((await call(facilitator, 'POST', '/paper-batches/cham-diem-01/commit')).json()).toMatchObject({ ballots: 2, spoilt: 1 });
    const r = await results('method=score');
    expect(r.voters).toBe(2);
    // means by hand: p1 (5+2)/2, p2 (3+4)/2, p3 (0+4)/2, p4 (1+4)/2
    expect(r.scores).toEqual({ p1: 3.5, p2: 3.5, p3: 2, p4: 2.5 });
  });

  it('refuses a repeated rank, an unknown option or a score off the scale, in Vietnamese and English, storing nothing', async () => {
    const ranking = await open({ type: 'ranking', min: 1, max: 5 });
    await ranking.call(clerk1, 'POST', '/paper-batches', { key: 'loi-01', forms: 2 });
    const repeated = await ranking.call(clerk1, 'PUT', '/paper-batches/loi-01/entries/1', { forms: [{ ranking: ['p1', 'p2'] }, { ranking: ['p3', 'p1', 'p3'] }] });
    expect(repeated.statusCode).toBe(400);
    expect(repeated.json().error.vi).toBe('Phiếu số 2: Phương án "p3" được chọn hơn một lần. Nếu phiếu giấy như vậy, hãy ghi là phiếu hỏng.');
    expect(repeated.json().error.en).toBe('Form 2: Option "p3" is chosen more than once. If the paper form is like that, enter it as spoilt.');
    const unknown = await ranking.call(clerk1, 'PUT', '/paper-batches/loi-01/entries/1', { forms: [{ ranking: ['p9'] }, { ranking: ['p1'] }] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.vi).toContain('Phiếu số 1: Phương án "p9" không có trong cuộc tham vấn.');
    expect(unknown.json().error.en).toContain('Form 1: Option "p9" is not part of the consultation.');
    const wrongField = await ranking.call(clerk1, 'PUT', '/paper-batches/loi-01/entries/1', { forms: [{ approve: ['p1'] }, { ranking: ['p1'] }] });
    expect(wrongField.statusCode).toBe(400);
    const badResolution = await ranking.call(facilitator, 'PUT', '/paper-batches/loi-01/resolutions/1', { reading: { ranking: ['p2', 'p2'] } });
    expect(badResolution.statusCode).toBe(400);
    const batch = (await ranking.call(facilitator, 'GET', '/paper-batches/loi-01')).json();
    expect(batch.entries).toEqual([]);
    expect(batch.batch.resolutions).toEqual({});

    const score = await open({ type: 'score', scale: 5 }, 4);
    await score.call(clerk1, 'POST', '/paper-batches', { key: 'loi-02', forms: 1 });
    const off = await score.call(clerk1, 'PUT', '/paper-batches/loi-02/entries/1', { forms: [{ scores: { p1: 6, p2: 1 } }] });
    expect(off.statusCode).toBe(400);
    expect(off.json().error.vi).toContain('Phiếu số 1: Điểm cho "p1" phải là số nguyên từ 0 đến 5.');
    expect(off.json().error.en).toContain('Form 1: The score for "p1" must be a whole number from 0 to 5.');
    expect((await score.call(clerk1, 'GET', '/paper-batches/loi-02')).json().entries).toEqual([]);
    expect((await score.results('method=score')).voters).toBe(0);
  });

  it('counts budget forms within the points, refusing a form that gives out more', async () => {
    const { call, results } = await open({ type: 'budget', points: 10 }, 3);
    await call(clerk1, 'POST', '/paper-batches', { key: 'ngan-sach-01', forms: 2 });
    const over = await call(clerk1, 'PUT', '/paper-batches/ngan-sach-01/entries/1', { forms: [{ scores: { p1: 6, p2: 5 } }, { scores: { p3: 10 } }] });
    expect(over.statusCode).toBe(400);
    expect(over.json().error.en).toContain('Form 1: The 11 points allocated exceed the 10 available.');
    const forms = [{ scores: { p1: 6, p2: 4 } }, { scores: { p3: 10 } }];
    expect((await call(clerk1, 'PUT', '/paper-batches/ngan-sach-01/entries/1', { forms })).statusCode).toBe(204);
    expect((await call(clerk2, 'PUT', '/paper-batches/ngan-sach-01/entries/2', { forms })).statusCode).toBe(204);
    expect((await call(facilitator, 'POST', '/paper-batches/ngan-sach-01/commit')).json()).toMatchObject({ ballots: 2, spoilt: 0 });
    expect((await results('')).voters).toBe(2);
  });

  it('has no paper form for a pairwise consultation: a clear refusal', async () => {
    const { call } = await open({ type: 'pairwise' });
    const res = await call(clerk1, 'POST', '/paper-batches', { key: 'cap-01', forms: 5 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('paper.type_unsupported');
    expect(res.json().error.vi).toContain('Phiếu so sánh từng cặp không nhập từ phiếu giấy được');
    expect(res.json().error.en).toContain('Pairwise ballots cannot be entered from paper');
    expect((await call(clerk1, 'GET', '/paper-batches')).json().batches).toEqual([]);
  });

  it('lists the batches with their forms, entries, differences and counted ballots', async () => {
    const { call } = await open({ type: 'ranking', min: 1, max: 5 });
    const rank = (...keys: string[]) => ({ ranking: keys });
    await call(clerk1, 'POST', '/paper-batches', { key: 'tap-01', forms: 2, cluster: 'dong-bac' });
    await call(clerk1, 'PUT', '/paper-batches/tap-01/entries/1', { forms: [rank('p1'), rank('p2', 'p3')] });
    await call(clerk2, 'PUT', '/paper-batches/tap-01/entries/2', { forms: [rank('p1'), rank('p3', 'p2')] });
    await call(facilitator, 'PUT', '/paper-batches/tap-01/resolutions/2', { reading: rank('p3', 'p2') });
    await call(facilitator, 'POST', '/paper-batches/tap-01/commit');
    await call(clerk1, 'POST', '/paper-batches', { key: 'tap-02', forms: 3 });
    await call(clerk1, 'PUT', '/paper-batches/tap-02/entries/1', { forms: [rank('p1'), rank('p2'), { spoilt: true }] });
    await call(clerk2, 'PUT', '/paper-batches/tap-02/entries/2', { forms: [rank('p4'), rank('p5'), { spoilt: true }] });
    await call(clerk1, 'POST', '/paper-batches', { key: 'tap-03', forms: 4 });
    await call(clerk2, 'PUT', '/paper-batches/tap-03/entries/1', { forms: [rank('p1'), rank('p2'), rank('p3'), rank('p4')] });

    const res = await call(clerk1, 'GET', '/paper-batches');
    expect(res.statusCode).toBe(200);
    const byKey = Object.fromEntries(res.json().batches.map((b: { key: string }) => [b.key, b]));
    expect(Object.keys(byKey).sort()).toEqual(['tap-01', 'tap-02', 'tap-03']);
    expect(byKey['tap-01']).toMatchObject({ status: 'committed', cluster: 'dong-bac', forms: 2, conflicts: 1, resolved: 1, ballots: 2, spoilt: 0, counted: 2 });
    expect(byKey['tap-01'].entries.map((e: { entry: number; enteredBy: string; forms: number }) => `${e.entry} ${e.enteredBy} ${e.forms}`)).toEqual(['1 thuky1@example.vn 2', '2 thuky2@example.vn 2']);
    expect(byKey['tap-01'].committedAt).toEqual(expect.any(String));
    expect(Date.parse(byKey['tap-01'].updatedAt)).toBeGreaterThanOrEqual(Date.parse(byKey['tap-01'].createdAt));
    expect(byKey['tap-02']).toMatchObject({ status: 'entering', forms: 3, conflicts: 2, resolved: 0, ballots: null, counted: 0 });
    expect(byKey['tap-03']).toMatchObject({ status: 'entering', forms: 4, conflicts: null, resolved: 0, ballots: null, counted: 0, committedAt: null });
    expect(byKey['tap-03'].entries).toHaveLength(1);
    expect((await call(outsider, 'GET', '/paper-batches')).statusCode).toBe(403);
  });
});
