// The way back from a plan's pages: its space, the plan, then the page itself.
import { Link } from 'wouter';
import { usePick, useT } from '../../shared/i18n/i18n';
import type { SpaceDetail } from '../../shared/api/types';
import { paths, type PlanView } from './api';

export function PlanCrumbs({ space, plan, here }: { space: SpaceDetail | null; plan: PlanView | null; here?: string }) {
  const t = useT();
  const pick = usePick();
  return (
    <nav className="crumbs pl-crumbs" aria-label={t('app.breadcrumb')}>
      {space ? <Link to={`/spaces/${encodeURIComponent(space.id)}`}>← {pick(space.title)}</Link> : <Link to="/">← {t('space.back')}</Link>}
      {plan && here && (
        <>
          {' / '}
          <Link to={paths.page(plan.id)}>{pick(plan.title)}</Link>
        </>
      )}
    </nav>
  );
}

/** The plan's other pages and files: scorecards, the public dashboard, the exports. */
export function PlanLinks({ plan, space, lang }: { plan: PlanView; space: SpaceDetail; lang: 'vi' | 'en' }) {
  const t = useT();
  const published = space.visibility === 'public' || plan.public;
  return (
    <ul className="pl-links">
      <li>
        <Link to={paths.scorecardsPage(plan.id)} data-testid="scorecards-link">
          {t('plans.scorecards.link')}
        </Link>
      </li>
      {published && (
        <li>
          <a href={paths.dashboard(space.slug, lang)} data-testid="dashboard-link">
            {t('plans.dashboardLink')}
          </a>
        </li>
      )}
      <li>
        <a href={paths.xlsx(plan.id)} download data-testid="export-xlsx">
          {t('plans.export.xlsx')}
        </a>
      </li>
      <li>
        <a href={paths.csv(plan.id, 'actions')} download data-testid="export-csv-actions">
          {t('plans.export.csvActions')}
        </a>
      </li>
      <li>
        <a href={paths.csv(plan.id, 'progress')} download data-testid="export-csv-progress">
          {t('plans.export.csvProgress')}
        </a>
      </li>
    </ul>
  );
}
