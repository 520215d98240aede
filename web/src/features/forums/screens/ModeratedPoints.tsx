// On the home page, for a point moderator: the connection points they moderate in published forums,
// each with its moderator's page and screen — their way in when they have no role in the forum's space.
import { Link } from 'wouter';
import type { Schema } from '../../../shared/api/schema';
import { useApi } from '../../../shared/api/useApi';
import { formatDate } from '../../../shared/format';
import { usePick, useT } from '../../../shared/i18n/i18n';
import { localized } from '../api';
import { screenPages } from './api';
import './links.css';

type ModeratedPoint = Schema<'ModeratedPoint'>;

export function ModeratedPoints() {
  const t = useT();
  const pick = usePick();
  const result = useApi<{ points: ModeratedPoint[] }>('/api/forums/moderated');
  if (result.status !== 'done' || result.data.points.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="moderated-heading" data-testid="moderated-points">
      <h2 id="moderated-heading">{t('screens.moderated')}</h2>
      <ul className="c-list">
        {result.data.points.map(({ forum, pointId, pointName }) => (
          <li key={pointId} className="fo-moderated">
            <span className="c-list__title">{pick(pointName)}</span>
            <span className="muted">{pick(localized(forum.title))} · {formatDate(forum.startsOn)}</span>
            <span className="fo-point-links">
              <Link to={screenPages.moderate(forum.id, pointId)}>{t('screens.pointModerate')}</Link>
              <Link to={screenPages.screen(forum.id, pointId)}>{t('screens.pointLink')}</Link>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
