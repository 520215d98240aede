// /plans/:planId/actions/:actionId — one action: its facts, progress and status, KPIs with a chart,
// the history of its progress reports, and the report form for those allowed to report on it (its
// lead or a coordinating agency, or a facilitator; the server decides again on every report).
import { useRef, useState } from 'react';
import { useApi } from '../../shared/api/useApi';
import { ErrorNote, Loading } from '../../shared/layout/Status';
import { usePick, useT } from '../../shared/i18n/i18n';
import { paths, type Report } from './api';
import { ActionFacts } from './ActionFacts';
import { DueDate, isOverdue, ProgressBar, StatusLabel } from './bits';
import { KpiPanel } from './KpiPanel';
import { PlanCrumbs } from './PlanCrumbs';
import { ReportForm } from './ReportForm';
import { ReportHistory } from './ReportHistory';
import { usePlan } from './usePlan';
import './plans.css';

export function ActionPage({ planId, actionId }: { planId: string; actionId: string }) {
  const t = useT();
  const pick = usePick();
  const [version, setVersion] = useState(0);
  const result = usePlan(planId, version);
  const reports = useApi<{ reports: Report[] }>(paths.reports(actionId), version);
  // While the reports are asked again after a save, the form stays up with what it had (and its message).
  const lastReports = useRef<Report[] | null>(null);
  if (reports.status === 'done') lastReports.current = reports.data.reports;

  if (result.status === 'loading') return <><PlanCrumbs space={null} plan={null} /><Loading /></>;
  if (result.status === 'error') return <><PlanCrumbs space={null} plan={null} /><ErrorNote error={result.error} onRetry={result.retry} /></>;
  const { plan, space } = result.data;
  const objective = plan.objectives.find((o) => o.actions.some((a) => a.id === actionId));
  const action = objective?.actions.find((a) => a.id === actionId);
  if (!objective || !action) return <><PlanCrumbs space={space} plan={plan} here="action" /><p className="empty">{t('plans.action.missing')}</p></>;
  // The server names the actions the caller may report on; it checks again on every report.
  const canReport = plan.permissions.reportOn.includes(action.id);

  return (
    <>
      <PlanCrumbs space={space} plan={plan} here="action" />
      <header className="page-head">
        <p className="page-head__tags">
          <span className="tag">{t('plans.action.tag', { code: action.code })}</span>
          <span className="muted">
            {t('plans.action.objective', { code: objective.code, title: pick(objective.title) })}
          </span>
        </p>
        <h1 data-testid="action-title">{pick(action.title)}</h1>
      </header>

      <div className="detail">
        <div className="detail__main">
          <section className="panel" aria-labelledby="action-progress-heading">
            <h2 id="action-progress-heading">{t('plans.action.progress')}</h2>
            <div className="pl-node__figures">
              <ProgressBar node={action} testId="action-progress" />
              <StatusLabel status={action.status} testId="action-status" />
            </div>
            <p className="pl-node__meta">
              <DueDate dueOn={action.dueOn} overdue={isOverdue(action, plan.today)} />
            </p>
            <p className="muted pl-hint">{t('plans.action.objectiveProgress', { code: objective.code })}</p>
            <div className="pl-node__figures" data-testid="objective-figures">
              <ProgressBar node={objective} testId="objective-progress" />
              <StatusLabel status={objective.status} testId="objective-status" />
            </div>
          </section>

          <section className="panel" aria-labelledby="action-kpi-heading">
            <h2 id="action-kpi-heading">{t('plans.kpi.heading')}</h2>
            <KpiPanel kpis={action.kpis} />
          </section>

          {canReport ? (
            <section className="panel pl-report-panel" aria-labelledby="report-form-heading">
              <h2 id="report-form-heading">{t('plans.report.title')}</h2>
              {lastReports.current ? (
                <ReportForm key={action.id} plan={plan} action={action} reports={lastReports.current} onSaved={() => setVersion((v) => v + 1)} />
              ) : (
                <Loading />
              )}
            </section>
          ) : (
            <p className="muted pl-no-report" data-testid="report-not-allowed">
              {t('plans.report.notAllowed')}
            </p>
          )}

          <section className="panel" aria-labelledby="history-heading">
            <h2 id="history-heading">{t('plans.history.title')}</h2>
            {reports.status === 'loading' && !lastReports.current && <Loading />}
            {reports.status === 'error' && <ErrorNote error={reports.error} onRetry={reports.retry} />}
            {lastReports.current && reports.status !== 'error' && <ReportHistory reports={lastReports.current} kpis={action.kpis} kind={plan.reportingPeriod} graceDays={plan.graceDays} />}
          </section>
        </div>

        <aside className="panel detail__facts" aria-label={t('plans.action.facts')}>
          <ActionFacts plan={plan} action={action} />
        </aside>
      </div>
    </>
  );
}
