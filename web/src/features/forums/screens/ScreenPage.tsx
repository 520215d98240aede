// /forums/:id/screen (the hall) and /forums/:id/points/:pointId/screen (one point): a projector's view
// of the forum — large type, light on dark, no header — with the top approved questions live from the
// question stream (no reload: an approved question appears, upvotes move it), who is present (the
// forum is read again every 20 seconds: check-ins do not travel on the question stream) and the
// current poll's results, live from the poll stream. Escape goes back to the forum's staff page.
import { Link } from 'wouter';
import { errorMessage } from '../../../shared/api/client';
import { useLang, usePick, useT } from '../../../shared/i18n/i18n';
import { useHallScreen } from '../../../shared/layout/useHallScreen';
import { localized, paths, type ForumView } from '../api';
import { PollSlot } from './PollSlot';
import { ScreenAttendance } from './ScreenAttendance';
import { AnsweredQuestions, TopQuestions } from './ScreenQuestions';
import { ConnectionNote } from './ConnectionNote';
import { useLiveQuestions } from './useLiveQuestions';
import { useKept, useTicks } from './useKept';
import './screens.css';

const FORUM_REFRESH_MS = 20_000;

export function ScreenPage({ forumId, pointId = null }: { forumId: string; pointId?: string | null }) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const forum = useKept<ForumView>(paths.forum(forumId), useTicks(FORUM_REFRESH_MS));
  const { connection, live } = useLiveQuestions(forumId, pointId);
  const back = paths.page(forumId);
  useHallScreen(back);

  const view = forum.data;
  const point = view && pointId ? (view.points.find((p) => p.id === pointId) ?? null) : null;
  if (!view || (pointId && !point)) {
    const failed = forum.error != null || (view && !point);
    return (
      <div className="projector fs fs--message" data-testid="forum-screen">
        <p role={failed ? 'alert' : 'status'}>{forum.error != null ? errorMessage(forum.error, lang, t) : failed ? t('screens.noPoint') : t('common.loading')}</p>
        <Link to={back}>{t('screens.exit')}</Link>
      </div>
    );
  }
  const names = new Map(view.points.map((p) => [p.id, p.name]));
  const questions = live?.questions ?? [];
  return (
    <main className="projector fs" data-testid="forum-screen" aria-label={point ? t('screens.pointScreen') : t('screens.hallScreen')}>
      <header className="fs__head">
        <p className="fs__kicker">{point ? pick(point.name) : t('screens.hallScreen')}</p>
        <h1>{pick(localized(view.title))}</h1>
      </header>
      <div className="fs__grid">
        <TopQuestions questions={questions} pointName={point ? null : (id) => names.get(id)} />
        <div className="fs__side">
          <ScreenAttendance forum={view} point={point} />
          <PollSlot forumId={forumId} pointId={pointId} />
          <AnsweredQuestions questions={questions} pointName={point ? null : (id) => names.get(id)} />
        </div>
      </div>
      <ConnectionNote connection={connection} back={back} approved={live?.approved ?? null} />
    </main>
  );
}
