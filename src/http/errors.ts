// Errors leave the server as { error: { code, message, vi, en } } with a 4xx status; a 5xx is a bug. A
// browser asking for one of the public pages (not /api/) gets the same sentence as a page instead — a
// phone that checks in too often sees "Quá nhiều yêu cầu…", not a line of JSON.
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { InputError } from '../core/errors';
import { message, type Localized, type MessageCode } from '../i18n/messages';
import { validationText } from '../i18n/validation';
import { messagePage } from './pages';

export class AppError extends Error {
  readonly text: Localized;
  constructor(
    readonly status: number,
    readonly code: string,
    text: Localized,
  ) {
    super(text.en);
    this.text = text;
  }

  static of(status: number, code: MessageCode, params?: Record<string, string | number>): AppError {
    return new AppError(status, code, message(code, params));
  }
}

export function errorBody(code: string, text: Localized) {
  return { error: { code, message: `${text.vi} / ${text.en}`, vi: text.vi, en: text.en } };
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setNotFoundHandler((_req, reply) => {
    const m = message('route.not_found');
    return reply.status(404).send(errorBody('route.not_found', m));
  });
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const known = toAppError(err);
    if (known && wantsPage(req)) {
      const lang = (req.query as { lang?: string } | undefined)?.lang === 'en' ? 'en' : 'vi';
      const page = messagePage(lang, message('request.refused_page')[lang], known.text[lang]);
      return reply.status(known.status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(page);
    }
    if (known) return reply.status(known.status).send(errorBody(known.code, known.text));
    req.log.error({ err }, 'unhandled error');
    return reply.status(500).send(errorBody('server.error', message('server.error')));
  });
}

/** A browser loading or posting a public page (the API answers JSON whatever is asked). */
const wantsPage = (req: FastifyRequest) => !req.url.startsWith('/api/') && (req.headers.accept ?? '').includes('text/html');

function toAppError(err: FastifyError): AppError | undefined {
  if (err instanceof AppError) return err;
  if (err instanceof InputError) {
    const en = message('request.invalid', { detail: err.message }).en;
    return new AppError(400, 'request.invalid', err.vi ? { vi: message('request.invalid', { detail: err.vi }).vi, en } : message('request.invalid', { detail: err.message }));
  }
  if (err.validation) return invalid(describeValidation(err));
  if (err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || (err.statusCode === 400 && err instanceof SyntaxError)) {
    return AppError.of(400, 'request.malformed_json');
  }
  if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return AppError.of(413, 'request.too_large');
  if (err.statusCode === 429) return AppError.of(429, 'request.rate_limited');
  if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return AppError.of(415, 'request.unsupported_type');
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
    return invalid({ vi: `lỗi ${err.code ?? err.statusCode} của máy chủ web (chi tiết tiếng Anh: ${err.message})`, en: err.message }, err.statusCode);
  }
  return undefined;
}

/** A 400 (or the given status) "invalid request" whose detail is worded separately in each language. */
function invalid(detail: Localized, status = 400): AppError {
  return new AppError(status, 'request.invalid', { vi: message('request.invalid', { detail: detail.vi }).vi, en: message('request.invalid', { detail: detail.en }).en });
}

function describeValidation(err: FastifyError): Localized {
  const first = err.validation?.[0];
  if (!first) return { vi: 'nội dung không đúng dạng', en: err.message };
  const where = `${err.validationContext ?? 'body'}${first.instancePath ? first.instancePath.replaceAll('/', '.') : ''}`;
  const text = validationText({ keyword: first.keyword, message: first.message, params: first.params as Record<string, unknown> });
  return { vi: `${where}: ${text.vi}`, en: `${where}: ${text.en}` };
}
