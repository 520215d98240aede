// An app on a test database, with helpers to make people with roles and sign them in.
import { loadConfig, type Config } from '../../src/config';
import type { Database } from '../../src/db/connection';
import type { Actor } from '../../src/http/actor';
import { createUser, grantRole } from '../../src/modules/accounts/account.service';
import type { Role } from '../../src/modules/accounts/account.table';
import type { App } from '../../src/modules/module';
import { buildApp } from '../../src/server';

export const ADMIN_TOKEN = 'test-admin-token-0123456789';
export const PASSWORD = 'correct horse battery';

const setupActor: Actor = { userId: null, label: 'test setup', platformRole: 'administrator', spaceRoles: new Map(), via: 'admin-token' };

/** `now` is the app's clock, for tests that need time to pass without waiting. */
export async function testApp(database: Database, overrides: Partial<Config> = {}, now?: () => Date): Promise<App> {
  const config = loadConfig({ DOITHOAI_ADMIN_TOKEN: ADMIN_TOKEN, LOG_LEVEL: 'silent' }, overrides);
  const app = await buildApp({ database, config, now });
  await app.ready();
  return app;
}

export const adminHeaders = { authorization: `Bearer ${ADMIN_TOKEN}` };

/** A person with the given roles: { [spaceId]: role } plus an optional platform-wide one. */
export async function makeUser(database: Database, email: string, roles: Record<string, Role> = {}, platformRole?: Role) {
  const user = await createUser(database.db, setupActor, { email, displayName: email.split('@')[0], password: PASSWORD }, new Date());
  if (platformRole) await grantRole(database.db, setupActor, { userId: user.id, spaceId: null, role: platformRole }, new Date());
  for (const [spaceId, role] of Object.entries(roles)) await grantRole(database.db, setupActor, { userId: user.id, spaceId, role }, new Date());
  return user;
}

export type Session = { headers: Record<string, string> };

/** Signs in through the API; the returned headers carry the cookie and the anti-forgery token. */
export async function signIn(app: App, email: string, password = PASSWORD): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in failed for ${email}: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'dt_session');
  return { headers: { cookie: `dt_session=${cookie?.value}`, 'x-csrf-token': res.json().csrfToken } };
}

export function spaceBody(slug: string, visibility: 'public' | 'private' = 'private') {
  return {
    slug,
    kind: 'priority-setting',
    title: { vi: `Không gian ${slug}`, en: `Space ${slug}` },
    summary: { vi: 'Tóm tắt', en: 'Summary' },
    description: { vi: 'Mô tả', en: 'Description' },
    visibility,
    phases: [{ key: 'tham-van', title: { vi: 'Tham vấn', en: 'Consultation' }, startsOn: '2026-01-01', endsOn: '2026-12-31' }],
  };
}
