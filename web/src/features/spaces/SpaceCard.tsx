// One space in the list: the whole card is a single link to the space, so it is one tab stop.
import type { SpaceSummary } from '../../shared/api/types';
import { Link } from 'wouter';
import { labelOf, usePick, useT } from '../../shared/i18n/i18n';
import { IllustrativeBadge, KindTag } from '../../shared/layout/Badges';
import { LocalityAndPhaseFacts } from './SpaceFacts';

export function SpaceCard({ space }: { space: SpaceSummary }) {
  const t = useT();
  const pick = usePick();
  return (
    <li className="space-list__item">
      <Link to={`/spaces/${encodeURIComponent(space.id)}`} className="space-card" data-testid="space-card">
        <span className="space-card__tags">
          <KindTag kind={space.kind} />
          {space.illustrative && <IllustrativeBadge />}
        </span>
        <h2 className="space-card__title">{pick(space.title)}</h2>
        {pick(space.summary) && <p className="space-card__summary">{pick(space.summary)}</p>}
        <dl className="facts facts--compact">
          <LocalityAndPhaseFacts space={space} />
          <div>
            <dt>{t('space.myRole')}</dt>
            <dd>{space.myRole ? labelOf(t, 'role', space.myRole) : t('space.noRole')}</dd>
          </div>
        </dl>
      </Link>
    </li>
  );
}
