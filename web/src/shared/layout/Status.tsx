// What a page shows while it waits for the server, or when the server said no.
import { ApiError, errorMessage } from '../api/client';
import { useLang, useT } from '../i18n/i18n';

export function Loading() {
  const t = useT();
  return (
    <p className="status-line" role="status">
      <span className="spinner" aria-hidden="true" />
      {t('common.loading')}
    </p>
  );
}

export function ErrorNote({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  const { lang } = useLang();
  // Asking again helps after a network or server failure, not after "not found" or "not allowed".
  const worthRetrying = !(error instanceof ApiError && error.status >= 400 && error.status < 500);
  return (
    <div className="error-note" role="alert">
      <p>{errorMessage(error, lang, t)}</p>
      {onRetry && worthRetrying && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
