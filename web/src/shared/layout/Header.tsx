// The bar on every page: the app name (home link), who is signed in, the language switch and
// sign-out. Before sign-in only the name and the language switch are shown.
import { useState } from 'react';
import type { Me } from '../api/types';
import { errorMessage } from '../api/client';
import { Link } from 'wouter';
import { useSession } from '../../features/accounts/session';
import { useLang, usePick, useT } from '../i18n/i18n';
import { EvidenceNavLink } from '../../features/indicators/EvidenceNavLink';

export function Header({ me }: { me: Me | null }) {
  const t = useT();
  const pick = usePick();
  const { lang, setLang } = useLang();
  const { signOut } = useSession();
  const [logoutError, setLogoutError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const other = lang === 'vi' ? 'en' : 'vi';

  const onLogout = async () => {
    setBusy(true);
    setLogoutError(null);
    try {
      await signOut();
    } catch (error) {
      setLogoutError(error);
      setBusy(false);
    }
  };

  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to="/" className="brand">
          <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
            <path d="M4 7a3 3 0 0 1 3-3h12a3 3 0 0 1 3 3v7a3 3 0 0 1-3 3h-7l-5 4v-4a3 3 0 0 1-3-3z" />
            <path d="M25 11h1a3 3 0 0 1 3 3v7a3 3 0 0 1-3 3v4l-5-4h-6a3 3 0 0 1-3-3v-1h7a3 3 0 0 0 3-3z" opacity=".55" />
          </svg>
          <span className="brand__name">{t('app.name')}</span>
        </Link>
        {me && <EvidenceNavLink />}
        {me && (
          <p className="user">
            <span className="visually-hidden">{t('header.signedInAs')} </span>
            <span className="user__name" data-testid="user-name">{me.user.displayName}</span>
            {me.user.organisation && (
              <span className="user__org" title={pick(me.user.organisation.name)}>
                {pick(me.user.organisation.name)}
              </span>
            )}
          </p>
        )}
        <button
          type="button"
          className="button button--quiet site-header__lang"
          data-testid="lang-switch"
          lang={other}
          title={t('header.langSwitchTitle')}
          onClick={() => setLang(other)}
        >
          {t('header.langSwitch')}
        </button>
        {me && (
          <button type="button" className="button button--quiet site-header__logout" data-testid="logout" disabled={busy} onClick={onLogout}>
            {t('header.logout')}
          </button>
        )}
      </div>
      {logoutError != null && (
        <p className="site-header__alert" role="alert">
          {t('header.logoutFailed')} {errorMessage(logoutError, lang, t)}
        </p>
      )}
    </header>
  );
}
