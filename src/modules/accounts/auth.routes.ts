// Signing in and out, and "who am I".
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { SESSION_COOKIE, requireActor } from '../../http/auth.plugin';
import { AppError } from '../../http/errors';
import type { App, Deps } from '../module';
import { minutesLeft } from '../../core/accounts/lockout';
import { checkPassword, findUser } from './account.service';
import { beginAttempt, forgive, loginKey } from './lockout.service';
import { loginBody, meResponse } from './account.schema';
import { actorFromUser, endSession, signIn } from './session.service';

export async function authRoutes(app: App, deps: Deps) {
  const { db, config } = deps;

  app.post('/api/auth/login', {
    schema: { tags: ['accounts'], summary: 'Sign in with email and password', body: loginBody, response: { 200: meResponse } },
    config: { public: true, rateLimit: { max: 10, timeWindow: '1 minute' } },
    // A form on another site can post url-encoded fields here and sign the visitor in as the attacker;
    // it cannot send JSON without the browser asking this server first.
    onRequest: async (req) => {
      if (!isJson(req.headers['content-type'])) throw AppError.of(415, 'auth.json_only');
    },
    handler: async (req, reply) => {
      const now = deps.now();
      const key = loginKey(req.body.email);
      const gate = await beginAttempt(db, key, now);
      if (!gate.allowed) {
        reply.header('retry-after', Math.ceil((gate.until.getTime() - now.getTime()) / 1000));
        throw AppError.of(429, 'auth.locked', { minutes: minutesLeft(gate.until, now) });
      }
      const user = await checkPassword(db, req.body.email, req.body.password);
      if (!user) throw AppError.of(401, 'auth.invalid_credentials');
      await forgive(db, key);
      const session = await signIn(db, user, { ip: req.ip, hours: config.sessionHours }, now);
      setSessionCookie(reply, session.token, session.expiresAt, config.secureCookies);
      return presentMe(deps, { userId: user.id, csrfToken: session.csrfToken });
    },
  });

  app.post('/api/auth/logout', {
    schema: { tags: ['accounts'], summary: 'Sign out', response: { 204: z.null() } },
    handler: async (req, reply) => {
      requireActor(req);
      const token = req.cookies[SESSION_COOKIE];
      if (token) await endSession(db, token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  });

  app.get('/api/me', {
    schema: { tags: ['accounts'], summary: "The caller's account and roles", response: { 200: meResponse } },
    handler: async (req) => {
      const actor = requireActor(req);
      if (!actor.userId) {
        return { user: { id: null, email: actor.label, displayName: actor.label, organisation: null }, roles: [{ role: 'administrator' as const, spaceId: null }], csrfToken: null };
      }
      return presentMe(deps, { userId: actor.userId, csrfToken: actor.csrfToken ?? null });
    },
  });
}

async function presentMe(deps: Deps, who: { userId: string; csrfToken: string | null }) {
  const user = await findUser(deps.db, who.userId);
  if (!user) throw AppError.of(401, 'auth.required');
  const actor = await actorFromUser(deps.db, who.userId);
  const roles = [
    ...(actor.platformRole ? [{ role: actor.platformRole, spaceId: null }] : []),
    ...[...actor.spaceRoles].map(([spaceId, role]) => ({ role, spaceId })),
  ];
  return { user, roles, csrfToken: who.csrfToken };
}

const isJson = (type: string | undefined) => type?.split(';')[0].trim().toLowerCase() === 'application/json';

function setSessionCookie(reply: FastifyReply, token: string, expires: Date, secure: boolean) {
  reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure, expires });
}
