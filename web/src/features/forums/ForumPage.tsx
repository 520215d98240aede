// /forums/:id: a forum as its facilitators and point moderators see it — dates, kind, organisers and
// themes, attendance overall, the agenda, and the connection points with who registered and who checked
// in at each. A facilitator publishes it (its public page /f/{slug} then answers) and prints QR cards.
import { useState } from 'react';
import { Link } from 'wouter';
import { useApi } from '../../shared/api/useApi';
import { formatNumber } from '../../shared/format';
import { useLang, useT } from '../../shared/i18n/i18n';
import { ErrorNote, Loading } from '../../shared/layout/Status';
import { paths, type ForumView } from './api';
import { ForumAgenda } from './ForumAgenda';
import { ForumContributions } from './ForumContributions';
import { ForumHead } from './ForumHead';
import { ForumPoints } from './ForumPoints';
import { ForumPolls } from './ForumPolls';
import { ForumQueue } from './ForumQueue';
import { ForumRecommendations } from './ForumRecommendations';
import { ScreenLinks } from './screens/ScreenLinks';
import './forums.css';

export function ForumPage({ id }: { id: string }) {
  const t = useT();
  const [version, setVersion] = useState(0);
  const result = useApi<ForumView>(paths.forum(id), version);
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorNote error={result.error} onRetry={result.retry} />;
  const forum = result.data;
  const reload = () => setVersion((v) => v + 1);

  return (
    <>
      <nav className="crumbs" aria-label={t('app.breadcrumb')}>
        <Link to={`/spaces/${encodeURIComponent(forum.spaceId)}`}>← {t('forums.back')}</Link>
      </nav>
      <ForumHead forum={forum} onChange={reload} />
      <Attendance forum={forum} />
      <ScreenLinks forum={forum} />
      <ForumAgenda forum={forum} onChange={reload} />
      <ForumContributions forum={forum} />
      <ForumPoints forum={forum} onChange={reload} />
      <ForumPolls forum={forum} />
      <ForumQueue forum={forum} />
      <ForumRecommendations forum={forum} />
    </>
  );
}

function Attendance({ forum }: { forum: ForumView }) {
  const t = useT();
  const { lang } = useLang();
  const { attendance } = forum;
  const figures = [
    ['forums.attendance.points', forum.points.length, 'forum-points-total'],
    ['forums.attendance.expected', attendance.expected, 'forum-expected'],
    ['forums.attendance.registered', attendance.registered, 'forum-registered'],
    ['forums.attendance.checkedIn', attendance.checkedIn, 'forum-checked-in'],
  ] as const;
  return (
    <dl className="fo-totals" data-testid="forum-attendance">
      {figures.map(([label, value, testId]) => (
        <div key={label}>
          <dt>{t(label)}</dt>
          <dd data-testid={testId}>{formatNumber(value, lang)}</dd>
        </div>
      ))}
    </dl>
  );
}
