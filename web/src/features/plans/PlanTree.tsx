// The objectives → actions tree of a plan, filtered by agency (lead or coordinating) and status: per
// node its weighted progress against the schedule, its status in words, and for actions the lead
// agency, the due date and an overdue marker.
import { Link } from 'wouter';
import { usePick, useT } from '../../shared/i18n/i18n';
import { paths, type PlanAction, type PlanView, type Rag } from './api';
import { DueDate, isOverdue, ProgressBar, StatusLabel, useAgencyName } from './bits';

export type TreeFilter = { agency: string; status: Rag | '' };

export const matches = (a: PlanAction, f: TreeFilter) =>
  (!f.agency || a.leadAgencyId === f.agency || a.coordinatorIds.includes(f.agency)) && (!f.status || a.status === f.status);

export function PlanTree({ plan, filter }: { plan: PlanView; filter: TreeFilter }) {
  const t = useT();
  const pick = usePick();
  const agency = useAgencyName(plan);
  const filtering = Boolean(filter.agency || filter.status);
  const shown = plan.objectives.map((o) => ({ o, actions: o.actions.filter((a) => matches(a, filter)) })).filter(({ actions }) => !filtering || actions.length > 0);
  if (!shown.length) return <p className="empty">{t('plans.filter.none')}</p>;

  return (
    <ol className="pl-tree" data-testid="plan-tree">
      {shown.map(({ o, actions }) => (
        <li key={o.id} className="pl-objective" data-testid="objective" data-code={o.code}>
          <div className="pl-node pl-node--objective">
            <h3 className="pl-node__title">
              <span className="pl-code">{o.code}</span> {pick(o.title)}
            </h3>
            <div className="pl-node__figures">
              <ProgressBar node={o} testId="objective-progress" />
              <StatusLabel status={o.status} testId="objective-status" />
            </div>
          </div>
          <ul className="pl-actions">
            {actions.map((a) => {
              const over = isOverdue(a, plan.today);
              return (
                <li key={a.id} className="pl-node pl-node--action" data-testid="action" data-code={a.code}>
                  <Link to={paths.actionPage(plan.id, a.id)} className="pl-node__title pl-node__link" data-testid="action-link">
                    <span className="pl-code">{a.code}</span> {pick(a.title)}
                  </Link>
                  <p className="pl-node__meta">
                    <span>
                      {t('plans.lead')}: {agency(a.leadAgencyId)}
                    </span>
                    <DueDate dueOn={a.dueOn} overdue={over} />
                  </p>
                  <div className="pl-node__figures">
                    <ProgressBar node={a} testId="action-progress" />
                    <StatusLabel status={a.status} testId="action-status" />
                  </div>
                </li>
              );
            })}
          </ul>
        </li>
      ))}
    </ol>
  );
}
