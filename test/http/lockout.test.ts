// Password guessing is limited per account, whatever address the guesses come from: after five
// failures the account is locked for 1, 2, 4 … minutes, kept in the database so that every app
// process behind the proxy sees the same lock. Time passes through the app's clock, not by waiting.
import { beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { makeUser, PASSWORD } from '../helpers/app';
import { describeApp } from '../helpers/http';

describeApp('sign-in lockout', { config: { trustProxy: loadConfig({ DOITHOAI_TRUST_PROXY: '127.0.0.1' }).trustProxy }, clock: new Date('2026-05-04T08:00:00Z') }, (t) => {
  const later = (seconds: number) => (t.clock = new Date(t.clock.getTime() + seconds * 1000));
  let n = 0;
  // Every request from a different address, as a botnet or a forged header behind a trusted proxy would.
  const login = (email: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'x-forwarded-for': `198.51.${Math.floor(++n / 250)}.${n % 250}` }, payload: { email, password } });

  beforeAll(async () => {
    await makeUser(t.database, 'lan@example.vn');
    await makeUser(t.database, 'minh@example.vn');
  });

  it('answers 429 to 183 guesses from rotating addresses after the fifth, refuses the right password during the lock, and lets it in after', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 183; i++) codes.push((await login('LAN@example.vn ', `doan-${i}`)).statusCode);
    expect(codes.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(codes.slice(5).every((c) => c === 429)).toBe(true);

    const locked = await login('lan@example.vn', PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error).toMatchObject({
      code: 'auth.locked',
      vi: 'Đăng nhập sai quá nhiều lần nên tài khoản này tạm bị khóa; hãy thử lại sau 1 phút.',
      en: 'Too many failed sign-ins, so this account is locked for now; try again in 1 min.',
    });
    expect(locked.headers['retry-after']).toBe('60');
    expect(locked.cookies).toEqual([]);
    // Another account is not touched by the lock on this one.
    expect((await login('minh@example.vn', PASSWORD)).statusCode).toBe(200);

    later(61);
    expect((await login('lan@example.vn', PASSWORD)).statusCode).toBe(200);
  });

  it('doubles the lock after a further failure, and a successful sign-in starts the count again', async () => {
    later(3600);
    for (let i = 0; i < 5; i++) expect((await login('minh@example.vn', 'sai')).statusCode).toBe(401);
    later(61);
    expect((await login('minh@example.vn', 'sai')).statusCode).toBe(401);
    const twice = await login('minh@example.vn', PASSWORD);
    expect(twice.json().error.vi).toContain('hãy thử lại sau 2 phút');
    later(121);
    expect((await login('minh@example.vn', PASSWORD)).statusCode).toBe(200);
    // Counted afresh: four wrong passwords lock nothing.
    for (let i = 0; i < 4; i++) expect((await login('minh@example.vn', 'sai')).statusCode).toBe(401);
    expect((await login('minh@example.vn', PASSWORD)).statusCode).toBe(200);
  });
});
