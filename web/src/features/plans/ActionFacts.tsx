// What an action is: who leads it and who helps, its money, its dates, the priority area it serves and
// the consultation options (recommendations) it answers.
import { useEffect, useState } from 'react';
import { api } from '../../shared/api/client';
import type { ConsultationDetail } from '../consultations/api';
import { Link } from 'wouter';
import { formatDate } from '../../shared/format';
import { useLang, usePick, useT, type Localized } from '../../shared/i18n/i18n';
import type { MessageKey } from '../../shared/i18n/vi';
import type { PlanAction, PlanView } from './api';
import { useAgencyName } from './bits';
import { moneyText } from './numbers';

type Titles = Map<string, { title: Localized; options: Map<string, Localized> }>;

/** Titles of the consultations an action answers; missing ones (not readable) are left out. */
function useConsultations(ids: string[]): Titles {
  const [titles, setTitles] = useState<Titles>(new Map());
  const key = [...new Set(ids)].sort().join(',');
  useEffect(() => {
    let live = true;
    Promise.all(key.split(',').filter(Boolean).map((id) => api<ConsultationDetail>(`/api/consultations/${encodeURIComponent(id)}`).catch(() => null))).then((list) => {
      if (!live) return;
      setTitles(new Map(list.filter((c): c is ConsultationDetail => c !== null).map((c) => [c.id, { title: c.title, options: new Map(c.options.map((o) => [o.key, o.title])) }])));
    });
    return () => {
      live = false;
    };
  }, [key]);
  return titles;
}

export function ActionFacts({ plan, action }: { plan: PlanView; action: PlanAction }) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const agency = useAgencyName(plan);
  const consultations = useConsultations(action.recommendations.map((r) => r.consultationId));
  const area = action.priorityArea ? t(`plans.area.${action.priorityArea}` as MessageKey) : '—';

  return (
    <dl className="facts pl-facts" data-testid="action-facts">
      <div>
        <dt>{t('plans.lead')}</dt>
        <dd data-testid="action-lead">{agency(action.leadAgencyId)}</dd>
      </div>
      <div>
        <dt>{t('plans.coordinators')}</dt>
        <dd>{action.coordinatorIds.length ? action.coordinatorIds.map(agency).join('; ') : '—'}</dd>
      </div>
      <div>
        <dt>{t('plans.dates')}</dt>
        <dd>{t('plans.dateRange', { from: formatDate(action.startsOn), to: formatDate(action.dueOn) })}</dd>
      </div>
      <div>
        <dt>{t('plans.budget.planned')}</dt>
        <dd data-testid="budget-planned">{moneyText(action.budgetPlanned, lang, t)}</dd>
      </div>
      <div>
        <dt>{t('plans.budget.spent')}</dt>
        <dd data-testid="budget-spent">{moneyText(action.budgetSpent, lang, t)}</dd>
      </div>
      <div>
        <dt>{t('plans.budget.source')}</dt>
        <dd>{action.budgetSource || '—'}</dd>
      </div>
      <div>
        <dt>{t('plans.area')}</dt>
        <dd>{area.startsWith('plans.area.') ? action.priorityArea : area}</dd>
      </div>
      <div>
        <dt>{t('plans.recommendations')}</dt>
        <dd>
          {action.recommendations.length === 0
            ? '—'
            : action.recommendations.map((r) => {
                const c = consultations.get(r.consultationId);
                const option = c?.options.get(r.optionKey);
                return (
                  <span key={`${r.consultationId}/${r.optionKey}`} className="pl-rec">
                    {option ? pick(option) : r.optionKey}
                    {c && (
                      <>
                        {' — '}
                        <Link to={`/consultations/${encodeURIComponent(r.consultationId)}`}>{pick(c.title)}</Link>
                      </>
                    )}
                  </span>
                );
              })}
        </dd>
      </div>
    </dl>
  );
}
