// `/`: the spaces the signed-in user can see, as cards that stack on a phone.
import type { SpaceSummary } from '../../shared/api/types';
import { useApi } from '../../shared/api/useApi';
import { SpaceCard } from './SpaceCard';
import { ErrorNote, Loading } from '../../shared/layout/Status';
import { useT } from '../../shared/i18n/i18n';
import { ModeratedPoints } from '../forums/screens/ModeratedPoints';
import './spaces.css';

export function SpacesPage() {
  const t = useT();
  const result = useApi<{ spaces: SpaceSummary[] }>('/api/spaces');
  return (
    <>
      <header className="page-head">
        <h1>{t('spaces.title')}</h1>
        <p className="lead">{t('spaces.intro')}</p>
      </header>
      <ModeratedPoints />
      {result.status === 'loading' && <Loading />}
      {result.status === 'error' && <ErrorNote error={result.error} onRetry={result.retry} />}
      {result.status === 'done' &&
        (result.data.spaces.length === 0 ? (
          <p className="empty">{t('spaces.empty')}</p>
        ) : (
          <ul className="space-list" data-testid="space-list">
            {result.data.spaces.map((space) => (
              <SpaceCard key={space.id} space={space} />
            ))}
          </ul>
        ))}
    </>
  );
}
