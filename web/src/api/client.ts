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

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(0, 'network');
  }
  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => null);
  if (response.ok) return payload as T;

  if (response.status === 401 && !options.quiet401) onUnauthorized?.();
  const error = (payload as { error?: { code?: string; vi?: string; en?: string } } | null)?.error;
  throw new ApiError(response.status, error?.code ?? 'http', error?.vi ?? '', error?.en ?? '');
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
