// /plans/:id/scorecards — how each lead agency delivers, per reporting period: reports on time,
// actions on track, KPI attainment, overdue actions; one agency over time; and the reminders.
import { useMemo, useState } from 'react';
import type { ApiResponse } from '../../shared/api/schema';
import { useApi } from '../../shared/api/useApi';
import { useSession } from '../accounts/session';
import { ErrorNote, Loading } from '../../shared/layout/Status';
import { formatDate } from '../../shared/format';
import { usePick, useT } from '../../shared/i18n/i18n';
import { paths, type Scorecard } from './api';
import { PlanCrumbs } from './PlanCrumbs';
import { periodText } from './periods';
import { RemindersPanel } from './RemindersPanel';
import { AgencyTable, PeriodTable } from './ScorecardTable';
import { usePlan } from './usePlan';
import './plans.css';

type Cards = ApiResponse<'/api/plans/{id}/scorecards', 'get'>;

export function ScorecardsPage({ id }: { id: string }) {
  const t = useT();
  const pick = usePick();
  const { state } = useSession();
  const myOrganisation = state.status === 'signed-in' ? (state.me.user.organisation?.id ?? null) : null;
  const plan = usePlan(id);
  const result = useApi<Cards>(paths.scorecards(id));
  const [chosen, setChosen] = useState<string | null>(null);
  const [agencyChosen, setAgency] = useState<string | null>(null);
  const agencies = useMemo(() => {
    if (result.status !== 'done') return [];
    const seen = new Map<string, Scorecard['agencyName']>();
    for (const c of result.data.scorecards) seen.set(c.agencyId, c.agencyName);
    return [...seen].map(([agencyId, name]) => ({ agencyId, name }));
  }, [result]);

  const crumbs = <PlanCrumbs space={plan.status === 'done' ? plan.data.space : null} plan={plan.status === 'done' ? plan.data.plan : null} here="scorecards" />;
  if (result.status === 'loading' || plan.status === 'loading') return <>{crumbs}<Loading /></>;
  if (plan.status === 'error') return <>{crumbs}<ErrorNote error={plan.error} onRetry={plan.retry} /></>;
  if (result.status === 'error') return <>{crumbs}<ErrorNote error={result.error} onRetry={result.retry} /></>;
  const { periods, scorecards, today } = result.data;
  const period = chosen ?? periods.at(-1) ?? null;
  // An official first sees their own agency over time.
  const agency = agencyChosen ?? agencies.find((a) => a.agencyId === myOrganisation)?.agencyId ?? agencies[0]?.agencyId ?? null;

  return (
    <>
      {crumbs}
      <header className="page-head">
        <h1 data-testid="scorecards-title">{t('plans.scorecards.title')}</h1>
        <p className="lead">{t('plans.scorecards.intro', { date: formatDate(today) })}</p>
      </header>

      <section className="panel" aria-labelledby="cards-period-heading">
        <div className="panel__head">
          <h2 id="cards-period-heading">{t('plans.scorecards.byPeriod')}</h2>
          {periods.length > 0 && (
            <div className="field pl-inline-field">
              <label htmlFor="cards-period">{t('plans.card.period')}</label>
              <select id="cards-period" className="pl-select" value={period ?? ''} onChange={(e) => setChosen(e.target.value)} data-testid="cards-period">
                {[...periods].reverse().map((p) => (
                  <option key={p} value={p}>
                    {periodText(p)}
                  </option>
                ))}
              </select>
            </div>
          )}
        </div>
        {period ? <PeriodTable cards={scorecards.filter((c) => c.period === period)} /> : <p className="muted">{t('plans.scorecards.none')}</p>}
        <p className="muted pl-hint">{t('plans.scorecards.method')}</p>
      </section>

      {agency && (
        <section className="panel" aria-labelledby="cards-agency-heading">
          <div className="panel__head">
            <h2 id="cards-agency-heading">{t('plans.scorecards.overTime')}</h2>
            <div className="field pl-inline-field">
              <label htmlFor="cards-agency">{t('plans.card.agency')}</label>
              <select id="cards-agency" className="pl-select" value={agency} onChange={(e) => setAgency(e.target.value)} data-testid="cards-agency">
                {agencies.map((a) => (
                  <option key={a.agencyId} value={a.agencyId}>
                    {pick(a.name)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <AgencyTable cards={scorecards.filter((c) => c.agencyId === agency)} />
        </section>
      )}

      <RemindersPanel planId={id} canSend={plan.data.plan.permissions.manage} />
    </>
  );
}
