// The consultation calls of docs/contracts.md, end to end through HTTP.
import { expect, it } from 'vitest';
import { checkBallotList, type BallotList } from '../../src/core/consultations/receipt';
import { parseCsv } from '../../src/core/csv.reader';
import { adminHeaders } from '../helpers/app';
import { castBallot, clusterConferenceSpec, openConsultation } from '../helpers/consultation';
import { describeApp } from '../helpers/http';

describeApp('consultations over HTTP', {}, (t) => {
  /** ballots.csv read back: its stated digest and the list, as `doithoai verify` reads it. */
  const readList = (body: string) => {
    const rows = parseCsv(body).map((r) => r.fields);
    const list: BallotList = { ballots: [], receipts: [] };
    for (const [kind, group, cluster, choice, code] of rows.slice(2)) {
      if (kind === 'ballot') list.ballots.push({ group: group || null, cluster: cluster || null, choice: JSON.parse(choice) });
      else list.receipts.push(code);
    }
    return { header: rows[0], digest: rows[1][4], list };
  };
  const ballotCount = async (id: string) => (await t.app.inject({ method: 'GET', url: `/api/consultations/${id}`, headers: adminHeaders })).json().ballots;

  it('takes ballots only while open, each token once, and counts them per cluster', async () => {
    // Clusters of 3 and 2 ballots are shown only because this consultation sets its minimum at 2.
    const created = await t.app.inject({ method: 'POST', url: '/api/consultations', headers: adminHeaders, payload: clusterConferenceSpec({ minGroupSize: 2 }) });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const east = (await t.app.inject({ method: 'POST', url: `/api/consultations/${id}/invitations`, headers: adminHeaders, payload: { count: 3, cluster: 'dong-bac' } })).json().tokens;
    const south = (await t.app.inject({ method: 'POST', url: `/api/consultations/${id}/invitations`, headers: adminHeaders, payload: { count: 2, cluster: 'tay-nam-bo' } })).json().tokens;
    expect(east).toHaveLength(3);

    const early = await castBallot(t.app, id, { token: east[0], approve: ['r1', 'r2'] });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('consultation.not_open');

    expect((await t.app.inject({ method: 'POST', url: `/api/consultations/${id}/open`, headers: adminHeaders })).json()).toEqual({ status: 'open' });
    const picks = [
      [east[0], ['r1', 'r2']],
      [east[1], ['r1', 'r3', 'r4']],
      [east[2], ['r2', 'r1']],
      [south[0], ['r5', 'r6', 'r1']],
      [south[1], ['r5', 'r6']],
    ] as const;
    for (const [token, approve] of picks) {
      const res = await castBallot(t.app, id, { token, approve });
      expect(res.statusCode).toBe(201);
      expect(res.json().receipt).toMatch(/^[0-9a-f]{64}$/);
    }
    const again = await castBallot(t.app, id, { token: east[0], approve: ['r3', 'r4'] });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('ballot.token_used');

    const results = (await t.app.inject({ method: 'GET', url: `/api/consultations/${id}/results?by=cluster`, headers: adminHeaders })).json();
    expect(results.method).toBe('approval');
    expect(results.voters).toBe(5);
    expect(results.candidates).toEqual(['r1', 'r2', 'r3', 'r4', 'r5', 'r6']);
    expect(results.scores).toEqual({ r1: 4, r2: 2, r3: 1, r4: 1, r5: 2, r6: 2 });
    expect(results.ranking[0]).toEqual(['r1']);
    expect(results.byCluster['dong-bac'].scores).toEqual({ r1: 3, r2: 2, r3: 1, r4: 1, r5: 0, r6: 0 });
    expect(results.byCluster['tay-nam-bo'].scores).toEqual({ r1: 1, r2: 0, r3: 0, r4: 0, r5: 2, r6: 2 });
    const stable = (await t.app.inject({ method: 'GET', url: `/api/consultations/${id}/results?stability=200`, headers: adminHeaders })).json().stability;
    expect(stable.resamples).toBe(200);
    expect(stable.rankShares.r1.reduce((a: number, b: number) => a + b, 0)).toBeCloseTo(1, 9);

    expect((await t.app.inject({ method: 'POST', url: `/api/consultations/${id}/close`, headers: adminHeaders })).json()).toEqual({ status: 'closed' });
    const late = await castBallot(t.app, id, { token: south[0], approve: ['r1', 'r2'] });
    expect(late.statusCode).toBe(409);
    expect(await ballotCount(id)).toBe(5);
  });

  it('keeps results private until published, then public to anyone', async () => {
    const { id, tokens } = await openConsultation(t.app, clusterConferenceSpec(), { count: 1 });
    await castBallot(t.app, id, { token: tokens[0], approve: ['r1', 'r2'] });
    expect((await t.app.inject({ method: 'GET', url: `/api/consultations/${id}/results` })).statusCode).toBe(401);
    await t.app.inject({ method: 'POST', url: `/api/consultations/${id}/close`, headers: adminHeaders });
    await t.app.inject({ method: 'POST', url: `/api/consultations/${id}/publish`, headers: adminHeaders });
    const pub = await t.app.inject({ method: 'GET', url: `/api/consultations/${id}/results` });
    expect(pub.statusCode).toBe(200);
    expect(pub.json().scores.r1).toBe(1);
  });

  it.each([
    ['too many choices', { approve: ['r1', 'r2', 'r3', 'r4'] }, 'ballot.too_many_choices', 400],
    ['too few choices', { approve: ['r1'] }, 'ballot.too_few_choices', 400],
    ['unknown option', { approve: ['r1', 'r9'] }, 'ballot.unknown_option', 400],
    ['repeated option', { approve: ['r1', 'r1'] }, 'ballot.repeated_option', 400],
    ['wrong field', { ranking: [['r1'], ['r2']] }, 'ballot.wrong_field', 400],
    ['forged token', { token: 'not-a-real-token', approve: ['r1', 'r2'] }, 'ballot.token_invalid', 403],
    ['no token', { noToken: true, approve: ['r1', 'r2'] }, 'ballot.token_required', 401],
  ])('rejects a ballot with %s, in both languages, storing nothing', async (_name, body, code, status) => {
    const { id, tokens } = await openConsultation(t.app, clusterConferenceSpec(), { count: 1 });
    const { noToken, ...rest } = body as Record<string, unknown>;
    const payload = noToken || 'token' in rest ? rest : { token: tokens[0], ...rest };
    const res = await castBallot(t.app, id, payload);
    expect(res.statusCode).toBe(status);
    expect(res.json().error.code).toBe(code);
    expect(res.json().error.vi).not.toBe(res.json().error.en);
    expect(await ballotCount(id)).toBe(0);
  });

  it('rejects malformed JSON and oversized bodies without storing anything', async () => {
    const { id, tokens } = await openConsultation(t.app, clusterConferenceSpec(), { count: 1 });
    const malformed = await t.app.inject({ method: 'POST', url: `/api/consultations/${id}/ballots`, headers: { 'content-type': 'application/json' }, payload: '{"approve": [' });
    expect(malformed.statusCode).toBe(400);
    const big = await castBallot(t.app, id, { token: tokens[0], approve: ['r1', 'r2'], padding: 'x'.repeat(20_000) });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('request.too_large');
    expect(await ballotCount(id)).toBe(0);
  });

  it('publishes anonymised ballots and their receipts apart, with a digest that holds and breaks when a ballot is altered', async () => {
    const { id, tokens } = await openConsultation(t.app, clusterConferenceSpec(), { count: 4, cluster: 'dong-bac' });
    const receipts = [];
    for (const [i, token] of tokens.entries()) receipts.push((await castBallot(t.app, id, { token, approve: ['r1', `r${i + 2}`] })).json().receipt);
    const csv = await t.app.inject({ method: 'GET', url: `/api/consultations/${id}/ballots.csv`, headers: adminHeaders });
    expect(csv.headers['content-type']).toContain('text/csv');
    const { header, digest, list } = readList(csv.body);
    expect(header).toEqual(['kind', 'group', 'cluster', 'choice', 'code']);
    expect(csv.headers['x-ballots-digest']).toBe(digest);
    expect(csv.body).not.toContain(tokens[0]);
    expect(list.receipts).toEqual([...receipts].sort());
    expect(checkBallotList(id, list, digest)).toBeNull();
    list.ballots[3].choice = { approve: ['r1', 'r6'] };
    expect(checkBallotList(id, list, digest)).toMatchObject({ code: 'digest' });
  });

  it('accepts exactly one of 100 concurrent ballots sent with one token', async () => {
    const { id, tokens } = await openConsultation(t.app, clusterConferenceSpec(), { count: 1 });
    const all = await Promise.all(Array.from({ length: 100 }, () => castBallot(t.app, id, { token: tokens[0], approve: ['r1', 'r2'] })));
    const statuses = all.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(99);
    expect(await ballotCount(id)).toBe(1);
  });

  it('keeps one ballot and one receipt per voter when 300 voters and their repeats arrive at once, batches overlapping', async () => {
    const { id, tokens } = await openConsultation(t.app, clusterConferenceSpec(), { count: 300 });
    const sent = [...tokens, ...tokens.slice(0, 50)].map((token, i) => castBallot(t.app, id, { token, approve: ['r1', `r${(i % 5) + 2}`] }));
    const answers = await Promise.all(sent);
    expect(answers.filter((r) => r.statusCode === 201)).toHaveLength(300);
    expect(answers.filter((r) => r.statusCode === 409)).toHaveLength(50);
    const csv = await t.app.inject({ method: 'GET', url: `/api/consultations/${id}/ballots.csv`, headers: adminHeaders });
    const { digest, list } = readList(csv.body);
    expect(list.ballots).toHaveLength(300);
    expect(checkBallotList(id, list, digest)).toBeNull();
    expect(list.receipts).toEqual(answers.filter((r) => r.statusCode === 201).map((r) => r.json().receipt).sort());
  });

  it('weights stakeholder groups by their declared share', async () => {
    const spec = clusterConferenceSpec({
      minGroupSize: 2,
      groups: [
        { key: 'citizens', title: { vi: 'Người dân', en: 'Citizens' }, weight: 0.5 },
        { key: 'departments', title: { vi: 'Sở ngành', en: 'Departments' }, weight: 0.5 },
      ],
    });
    const citizens = await openConsultation(t.app, spec, { count: 3, group: 'citizens' });
    const departments = (await t.app.inject({ method: 'POST', url: `/api/consultations/${citizens.id}/invitations`, headers: adminHeaders, payload: { count: 2, group: 'departments' } })).json().tokens;
    for (const token of citizens.tokens) await castBallot(t.app, citizens.id, { token, approve: ['r1', 'r2'] });
    for (const token of departments) await castBallot(t.app, citizens.id, { token, approve: ['r3', 'r4'] });
    const results = (await t.app.inject({ method: 'GET', url: `/api/consultations/${citizens.id}/results?by=group`, headers: adminHeaders })).json();
    // Three citizens and two departments, each group half of the weight: r1 and r3 tie.
    expect(results.scores.r1).toBeCloseTo(results.scores.r3, 9);
    expect(results.byGroup.citizens.scores.r1).toBe(3);
  });
});
