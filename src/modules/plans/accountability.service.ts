// Reminders and scorecards of a plan, computed by the pure core from what is stored.
import { remindersFor, scorecard, scorecardPeriods, type IsoDate, type PeriodKey, type Reminder } from '../../core/plans';
import type { Db } from '../../db/connection';
import type { Localized } from '../../i18n/messages';
import { organisationNames } from '../accounts';
import { coreInputs, type Plan, type PlanContents } from './plan.load';

const rule = (plan: Plan) => ({ period: plan.reportingPeriod, graceDays: plan.graceDays });

/** Every organisation named in a plan (lead or coordinating), with its name. */
export async function agenciesOf(db: Db, contents: PlanContents): Promise<Map<string, Localized>> {
  const ids = [...new Set(contents.actions.flatMap((a) => [a.leadOrganisationId, ...a.coordinatorIds]))];
  const names = [...(await organisationNames(db, ids))];
  return new Map(names.sort(([, a], [, b]) => a.vi.localeCompare(b.vi, 'vi')));
}

/** What each lead agency owes as of `today`, grouped by agency; `agency` narrows to one. */
export function planReminders(plan: Plan, contents: PlanContents, today: IsoDate, agency?: string) {
  const { actions, reports } = coreInputs(contents);
  const byId = new Map(contents.actions.map((a) => [a.id, a]));
  const out = new Map<string, (Reminder & { code: string; title: Localized })[]>();
  for (const r of remindersFor(rule(plan), actions, reports, today)) {
    const a = byId.get(r.actionId)!;
    if (agency && a.leadOrganisationId !== agency) continue;
    const list = out.get(a.leadOrganisationId) ?? [];
    list.push({ ...r, code: a.code, title: a.title });
    out.set(a.leadOrganisationId, list);
  }
  return out;
}

export function planScorecards(plan: Plan, contents: PlanContents, today: IsoDate, filter: { agency?: string; from?: PeriodKey; to?: PeriodKey } = {}) {
  const { actions, reports } = coreInputs(contents);
  const periods = scorecardPeriods(rule(plan), actions, today).filter((p) => (!filter.from || p >= filter.from) && (!filter.to || p <= filter.to));
  const agencies = [...new Set(actions.map((a) => a.leadAgencyId))].filter((a) => !filter.agency || a === filter.agency);
  return { periods, cards: agencies.flatMap((agency) => periods.map((p) => scorecard(rule(plan), agency, p, actions, reports, today))) };
}
