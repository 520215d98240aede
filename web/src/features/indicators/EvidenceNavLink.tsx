// "Bằng chứng" in the header, for everyone signed in. Its place in the header's grid is set in
// header-link.css, only when the link is there, so the header without it is unchanged.
import { Link, useRoute } from 'wouter';
import { useT } from '../../shared/i18n/i18n';
import './header-link.css';

export function EvidenceNavLink() {
  const t = useT();
  const [here] = useRoute('/evidence/*?');
  return (
    <Link to="/evidence" className="button button--quiet site-header__evidence" aria-current={here ? 'page' : undefined} data-testid="nav-evidence">
      {t('evidence.nav.header')}
    </Link>
  );
}
