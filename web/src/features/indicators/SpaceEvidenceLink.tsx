// On a space tied to a province (the Cần Thơ demo space): a panel leading to that province's evidence
// profile. App.tsx places it after the space page, so the space page itself stays untouched.
import type { SpaceDetail } from '../../shared/api/types';
import { useApi } from '../../shared/api/useApi';
import { Link } from 'wouter';
import { useT } from '../../shared/i18n/i18n';
import { links } from './api';
import { useUnits } from './useUnits';

export function SpaceEvidenceLink({ spaceId }: { spaceId: string }) {
  const t = useT();
  const result = useApi<{ space: SpaceDetail }>(`/api/spaces/${encodeURIComponent(spaceId)}`);
  const units63 = useUnits(63);
  const locality = result.status === 'done' ? result.data.space.locality : null;
  if (!locality || !/^\d{2}$/.test(locality.code) || !units63) return null;
  // A space keeps a code and a name. Codes were reused in 2025 (80 was Long An, is Tây Ninh): the name
  // says which set the code belongs to.
  const unit = units63.get(locality.code)?.name === locality.name ? 63 : 34;
  return (
    <section className="panel" aria-labelledby="space-evidence-heading" data-testid="space-evidence">
      <h2 id="space-evidence-heading">{t('evidence.space.title')}</h2>
      <p className="muted">{t('evidence.space.intro', { name: locality.name })}</p>
      <Link to={links.profile(locality.code, unit)} className="button button--secondary" data-testid="space-evidence-link">
        {t('evidence.space.link', { name: locality.name })}
      </Link>
    </section>
  );
}
