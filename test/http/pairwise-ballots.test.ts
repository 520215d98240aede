// A pairwise consultation takes its ballots through the API as the contract's other kinds do: the pairs a
// participant answered (winner first) and the ones skipped. Until the ballot body named `pairs` and
// `skipped`, the schema dropped them and every such ballot was refused as empty.
import { expect, it } from 'vitest';
import { adminHeaders } from '../helpers/app';
import { castBallot, openConsultation } from '../helpers/consultation';
import { describeApp } from '../helpers/http';

const spec = {
  title: { vi: 'So sánh từng cặp', en: 'Compare in pairs' },
  options: ['a', 'b', 'c'].map((key) => ({ key, title: { vi: `Phương án ${key}`, en: `Option ${key}` } })),
  ballot: { type: 'pairwise' },
  groups: [],
  clusters: [],
  access: 'invite',
};

describeApp('pairwise ballots through the API', {}, (t) => {
  it('stores answered and skipped pairs and counts the answered ones', async () => {
    const { id, tokens } = await openConsultation(t.app, spec, { count: 3 });
    const first = await castBallot(t.app, id, { token: tokens[0], pairs: [['a', 'b'], ['a', 'c']], skipped: [['b', 'c']] });
    expect(first.statusCode).toBe(201);
    expect(first.json().receipt).toMatch(/\S/);
    expect((await castBallot(t.app, id, { token: tokens[1], pairs: [['b', 'c']] })).statusCode).toBe(201);
    // By hand: a beat b and c once each; b beat c once; nobody preferred c.
    const results = (await t.app.inject({ method: 'GET', url: `/api/consultations/${id}/results?method=copeland`, headers: adminHeaders })).json();
    expect(results.voters).toBe(2);
    expect(results.pairwise.a.b).toBe(1);
    expect(results.pairwise.a.c).toBe(1);
    expect(results.pairwise.b.c).toBe(1);
    expect(results.pairwise.c.a).toBe(0);
    expect(results.winners).toEqual(['a']);
    // A method that needs whole rankings says so in both languages.
    const irv = await t.app.inject({ method: 'GET', url: `/api/consultations/${id}/results?method=irv`, headers: adminHeaders });
    expect(irv.statusCode).toBe(400);
    expect(irv.json().error.vi).toContain('Phương pháp "irv" không đếm được phiếu so sánh từng cặp');
    expect(irv.json().error.en).toContain('Method "irv" cannot count pairwise comparisons');
  });

  it('refuses a pair naming an unknown option and stores nothing', async () => {
    const { id, tokens } = await openConsultation(t.app, spec, { count: 1 });
    const refused = await castBallot(t.app, id, { token: tokens[0], pairs: [['a', 'z']] });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.vi).toMatch(/\S/);
    expect((await castBallot(t.app, id, { token: tokens[0], pairs: [['a', 'b']] })).statusCode).toBe(201);
  });
});
