// Configuration from the environment, validated once at start. A bad value stops the program with
// one sentence naming the variable, before anything is opened.
import { z } from 'zod';
import { parseTrustProxy, type TrustProxy } from './core/http/trust-proxy';
import { DEFAULT_ARCHIVE_LIMITS, type ArchiveLimits } from './core/archive';

export class ConfigError extends Error {}

const schema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).optional(),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://').optional(),
  DOITHOAI_DATA: z.string().min(1).default('./data'),
  DOITHOAI_ADMIN_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  DOITHOAI_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  DOITHOAI_SECURE_COOKIES: z.enum(['true', 'false']).default('false'),
  DOITHOAI_SESSION_HOURS: z.coerce.number().positive().max(24 * 90).default(12),
  DOITHOAI_LIVE_STREAMS_PER_ADDRESS: z.coerce.number().int('must be a whole number').min(1).max(10_000).default(20),
  DOITHOAI_UPLOAD_MAX_UNPACKED_MB: z.coerce.number().int('must be a whole number').min(1).max(4095).default(DEFAULT_ARCHIVE_LIMITS.maxUnpackedBytes / 1024 / 1024),
  DOITHOAI_UPLOAD_MAX_ENTRIES: z.coerce.number().int('must be a whole number').min(1).max(65_535).default(DEFAULT_ARCHIVE_LIMITS.maxEntries),
  DOITHOAI_UPLOAD_MAX_RATIO: z.coerce.number().int('must be a whole number').min(2).max(1_000).default(DEFAULT_ARCHIVE_LIMITS.maxRatio),
  DOITHOAI_EVIDENCE_MAX_FILES: z.coerce.number().int('must be a whole number').min(1).max(100).default(10),
  DOITHOAI_OPINION_RECOMPUTE_SECONDS: z.coerce.number().min(0.01).max(3600).default(5),
  DOITHOAI_OPINION_MAPS: z.enum(['true', 'false']).default('true'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DOITHOAI_PUBLIC_URL: z
    .string()
    .refine(isPublicUrl, 'must be an http:// or https:// address without query or fragment, such as https://thamvan.example.vn')
    .transform((url) => url.replace(/\/+$/, ''))
    .optional(),
  DOITHOAI_TRUST_PROXY: z
    .string()
    .refine((text) => parseTrustProxy(text) !== null, 'must be a hop count from 1 to 10 or a comma-separated list of proxy addresses or ranges, such as 127.0.0.1,10.0.0.0/8')
    .optional(),
});

/** An address people can open: http(s), a host, no credentials, query or fragment (a path prefix is fine). */
function isPublicUrl(text: string): boolean {
  if (!/^https?:\/\/[^\s]+$/i.test(text)) return false;
  try {
    const u = new URL(text);
    return u.hostname !== '' && !u.username && !u.password && !u.search && !u.hash && !text.includes('?') && !text.includes('#');
  } catch {
    return false;
  }
}

export type Config = {
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir: string;
  adminToken?: string;
  /** Key of the contact hashes (DOITHOAI_SECRET); unset: one made once and kept in the database. */
  secret?: string;
  secureCookies: boolean;
  sessionHours: number;
  /** Live-results streams one client address may hold open at once (DOITHOAI_LIVE_STREAMS_PER_ADDRESS). */
  liveStreamsPerAddress: number;
  logLevel: string;
  /** What an uploaded .xlsx/.docx may unpack to (DOITHOAI_UPLOAD_MAX_*), checked before it is read. */
  archiveLimits: ArchiveLimits;
  /** Evidence files one progress report may carry (DOITHOAI_EVIDENCE_MAX_FILES). */
  evidenceMaxFiles: number;
  /** At most one opinion-map update per conversation this often, in seconds (DOITHOAI_OPINION_RECOMPUTE_SECONDS). */
  opinionRecomputeSeconds: number;
  /** This process computes opinion maps in the background (DOITHOAI_OPINION_MAPS; false: another process on the same database does). */
  opinionMaps: boolean;
  /**
   * Where people reach this server (no trailing slash), e.g. https://thamvan.example.vn: the base of
   * every absolute link it prints (the invitation cards' QR codes). Unset: the address of the request.
   */
  publicUrl?: string;
  /** The demo is loaded and its accounts may be shown on the sign-in page. */
  demo: boolean;
  /** Proxies whose X-Forwarded-For is believed (DOITHOAI_TRUST_PROXY); off by default. */
  trustProxy: TrustProxy;
};

/** Reads the environment (empty strings count as unset) and applies command-line overrides. */
export function loadConfig(env: NodeJS.ProcessEnv, overrides: Partial<Config> = {}): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue.path[0]);
    throw new ConfigError(
      `Biến môi trường ${name} không hợp lệ: ${issue.message} (environment variable ${name} is invalid: ${issue.message}).`,
    );
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    // The demo's accounts have a published password, so it stays on this machine unless HOST says otherwise.
    host: e.HOST ?? (overrides.demo ? '127.0.0.1' : '0.0.0.0'),
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DOITHOAI_DATA,
    adminToken: e.DOITHOAI_ADMIN_TOKEN,
    secret: e.DOITHOAI_SECRET,
    secureCookies: e.DOITHOAI_SECURE_COOKIES === 'true',
    sessionHours: e.DOITHOAI_SESSION_HOURS,
    liveStreamsPerAddress: e.DOITHOAI_LIVE_STREAMS_PER_ADDRESS,
    logLevel: e.LOG_LEVEL,
    archiveLimits: { maxUnpackedBytes: e.DOITHOAI_UPLOAD_MAX_UNPACKED_MB * 1024 * 1024, maxEntries: e.DOITHOAI_UPLOAD_MAX_ENTRIES, maxRatio: e.DOITHOAI_UPLOAD_MAX_RATIO },
    evidenceMaxFiles: e.DOITHOAI_EVIDENCE_MAX_FILES,
    opinionRecomputeSeconds: e.DOITHOAI_OPINION_RECOMPUTE_SECONDS,
    opinionMaps: e.DOITHOAI_OPINION_MAPS === 'true',
    publicUrl: e.DOITHOAI_PUBLIC_URL,
    demo: false,
    trustProxy: parseTrustProxy(e.DOITHOAI_TRUST_PROXY) ?? false,
    ...Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)),
  };
}
