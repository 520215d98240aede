// On a forum's staff page: the way to the hall screen and the moderator's pages — the whole hall's for
// facilitators, each of their points' for a point moderator — and, in the points table, each point's.
import { Link } from 'wouter';
import { usePick, useT } from '../../../shared/i18n/i18n';
import type { ForumView } from '../api';
import { screenPages } from './api';
import './links.css';

export function ScreenLinks({ forum }: { forum: ForumView }) {
  const t = useT();
  const pick = usePick();
  const { manage, moderates } = forum.permissions;
  const mine = forum.points.filter((p) => moderates.includes(p.id));
  return (
    <nav className="panel fo-screens" aria-labelledby="screens-heading">
      <h2 id="screens-heading">{t('screens.links')}</h2>
      <ul className="fo-screens__list">
        <li><Link to={screenPages.screen(forum.id)}>{t('screens.hallLink')}</Link></li>
        {manage && <li><Link to={screenPages.moderate(forum.id)}>{t('screens.hallModerate')}</Link></li>}
        {!manage && mine.map((p) => (
          <li key={p.id}>
            <Link to={screenPages.moderate(forum.id, p.id)}>{t('screens.pointModerate')}: {pick(p.name)}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A point's screen, and its moderator's page for those who moderate it, beside its name in the points table. */
export function PointScreenLinks({ forumId, pointId, moderate }: { forumId: string; pointId: string; moderate: boolean }) {
  const t = useT();
  return (
    <span className="fo-point-links">
      <Link to={screenPages.screen(forumId, pointId)}>{t('screens.pointLink')}</Link>
      {moderate && <Link to={screenPages.moderate(forumId, pointId)}>{t('screens.pointModerate')}</Link>}
    </span>
  );
}
