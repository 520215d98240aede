// Where people reach this server, for addresses printed on paper (QR cards): DOITHOAI_PUBLIC_URL when
// set (cards printed from a session on localhost must still work in the hall); otherwise the address
// the facilitator asking for the cards used (behind a proxy, its X-Forwarded-Proto and -Host).
import type { FastifyRequest } from 'fastify';
import { AppError } from './errors';

export function publicBase(req: FastifyRequest, configured: string | undefined): string {
  if (configured) return configured;
  const protocol = req.protocol === 'https' ? 'https' : 'http';
  const host = req.hostname;
  if (!/^([A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])$/.test(host)) throw AppError.of(400, 'request.invalid', { detail: 'Host header' });
  const port = req.port;
  return `${protocol}://${host}${port && port !== (protocol === 'https' ? 443 : 80) ? `:${port}` : ''}`;
}
