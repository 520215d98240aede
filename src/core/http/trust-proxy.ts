// Which proxies may tell us the client's address (X-Forwarded-For). Trusting every sender lets any
// client choose its own address and so walk past every per-address limit, so the default is none.
import { isIP } from 'node:net';

/** Fastify's `trustProxy`: off, the number of proxy hops in front of us, or the proxies' addresses/ranges. */
export type TrustProxy = false | number | string[];

/** Names proxy-addr understands for the usual private ranges. */
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);
const MAX_HOPS = 10;

/** The setting's meaning, or null when the text is neither a hop count nor a list of addresses. */
export function parseTrustProxy(text: string | undefined): TrustProxy | null {
  const value = text?.trim() ?? '';
  if (value === '') return false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return hops >= 1 && hops <= MAX_HOPS ? hops : null;
  }
  const entries = value.split(',').map((e) => e.trim());
  return entries.every(isProxyEntry) ? entries : null;
}

function isProxyEntry(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address, prefix, extra] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

/** The same, in the shape Fastify's types accept (a hop count becomes "the first n hops"). */
export function trustProxyOption(trust: TrustProxy): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof trust === 'number' ? (_address, hop) => hop < trust : trust;
}
