// Security headers (helmet's defaults plus our content security policy) on every answer. Helmet's
// headers do not depend on the request, so they are worked out once at start and then only copied:
// @fastify/helmet rebuilt the whole middleware, policy parsing included, for every request.
import type { IncomingMessage, ServerResponse } from 'node:http';
import fp from 'fastify-plugin';
import helmet, { type HelmetOptions } from 'helmet';
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

export const securityHeaders = fp(async (app: App, options: HelmetOptions) => {
  const headers = helmetHeaders(options);
  app.addHook('onRequest', async (_req, reply) => {
    reply.headers(headers);
  });
});
