// The conversations (opinion mapping) of a space on its page: each a link with its status; facilitators also
// get the form that starts one (then its page opens: moderation, the map, the links to share).
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useApi } from '../../shared/api/useApi';
import { usePick, useT } from '../../shared/i18n/i18n';
import { ErrorNote, Loading } from '../../shared/layout/Status';
import { localized, paths, type Conversations } from './api';
import { ConversationCreateForm } from './ConversationCreateForm';
import './opinion.css';

export function OpinionSection({ spaceId, canCreate }: { spaceId: string; canCreate: boolean }) {
  const t = useT();
  const pick = usePick();
  const [, navigate] = useLocation();
  const [creating, setCreating] = useState(false);
  const result = useApi<Conversations>(paths.list(spaceId));
  const list = result.status === 'done' ? result.data.conversations : [];
  if (result.status === 'done' && list.length === 0 && !canCreate) return null;
  return (
    <section className="panel" aria-labelledby="opinion-heading" data-testid="opinion-section">
      <div className="panel__head">
        <h2 id="opinion-heading">{t('opinion.section.title')}</h2>
        {canCreate && !creating && (
          <button type="button" className="button button--primary" onClick={() => setCreating(true)} data-testid="conversation-create-open">
            {t('opinion.create.open')}
          </button>
        )}
      </div>
      <p className="muted">{t('opinion.section.intro')}</p>
      {creating && <ConversationCreateForm spaceId={spaceId} onCreated={(id) => navigate(paths.page(id))} onCancel={() => setCreating(false)} />}
      {result.status === 'loading' && <Loading />}
      {result.status === 'error' && <ErrorNote error={result.error} onRetry={result.retry} />}
      {result.status === 'done' && list.length === 0 && <p className="muted">{t('opinion.section.empty')}</p>}
      {list.length > 0 && (
        <ul className="c-list">
          {list.map((c) => (
            <li key={c.id}>
              <Link to={paths.page(c.id)} className="c-list__link" data-testid="conversation-link">
                <span className="c-list__title">{pick(localized(c.title))}</span>
                <span className="c-list__meta">
                  <span className={`op-status op-status--${c.status}`}>{t(`opinion.status.${c.status}`)}</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
