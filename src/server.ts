// Builds the Fastify app: shared plugins, then every module's routes from src/modules/index.ts,
// then the staff web app. Nothing here knows what a module does.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fastify from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import { headerOptions, securityHeaders } from './http/security-headers';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config';
import { redactLogLine } from './core/http/log-redaction';
import { trustProxyOption } from './core/http/trust-proxy';
import type { Database } from './db/connection';
import { authPlugin } from './http/auth.plugin';
import { errorBody, installErrorHandling } from './http/errors';
import { openApiTransform, openApiTransformObject } from './http/openapi';
import { databaseRateLimitStore } from './http/rate-limit.store';
import { acceptEmptyJson } from './http/json-body';
import { message } from './i18n/messages';
import { modules } from './modules';
import type { App, Deps } from './modules/module';

const webDist = fileURLToPath(new URL('../web/dist', import.meta.url));

/** Where log lines go when logging is on: standard output unless a test reads them. */
export type LogStream = { write(line: string): unknown };

export type BuildOptions = { database: Database; config: Config; now?: () => Date; logger?: boolean; logStream?: LogStream };

export async function buildApp({ database, config, now = () => new Date(), logger = false, logStream }: BuildOptions): Promise<App> {
  const out = logStream ?? process.stdout;
  const app = Fastify({
    // Every line passes through redactLogLine: no ballot token or secret query value reaches the log.
    logger: logger || logStream ? { level: config.logLevel, stream: { write: (line: string) => out.write(redactLogLine(line)) } } : false,
    bodyLimit: 1_048_576,
    // Off unless DOITHOAI_TRUST_PROXY names the proxies: otherwise any client could pick its own address.
    trustProxy: trustProxyOption(config.trustProxy),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);
  acceptEmptyJson(app);

  const deps: Deps = { db: database.db, twoStep: database.twoStep, listen: database.listen, config, now };
  await app.register(cookie);
  await app.register(securityHeaders, headerOptions(config));
  // Counters in the database: every app process and host counts one limit per client address.
  await app.register(rateLimit, { global: false, store: databaseRateLimitStore(database.db), errorResponseBuilder: () => ({ statusCode: 429, ...errorBody('request.rate_limited', message('request.rate_limited')) }) });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Đối Thoại API', version: '0.1.0', description: 'Vietnamese-first platform for local development priorities' },
      tags: modules.map((m) => ({ name: m.id, description: m.description })),
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
    transform: openApiTransform,
    transformObject: openApiTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  await app.register(authPlugin, deps);

  app.get('/health', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  for (const module of modules) await module.routes?.(app, deps);
  await serveWebApp(app);
  return app;
}

/** The React staff app from web/dist; any non-API path gets index.html so client-side routes survive a reload. */
async function serveWebApp(app: App) {
  if (!existsSync(webDist)) {
    app.get('/', { schema: { hide: true } }, async (_req, reply) =>
      reply.type('text/plain; charset=utf-8').send('Giao diện chưa được dựng: chạy `npm run build:web` (the web app is not built: run `npm run build:web`).'),
    );
    return;
  }
  await app.register(fastifyStatic, { root: webDist, wildcard: false });
  app.get('/*', { schema: { hide: true } }, async (req, reply) => {
    if (req.url.startsWith('/api/')) return reply.status(404).send(errorBody('route.not_found', message('route.not_found')));
    return reply.sendFile('index.html');
  });
}
