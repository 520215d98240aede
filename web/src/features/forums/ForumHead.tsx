// The head of a forum's staff page: status, title, dates and kind, organisers, themes, and either the
// public page's link (published) or, for a facilitator, the button that publishes it.
import { useState } from 'react';
import { api, errorMessage } from '../../shared/api/client';
import { formatDate } from '../../shared/format';
import { useLang, usePick, useT } from '../../shared/i18n/i18n';
import { IllustrativeBadge } from '../../shared/layout/Badges';
import { localized, paths, type ForumView } from './api';

export function ForumHead({ forum, onChange }: { forum: ForumView; onChange: () => void }) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const [error, setError] = useState<unknown>(null);
  const publish = async () => {
    setError(null);
    try {
      await api(paths.publish(forum.id), { method: 'POST' });
      onChange();
    } catch (err) {
      setError(err);
    }
  };
  const dates = forum.startsOn === forum.endsOn ? formatDate(forum.startsOn) : `${formatDate(forum.startsOn)} – ${formatDate(forum.endsOn)}`;

  return (
    <header className="page-head">
      <p className="page-head__tags">
        <span className={`fo-status fo-status--${forum.status}`} data-testid="forum-status">{t(`forums.status.${forum.status}`)}</span>
        {forum.illustrative && <IllustrativeBadge />}
      </p>
      <h1 data-testid="forum-title">{pick(localized(forum.title))}</h1>
      <p className="lead">{dates} · {t(`forums.kind.${forum.kind}`)}</p>
      {forum.organisers.length > 0 && <p>{t('forums.organisers', { names: forum.organisers.join('; ') })}</p>}
      {forum.themes.length > 0 && (
        <ul className="fo-themes" aria-label={t('forums.themes')}>
          {forum.themes.map((theme) => <li key={theme.key}>{pick(localized(theme))}</li>)}
        </ul>
      )}
      <p className="fo-actions">
        {forum.status === 'published' && <a href={paths.publicPage(forum.slug, lang)} data-testid="forum-public-link">{t('forums.publicLink')}</a>}
        {forum.status === 'draft' && forum.permissions.manage && (
          <button type="button" className="button button--primary" onClick={publish} data-testid="forum-publish">
            {t('forums.publish')}
          </button>
        )}
        {forum.streamUrl && <a href={forum.streamUrl} rel="noopener noreferrer">{t('forums.stream')}</a>}
      </p>
      {error != null && <p className="form__error" role="alert">{errorMessage(error, lang, t)}</p>}
    </header>
  );
}
