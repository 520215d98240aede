// Any path the app does not know.
import { Link } from 'wouter';
import { useT } from '../i18n/i18n';

export function NotFoundPage() {
  const t = useT();
  return (
    <header className="page-head">
      <h1>{t('error.notFoundTitle')}</h1>
      <p className="lead">{t('error.notFound')}</p>
      <p>
        <Link to="/" className="button button--secondary">
          {t('error.goHome')}
        </Link>
      </p>
    </header>
  );
}
