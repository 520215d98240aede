// One-time codes are limited per contact, whatever address the guesses come from: five wrong codes
// lock the contact for a minute (then 2, 4 …), across new codes too, so asking for a fresh code does
// not buy fresh guesses. Time passes through the app's clock, not by waiting.
import { beforeAll, expect, it } from 'vitest';
import { clusterConferenceSpec, openConsultation } from '../helpers/consultation';
import { describeApp } from '../helpers/http';

describeApp('one-time code lockout', { clock: new Date() }, (t) => {
  const codes: string[] = [];
  let n = 0;
  beforeAll(async () => {
    // The development sender writes each code on its own log line; read them back from there.
    t.app.log.info = ((obj: { code?: string }) => {
      if (obj?.code) codes.push(obj.code);
    }) as typeof t.app.log.info;
  });
  const post = (url: string, payload: object) => t.app.inject({ method: 'POST', url, payload, remoteAddress: `10.1.${Math.floor(++n / 250)}.${n % 250}` });

  it('refuses the right code during the lock, even a freshly sent one, and accepts it after', async () => {
    const { id } = await openConsultation(t.app, clusterConferenceSpec({ access: 'open' }), { count: 1 });
    const ask = () => post(`/api/consultations/${id}/verification`, { contact: 'hoa@example.vn' });
    const confirm = (code: string) => post(`/api/consultations/${id}/verification/confirm`, { contact: 'hoa@example.vn', code });
    expect((await ask()).statusCode).toBe(202);
    const wrong = codes.at(-1) === '999999' ? '999998' : '999999';
    for (let i = 0; i < 5; i++) expect((await confirm(wrong)).json().error.code).toBe('verify.wrong_code');

    expect((await ask()).statusCode).toBe(202);
    const fresh = codes.at(-1)!;
    const locked = await confirm(fresh);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error).toMatchObject({
      code: 'verify.locked',
      vi: 'Nhập sai mã quá nhiều lần nên địa chỉ này tạm bị khóa; hãy thử lại sau 1 phút.',
    });

    t.clock = new Date(t.clock.getTime() + 61_000);
    const ok = await confirm(fresh);
    expect(ok.statusCode).toBe(201);
    expect(ok.json().token).toBeTruthy();
  });
});
