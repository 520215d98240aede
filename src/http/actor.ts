// Who is calling: resolved once per request from the session cookie or a bearer token.
import type { Role } from '../core/accounts/roles';

export type Actor = {
  userId: string | null;
  label: string;
  /** Platform-wide role (spaceId null), e.g. administrator. */
  platformRole: Role | null;
  spaceRoles: ReadonlyMap<string, Role>;
  /** 'card': a forum participant known only by the cookie set when their card's code was checked in. */
  via: 'session' | 'token' | 'admin-token' | 'card';
  csrfToken?: string;
};

export const isAdministrator = (actor: Actor) => actor.platformRole === 'administrator';

export function roleIn(actor: Actor, spaceId: string): Role | null {
  return actor.spaceRoles.get(spaceId) ?? null;
}

/** The actor DOITHOAI_ADMIN_TOKEN stands for: an administrator with no account row. */
export const automationActor: Actor = {
  userId: null,
  label: 'automation (DOITHOAI_ADMIN_TOKEN)',
  platformRole: 'administrator',
  spaceRoles: new Map(),
  via: 'admin-token',
};
