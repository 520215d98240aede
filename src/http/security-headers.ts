// Security headers (helmet's defaults plus our content security policy) on every answer. Helmet's
// headers do not depend on the request, so they are worked out once at start and then only copied:
// @fastify/helmet rebuilt the whole middleware, policy parsing included, for every request.
import type { IncomingMessage, ServerResponse } from 'node:http';
import fp from 'fastify-plugin';
import helmet, { type HelmetOptions } from 'helmet';
import type { Config } from '../config';
import type { App } from '../modules/module';

/** The headers helmet would set on any response, as a plain object. */
export function helmetHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: string | number | readonly string[]) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  };
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (err?: unknown) => {
    if (err) throw err;
  });
  return headers;
}

/**
 * Our policy for this deployment. Upgrading requests to https and HSTS are right only where https is
 * actually served: on a plain-http LAN address they make the browser fetch the staff app's scripts
 * and post the ballot form over https, which nothing answers (a blank page, a dead button).
 */
export function headerOptions(config: Pick<Config, 'publicUrl' | 'secureCookies'>): HelmetOptions {
  const https = config.secureCookies || /^https:/i.test(config.publicUrl ?? '');
  return {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        upgradeInsecureRequests: https ? [] : null,
      },
    },
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  };
}

export const securityHeaders = fp(async (app: App, options: HelmetOptions) => {
  const headers = helmetHeaders(options);
  app.addHook('onRequest', async (_req, reply) => {
    reply.headers(headers);
  });
});
