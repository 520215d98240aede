// The client's address is the socket's unless DOITHOAI_TRUST_PROXY names the proxy in front: any
// client can write X-Forwarded-For, and believing it switched the per-address limits off and let the
// audit trail record whatever address the caller chose.
import { expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../../src/config';
import type { Database } from '../../src/db/connection';
import { queryRows } from '../../src/db/rows';
import type { App } from '../../src/modules/module';
import { makeUser, PASSWORD } from '../helpers/app';
import { describeApp } from '../helpers/http';

const login = (app: App, email: string, password: string, forwardedFor: string) =>
  app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'x-forwarded-for': forwardedFor }, payload: { email, password } });

async function auditedAddresses(database: Database): Promise<string[]> {
  const rows = await queryRows<{ ip: string }>(database.db, sql`select after->>'ip' as ip from audit_log where action = 'session.create' order by id`);
  return rows.map((r) => r.ip);
}

describeApp('client address without a trusted proxy', {}, (t) => {
  it('ignores X-Forwarded-For without DOITHOAI_TRUST_PROXY: the per-address limit trips and the audit shows the socket address', async () => {
    await makeUser(t.database, 'an@example.vn');
    await makeUser(t.database, 'binh@example.vn');
    expect((await login(t.app, 'an@example.vn', PASSWORD, '203.0.113.7')).statusCode).toBe(200);
    expect(await auditedAddresses(t.database)).toEqual(['127.0.0.1']);
    // Wrong passwords spread over many accounts, so only the per-address limit (10 a minute) can stop them.
    const codes: number[] = [];
    for (let i = 0; i < 20; i++) codes.push((await login(t.app, `nobody${i}@example.vn`, 'sai', `198.51.100.${i}`)).statusCode);
    expect(codes.slice(0, 9)).toEqual(Array(9).fill(401));
    expect(codes.slice(9)).toEqual(Array(11).fill(429));
  });
});

describeApp('client address behind a trusted proxy', { config: { trustProxy: loadConfig({ DOITHOAI_TRUST_PROXY: '127.0.0.1' }).trustProxy } }, (t) => {
  it('believes the header when DOITHOAI_TRUST_PROXY=127.0.0.1 names the proxy, and audits that address', async () => {
    await makeUser(t.database, 'an@example.vn');
    expect((await login(t.app, 'an@example.vn', PASSWORD, '203.0.113.7')).statusCode).toBe(200);
    expect(await auditedAddresses(t.database)).toEqual(['203.0.113.7']);
  });
});
