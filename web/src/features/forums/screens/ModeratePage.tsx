// /forums/:id/points/:pointId/moderate (a point's moderator) and /forums/:id/moderate (the whole hall,
// facilitators): the questions waiting for moderation with approve and reject, the approved ones to
// answer, and merging a duplicate into another — laid out for a phone. The list is read again whenever
// the question stream says something changed (a new question, an upvote, another moderator's decision).
import { useState } from 'react';
import { Link } from 'wouter';
import { useApi } from '../../../shared/api/useApi';
import { usePick, useT } from '../../../shared/i18n/i18n';
import { ErrorNote, Loading } from '../../../shared/layout/Status';
import { localized, paths, type ForumView } from '../api';
import { questionPaths, screenPages, type Question } from './api';
import { ModerateList } from './ModerateList';
import { useLiveQuestions } from './useLiveQuestions';
import { useKept } from './useKept';
import '../forums.css';
import './moderate.css';

export function ModeratePage({ forumId, pointId = null }: { forumId: string; pointId?: string | null }) {
  const t = useT();
  const pick = usePick();
  const forum = useApi<ForumView>(paths.forum(forumId));
  const { changes, connection } = useLiveQuestions(forumId, pointId);
  const [saved, setSaved] = useState(0);
  const list = useKept<{ questions: Question[] }>(questionPaths.list(forumId, null), changes + saved);
  if (forum.status === 'loading') return <Loading />;
  if (forum.status === 'error') return <ErrorNote error={forum.error} onRetry={forum.retry} />;
  const view = forum.data;
  const point = pointId ? view.points.find((p) => p.id === pointId) : null;
  if (point === undefined) return <p className="form__error" role="alert">{t('screens.noPoint')}</p>;

  const all = list.data?.questions ?? [];
  const mine = point ? all.filter((q) => q.pointId === point.id) : all;
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
      {list.error != null && <ErrorNote error={list.error} />}
      {list.data === null && list.error == null ? (
        <Loading />
      ) : (
        <ModerateList forum={view} questions={mine} targets={all} hall={point === null} onChange={() => setSaved((n) => n + 1)} />
      )}
    </>
  );
}
