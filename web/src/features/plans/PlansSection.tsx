// On a space's page: its action plans, each a link to the plan, with the public dashboard's address
// when the plan is visible without signing in. Shown only once the space holds a plan.
import type { SpaceSummary } from '../../shared/api/types';
import { useApi } from '../../shared/api/useApi';
import { Link } from 'wouter';
import { useLang, usePick, useT } from '../../shared/i18n/i18n';
import { paths, type PlanSummary } from './api';
import './plans.css';

export function PlansSection({ space }: { space: Pick<SpaceSummary, 'id' | 'slug' | 'visibility'> }) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const result = useApi<{ plans: PlanSummary[] }>(paths.list(space.id));
  if (result.status !== 'done' || result.data.plans.length === 0) return null;
  const plans = result.data.plans;
  const published = space.visibility === 'public' || plans.some((p) => p.public);

  return (
    <section className="panel" aria-labelledby="plans-heading" data-testid="plans-section">
      <h2 id="plans-heading">{t('plans.section.title')}</h2>
      <p className="muted">{t('plans.section.intro')}</p>
      <ul className="c-list">
        {plans.map((p) => (
          <li key={p.id}>
            <Link to={paths.page(p.id)} className="c-list__link" data-testid="plan-link">
              <span className="c-list__title">{pick(p.title)}</span>
              <span className="c-list__meta">
                <span>{t(p.reportingPeriod === 'monthly' ? 'plans.period.monthly' : 'plans.period.quarterly')}</span>
                {(space.visibility === 'public' || p.public) && <span>{t('plans.section.public')}</span>}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {published && (
        <p className="pl-section__public">
          <a href={paths.dashboard(space.slug, lang)} data-testid="plans-dashboard-link">
            {t('plans.dashboardLink')}
          </a>
        </p>
      )}
    </section>
  );
}
