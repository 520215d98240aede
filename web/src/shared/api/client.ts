// The one way the staff app talks to the server: same-origin fetch with the session cookie, the
// CSRF token on every state-changing request, and errors turned into ApiError.
import type { Lang, Translate } from '../i18n/i18n';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    // The server's own wording in each language; empty when the request never reached it.
    readonly vi: string = '',
    readonly en: string = '',
  ) {
    super(`${status} ${code}`);
    this.name = 'ApiError';
  }
}

// The token comes with /api/me and /api/auth/login; the session module keeps it current.
let csrfToken: string | null = null;
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

// Lets the session react once to an expired session instead of every page handling 401 itself.
let onUnauthorized: (() => void) | null = null;
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  // Login and the initial /api/me answer 401 as a normal outcome, not an expired session.
  quiet401?: boolean;
}

function send(path: string, options: RequestOptions, accept: string): Promise<Response> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  return fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  }).catch(() => {
    throw new ApiError(0, 'network');
  });
}

async function failure(response: Response, options: RequestOptions): Promise<ApiError> {
  const payload: unknown = await response.json().catch(() => null);
  if (response.status === 401 && !options.quiet401) onUnauthorized?.();
  const error = (payload as { error?: { code?: string; vi?: string; en?: string } } | null)?.error;
  return new ApiError(response.status, error?.code ?? 'http', error?.vi ?? '', error?.en ?? '');
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(path, options, 'application/json');
  if (response.status === 204) return undefined as T;
  if (!response.ok) throw await failure(response, options);
  return (await response.json().catch(() => null)) as T;
}

// A file the server makes on request with a POST (the QR sheet), so a plain link cannot fetch it:
// the same headers and errors as api(), the body kept whole, with the name the server gave it.
export async function apiFile(path: string, options: RequestOptions = {}): Promise<{ blob: Blob; filename: string | null }> {
  const response = await send(path, options, '*/*');
  if (!response.ok) throw await failure(response, options);
  const disposition = response.headers.get('content-disposition') ?? '';
  const filename = /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? null;
  return { blob: await response.blob(), filename };
}

// Text to show for a failed request, in the current language.
export function errorMessage(error: unknown, lang: Lang, t: Translate): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return t('error.network');
    const own = lang === 'vi' ? error.vi || error.en : error.en || error.vi;
    if (own) return own;
  }
  return t('error.generic');
}
