// Resolves the Actor of every request (session cookie, API token or DOITHOAI_ADMIN_TOKEN) before the
// body is even read: every /api route needs a signed-in caller unless it declares `config: { public: true }`.
// Enforces the anti-forgery token on state-changing requests that ride on the cookie.
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { actorFromApiToken, actorFromSession, sameSecret } from '../modules/accounts';
import type { App, Deps } from '../modules/module';
import { automationActor, type Actor } from './actor';
import { AppError } from './errors';

export const SESSION_COOKIE = 'dt_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** The route answers callers who are not signed in. */
    public?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const authPlugin = fp(async (app: App, deps: Deps) => {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (req: FastifyRequest) => {
    // Only the API acts for a signed-in person. The pages (the ballot form, public results) act on
    // the token in their address, so a staff member's cookie must neither help nor block them there.
    if (!req.url.startsWith('/api/')) return;
    req.actor = await resolveActor(req, deps);
    if (!req.actor && needsSignIn(req)) throw AppError.of(401, 'auth.required');
    if (req.actor?.via === 'session' && !SAFE_METHODS.has(req.method)) {
      const sent = req.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !sameSecret(sent, req.actor.csrfToken ?? '')) throw AppError.of(403, 'auth.csrf');
    }
  });
});

function needsSignIn(req: FastifyRequest): boolean {
  if (!req.url.startsWith('/api/') || req.url.startsWith('/api/docs') || req.is404) return false;
  return !req.routeOptions.config?.public;
}

async function resolveActor(req: FastifyRequest, deps: Deps): Promise<Actor | null> {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) {
    const token = auth.slice(7).trim();
    if (deps.config.adminToken && sameSecret(token, deps.config.adminToken)) return automationActor;
    const actor = await actorFromApiToken(deps.db, token, deps.now());
    if (!actor) throw AppError.of(401, 'auth.required');
    return actor;
  }
  const cookie = req.cookies?.[SESSION_COOKIE];
  return cookie ? actorFromSession(deps.db, cookie, deps.now()) : null;
}

/** The signed-in actor, or a 401. */
export function requireActor(req: FastifyRequest): Actor {
  if (!req.actor) throw AppError.of(401, 'auth.required');
  return req.actor;
}

export function forbidUnless(allowed: boolean): void {
  if (!allowed) throw AppError.of(403, 'auth.forbidden');
}

export type Reply = FastifyReply;
