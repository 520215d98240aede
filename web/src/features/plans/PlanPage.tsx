// /plans/:id — a plan as a tree of objectives and actions with progress and status as of the server's
// today, filters by agency and status, the exports, the import form and the way to the scorecards and
// the public dashboard.
import { useState } from 'react';
import { ErrorNote, Loading } from '../../shared/layout/Status';
import { formatDate } from '../../shared/format';
import { useLang, usePick, useT } from '../../shared/i18n/i18n';
import { RAGS, type Rag } from './api';
import { ProgressBar, StatusLabel, statusText } from './bits';
import { ImportForm } from './ImportForm';
import { PlanCrumbs, PlanLinks } from './PlanCrumbs';
import { PlanTree, type TreeFilter } from './PlanTree';
import { usePlan } from './usePlan';
import './plans.css';

export function PlanPage({ id }: { id: string }) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const [version, setVersion] = useState(0);
  const result = usePlan(id, version);
  const [filter, setFilter] = useState<TreeFilter>({ agency: '', status: '' });

  if (result.status === 'loading') return <><PlanCrumbs space={null} plan={null} /><Loading /></>;
  if (result.status === 'error') return <><PlanCrumbs space={null} plan={null} /><ErrorNote error={result.error} onRetry={result.retry} /></>;
  const { plan, space } = result.data;
  const agencies = [...plan.agencies].sort((a, b) => pick(a.name).localeCompare(pick(b.name), lang));
  const mayImport = plan.permissions.manage || (space.myRole !== null && space.myRole !== 'observer');

  return (
    <>
      <PlanCrumbs space={space} plan={plan} />
      <header className="page-head">
        <p className="page-head__tags">
          <span className="tag">{t('plans.tag')}</span>
        </p>
        <h1 data-testid="plan-title">{pick(plan.title)}</h1>
        {pick(plan.summary) && <p className="lead">{pick(plan.summary)}</p>}
      </header>

      <section className="panel pl-overview" aria-labelledby="plan-overview">
        <h2 id="plan-overview">{t('plans.overall')}</h2>
        <div className="pl-node__figures">
          <ProgressBar node={plan} testId="plan-progress" />
          <StatusLabel status={plan.status} testId="plan-status" />
        </div>
        <p className="muted pl-hint">
          {t('plans.asOf', { date: formatDate(plan.today) })} {t('plans.method')}
        </p>
        <PlanLinks plan={plan} space={space} lang={lang} />
      </section>

      <section className="panel" aria-labelledby="plan-tree-heading">
        <h2 id="plan-tree-heading">{t('plans.tree')}</h2>
        <div className="pl-filters" role="group" aria-label={t('plans.filter.label')}>
          <div className="field">
            <label htmlFor="plan-filter-agency">{t('plans.filter.agency')}</label>
            <select id="plan-filter-agency" className="pl-select" value={filter.agency} onChange={(e) => setFilter({ ...filter, agency: e.target.value })} data-testid="filter-agency">
              <option value="">{t('plans.filter.allAgencies')}</option>
              {agencies.map((a) => (
                <option key={a.id} value={a.id}>
                  {pick(a.name)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="plan-filter-status">{t('plans.filter.status')}</label>
            <select id="plan-filter-status" className="pl-select" value={filter.status} onChange={(e) => setFilter({ ...filter, status: e.target.value as Rag | '' })} data-testid="filter-status">
              <option value="">{t('plans.filter.allStatuses')}</option>
              {RAGS.map((s) => (
                <option key={s} value={s}>
                  {statusText(t, s)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <PlanTree plan={plan} filter={filter} />
      </section>

      {mayImport && (
        <section className="panel" aria-labelledby="plan-import-heading">
          <h2 id="plan-import-heading">{t('plans.import.title')}</h2>
          <p className="muted">{t('plans.import.intro')}</p>
          <ImportForm planId={plan.id} onImported={() => setVersion((v) => v + 1)} />
        </section>
      )}
    </>
  );
}
