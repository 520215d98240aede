// The forums of a space on its page: each a link with its dates, kind and status; facilitators also
// get the form that creates one (then its page opens, to add the agenda and connection points).
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { api } from '../../shared/api/client';
import { useApi } from '../../shared/api/useApi';
import { formatDate } from '../../shared/format';
import { usePick, useT } from '../../shared/i18n/i18n';
import { IllustrativeBadge } from '../../shared/layout/Badges';
import { ErrorNote, Loading } from '../../shared/layout/Status';
import { localized, paths, type ForumSummary } from './api';
import { ForumCreateForm } from './ForumCreateForm';
import './forums.css';

export function ForumsSection({ spaceId, canCreate }: { spaceId: string; canCreate: boolean }) {
  const t = useT();
  const pick = usePick();
  const [, navigate] = useLocation();
  const [creating, setCreating] = useState(false);
  const result = useApi<{ forums: ForumSummary[] }>(paths.list(spaceId));
  const forums = result.status === 'done' ? result.data.forums : [];
  if (result.status === 'done' && forums.length === 0 && !canCreate) return null;

  return (
    <section className="panel" aria-labelledby="forums-heading" data-testid="forums-section">
      <div className="panel__head">
        <h2 id="forums-heading">{t('forums.section.title')}</h2>
        {canCreate && !creating && (
          <button type="button" className="button button--primary" onClick={() => setCreating(true)} data-testid="forum-create-open">
            {t('forums.create.open')}
          </button>
        )}
      </div>
      {creating && (
        <ForumCreateForm
          onCancel={() => setCreating(false)}
          onCreate={async (body) => navigate(paths.page((await api<ForumSummary>(paths.list(spaceId), { method: 'POST', body })).id))}
        />
      )}
      {result.status === 'loading' && <Loading />}
      {result.status === 'error' && <ErrorNote error={result.error} onRetry={result.retry} />}
      {result.status === 'done' && forums.length === 0 && <p className="muted">{t('forums.section.empty')}</p>}
      {forums.length > 0 && (
        <ul className="c-list">
          {forums.map((f) => (
            <li key={f.id}>
              <Link to={paths.page(f.id)} className="c-list__link" data-testid="forum-link">
                <span className="c-list__title">{pick(localized(f.title))}</span>
                <span className="c-list__meta">
                  <span>{f.startsOn === f.endsOn ? formatDate(f.startsOn) : `${formatDate(f.startsOn)} – ${formatDate(f.endsOn)}`}</span>
                  <span>{t(`forums.kind.${f.kind}`)}</span>
                  <span className={`fo-status fo-status--${f.status}`}>{t(`forums.status.${f.status}`)}</span>
                  {f.illustrative && <IllustrativeBadge />}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
