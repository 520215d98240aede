// An open consultation: anyone may vote, once, after proving a phone number or e-mail with a code.
import { beforeAll, expect, it } from 'vitest';
import { adminHeaders } from '../helpers/app';
import { castBallot, clusterConferenceSpec, openConsultation } from '../helpers/consultation';
import { describeApp } from '../helpers/http';

describeApp('open consultations with one-time codes', {}, (t) => {
  const sent: { contact: string; code: string }[] = [];
  beforeAll(async () => {
    // The development sender writes codes to the log; read them back from there, as a developer would.
    t.app.log.info = ((obj: { contact?: string; code?: string }) => {
      if (obj?.code) sent.push({ contact: obj.contact!, code: obj.code });
    }) as typeof t.app.log.info;
  });
  const post = (url: string, payload: object) => t.app.inject({ method: 'POST', url, payload, remoteAddress: `10.0.0.${sent.length + 1}` });

  it('gives a verified person one voting token, and only one', async () => {
    const { id } = await openConsultation(t.app, clusterConferenceSpec({ access: 'open' }), { count: 1 });
    expect((await castBallot(t.app, id, { approve: ['r1', 'r2'] })).json().error.code).toBe('ballot.token_required');
    expect((await post(`/api/consultations/${id}/verification`, { contact: '+84 912 345 678' })).statusCode).toBe(202);
    const { code } = sent.at(-1)!;
    // The code goes to the number in E.164, the form every spelling of it is folded into.
    expect(sent.at(-1)!.contact).toBe('+84912345678');
    const wrong = await post(`/api/consultations/${id}/verification/confirm`, { contact: '0912345678', code: code === '000000' ? '111111' : '000000' });
    expect(wrong.json().error.code).toBe('verify.wrong_code');
    const ok = await post(`/api/consultations/${id}/verification/confirm`, { contact: '0912 345 678', code });
    expect(ok.statusCode).toBe(201);
    const { token } = ok.json();
    expect((await castBallot(t.app, id, { token, approve: ['r1', 'r2'] })).statusCode).toBe(201);
    const again = await post(`/api/consultations/${id}/verification`, { contact: '0912345678' });
    expect(again.json().error.code).toBe('verify.already_voted');
    const detail = await t.app.inject({ method: 'GET', url: `/api/consultations/${id}`, headers: adminHeaders });
    expect(detail.json().ballots).toBe(1);
  });

  it('stops guessing after five wrong codes, and refuses codes for invitation-only consultations', async () => {
    const { id } = await openConsultation(t.app, clusterConferenceSpec({ access: 'open' }), { count: 1 });
    await post(`/api/consultations/${id}/verification`, { contact: 'lan@example.vn' });
    const { code } = sent.at(-1)!;
    const guess = code === '999999' ? '999998' : '999999';
    for (let i = 0; i < 5; i++) await post(`/api/consultations/${id}/verification/confirm`, { contact: 'lan@example.vn', code: guess });
    const locked = await post(`/api/consultations/${id}/verification/confirm`, { contact: 'lan@example.vn', code });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('verify.locked');
    const invite = await openConsultation(t.app, clusterConferenceSpec(), { count: 1 });
    expect((await post(`/api/consultations/${invite.id}/verification`, { contact: 'lan@example.vn' })).json().error.code).toBe('verify.not_open_access');
    expect((await post(`/api/consultations/${id}/verification`, { contact: '12345' })).json().error.code).toBe('verify.bad_phone');
    expect((await post(`/api/consultations/${id}/verification`, { contact: 'no contact' })).json().error.code).toBe('verify.bad_contact');
  });
});
