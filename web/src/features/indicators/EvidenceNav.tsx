// The evidence hub's own tabs: rankings and maps, comparison, the index → priority area mapping, and — for
// administrators — the import.
import { Link } from 'wouter';
import { useSession } from '../accounts/session';
import { useT } from '../../shared/i18n/i18n';
import { links } from './api';
import { isAdministrator } from './roles';

export function EvidenceNav({ current }: { current: 'ranking' | 'compare' | 'mapping' | 'import' | 'profile' }) {
  const t = useT();
  const { state } = useSession();
  const admin = state.status === 'signed-in' && isAdministrator(state.me);
  const tabs = [
    { key: 'ranking', to: links.ranking(), label: t('evidence.nav.ranking') },
    { key: 'compare', to: '/evidence/compare', label: t('evidence.nav.compare') },
    { key: 'mapping', to: links.mapping, label: t('evidence.nav.mapping') },
    ...(admin ? [{ key: 'import', to: links.import, label: t('evidence.nav.import') }] : []),
  ];
  return (
    <nav className="ev-tabs" aria-label={t('evidence.nav.label')}>
      {tabs.map((tab) => (
        <Link key={tab.key} to={tab.to} className="ev-tabs__tab" aria-current={tab.key === current ? 'page' : undefined} data-testid={`evidence-tab-${tab.key}`}>
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
