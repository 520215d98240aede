// /login: email and password. On success the session changes and App sends the user back to the
// page they were asked to sign in for.
import { useRef, useState, type FormEvent } from 'react';
import { api, errorMessage } from '../../shared/api/client';
import type { DemoAccount, Me } from '../../shared/api/types';
import { useSession } from './session';
import { DemoAccounts } from './DemoAccounts';
import { useLang, useT } from '../../shared/i18n/i18n';
import './accounts.css';

export function LoginPage() {
  const t = useT();
  const { lang } = useLang();
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // The error itself is kept, not its text, so switching language re-words it.
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const passwordInput = useRef<HTMLInputElement>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!email.trim() || !password) {
      setError('missing');
      return;
    }
    setSubmitting(true);
    setError(null);
    try {
      signIn(await api<Me>('/api/auth/login', { method: 'POST', body: { email: email.trim(), password }, quiet401: true }));
    } catch (failure) {
      setError(failure);
      setSubmitting(false);
    }
  };

  const onPick = (account: DemoAccount) => {
    setEmail(account.email);
    setError(null);
    // The password is typed by the person (the demo list says it); the server never hands it out.
    passwordInput.current?.focus();
  };

  const hasError = error != null;
  return (
    <div className="login">
      <section className="panel login__panel" aria-labelledby="login-heading">
        <h1 id="login-heading">{t('login.title')}</h1>
        <p className="muted">{t('login.intro')}</p>
        {/* noValidate: our own message, in the chosen language, instead of the browser's. */}
        <form className="form" onSubmit={onSubmit} noValidate>
          <div className="field">
            <label htmlFor="login-email">{t('login.email')}</label>
            <input
              id="login-email"
              data-testid="login-email"
              type="email"
              name="email"
              autoComplete="username"
              inputMode="email"
              spellCheck={false}
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              aria-invalid={hasError || undefined}
              aria-describedby={hasError ? 'login-error' : undefined}
            />
          </div>
          <div className="field">
            <label htmlFor="login-password">{t('login.password')}</label>
            <input
              ref={passwordInput}
              id="login-password"
              data-testid="login-password"
              type="password"
              name="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              aria-invalid={hasError || undefined}
              aria-describedby={hasError ? 'login-error' : undefined}
            />
          </div>
          {hasError && (
            <p id="login-error" className="form__error" role="alert" data-testid="login-error">
              {error === 'missing' ? t('login.missing') : errorMessage(error, lang, t)}
            </p>
          )}
          <button type="submit" className="button button--primary button--block" data-testid="login-submit" disabled={submitting}>
            {submitting ? t('login.submitting') : t('login.submit')}
          </button>
        </form>
      </section>
      <DemoAccounts onPick={onPick} />
    </div>
  );
}
