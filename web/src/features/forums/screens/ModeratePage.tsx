// /forums/:id/points/:pointId/moderate (a point's moderator) and /forums/:id/moderate (the whole hall,
// facilitators): the questions waiting for moderation with approve and reject, the approved ones to
// answer, and merging a duplicate into another — laid out for a phone. The list is read again whenever
// the question stream says something changed (a new question, an upvote, another moderator's decision).
// It reads pages of 50 (the point's, or the hall's): the waiting ones oldest first and the approved ones
// most upvoted first, each list's further pages on "Xem thêm / Show more".
import { useState } from 'react';
import { Link } from 'wouter';
import { useApi } from '../../../shared/api/useApi';
import { usePick, useT } from '../../../shared/i18n/i18n';
import { ErrorNote, Loading } from '../../../shared/layout/Status';
import { localized, paths, type ForumView } from '../api';
import { questionPaths, screenPages, type Question } from './api';
import { ModerateList } from './ModerateList';
import { useLiveQuestions } from './useLiveQuestions';
import { useKeptPages } from './useKept';
import '../forums.css';
import './moderate.css';

export function ModeratePage({ forumId, pointId = null }: { forumId: string; pointId?: string | null }) {
  const t = useT();
  const pick = usePick();
  const forum = useApi<ForumView>(paths.forum(forumId));
  const { changes, connection } = useLiveQuestions(forumId, pointId);
  const [saved, setSaved] = useState(0);
  const [pages, setPages] = useState(1);
  const waiting = useKeptPages<Question>(questionPaths.list(forumId, pointId, 'waiting'), pages, changes + saved);
  const approved = useKeptPages<Question>(questionPaths.list(forumId, pointId, 'approved'), pages, changes + saved);
  if (forum.status === 'loading') return <Loading />;
  if (forum.status === 'error') return <ErrorNote error={forum.error} onRetry={forum.retry} />;
  const view = forum.data;
  const point = pointId ? view.points.find((p) => p.id === pointId) : null;
  if (point === undefined) return <p className="form__error" role="alert">{t('screens.noPoint')}</p>;

  const all = [...(waiting.data ?? []), ...(approved.data ?? [])];
  const error = waiting.error ?? approved.error;
  return (
    <>
      <nav className="crumbs" aria-label={t('app.breadcrumb')}>
        <Link to={paths.page(forumId)}>← {pick(localized(view.title))}</Link>
      </nav>
      <header className="page-head">
        <h1>{t('screens.moderate.title')}</h1>
        <p className="lead">{point ? pick(point.name) : t('screens.moderate.hall')}</p>
        <p className="fo-actions">
          <span role="status" className="muted" data-testid="moderate-connection">{t(`screens.${connection}`)}</span>
          <Link to={screenPages.screen(forumId, pointId)}>{t('screens.open')}</Link>
        </p>
      </header>
      {error != null && <ErrorNote error={error} />}
      {(waiting.data === null || approved.data === null) && error == null ? (
        <Loading />
      ) : (
        <>
          <ModerateList forum={view} questions={all} targets={all} hall={point === null} onChange={() => setSaved((n) => n + 1)} />
          {(waiting.more || approved.more) && (
            <p className="fo-actions">
              <button type="button" className="button button--secondary" data-testid="moderate-more" onClick={() => setPages((n) => n + 1)}>
                {t('screens.moderate.more')}
              </button>
            </p>
          )}
        </>
      )}
    </>
  );
}
