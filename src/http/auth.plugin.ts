// Resolves the Actor of every request (session cookie, API token or DOITHOAI_ADMIN_TOKEN) and
// enforces the anti-forgery token on state-changing requests that ride on the cookie.
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { actorFromApiToken, actorFromSession } from '../modules/accounts/session.service';
import { sameSecret } from '../modules/accounts/secrets';
import type { App, Deps } from '../modules/module';
import { automationActor, type Actor } from './actor';
import { AppError } from './errors';

export const SESSION_COOKIE = 'dt_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const authPlugin = fp(async (app: App, deps: Deps) => {
  app.decorateRequest('actor', null);
  app.addHook('preHandler', async (req: FastifyRequest) => {
    req.actor = await resolveActor(req, deps);
    if (req.actor?.via === 'session' && !SAFE_METHODS.has(req.method)) {
      const sent = req.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !sameSecret(sent, req.actor.csrfToken ?? '')) throw AppError.of(403, 'auth.csrf');
    }
  });
});

async function resolveActor(req: FastifyRequest, deps: Deps): Promise<Actor | null> {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) {
    const token = auth.slice(7).trim();
    if (deps.config.adminToken && sameSecret(token, deps.config.adminToken)) return automationActor;
    const actor = await actorFromApiToken(deps.db, token);
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
