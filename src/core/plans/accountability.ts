// What each agency owes and how it delivers: the reports due per period, reminders as of a day,
// and the scorecard per period. An action's reports are owed by its lead agency, for every period
// from the one holding its start date to the one holding its due date, until a report says 100 %.
// Coordinating agencies may report too, but the scorecard holds the lead agency to account.
import { dayNumber, type IsoDate } from './dates';
import { minDate, periodEnd, periodsBetween, periodStart, reportDeadline, type PeriodKey, type ReportingPeriod } from './periods';
import { evaluateAction, type ActionInput, type ReportInput } from './tree';
import { isOnTrack } from './status';

export type ReportingRule = { period: ReportingPeriod; graceDays: number };

export type Obligation = { actionId: string; period: PeriodKey; deadline: IsoDate; report: ReportInput | null; onTime: boolean };

/** Every report an action owes, from its start to its due date or its first 100 % report. */
export function obligations(rule: ReportingRule, action: ActionInput, reports: readonly ReportInput[]): Obligation[] {
  const own = reports.filter((r) => r.actionId === action.id);
  const out: Obligation[] = [];
  for (const period of periodsBetween(rule.period, action.startsOn, action.dueOn)) {
    const report = own.find((r) => r.period === period) ?? null;
    const deadline = reportDeadline(rule.period, period, rule.graceDays);
    out.push({ actionId: action.id, period, deadline, report, onTime: report !== null && dayNumber(report.submittedOn) <= dayNumber(deadline) });
    if (report && report.percent >= 100) break;
  }
  return out;
}

export type Reminder = { actionId: string; kind: 'report-overdue' | 'report-due' | 'action-overdue'; period: PeriodKey | null; deadline: IsoDate };

/**
 * As of `today`: reports whose deadline has passed without a report (overdue), the report for a
 * period that has ended but whose deadline has not passed (due), and actions past their due date
 * and not done.
 */
export function remindersFor(rule: ReportingRule, actions: readonly ActionInput[], reports: readonly ReportInput[], today: IsoDate): Reminder[] {
  const t = dayNumber(today);
  const out: Reminder[] = [];
  for (const action of actions) {
    for (const o of obligations(rule, action, reports)) {
      if (o.report || dayNumber(periodEnd(rule.period, o.period)) >= t) continue;
      out.push({ actionId: action.id, kind: dayNumber(o.deadline) < t ? 'report-overdue' : 'report-due', period: o.period, deadline: o.deadline });
    }
    const state = evaluateAction(action, reports, today);
    if (dayNumber(action.dueOn) < t && state.progress < 100) out.push({ actionId: action.id, kind: 'action-overdue', period: null, deadline: action.dueOn });
  }
  return out;
}

export type Scorecard = {
  agencyId: string;
  period: PeriodKey;
  /** Reports whose deadline has passed by `today` (later ones are not counted yet). */
  reportsDue: number;
  reportsOnTime: number;
  onTimeRate: number | null;
  actions: number;
  actionsOnTrack: number;
  kpiAttainment: number | null;
  overdue: number;
};

/**
 * One agency in one period, judged at the period's end (or today, if earlier), on the actions it
 * leads that have started by then: progress as reported for periods up to this one; the mean KPI
 * attainment over the KPIs that have a value; overdue = past due and not done.
 */
export function scorecard(rule: ReportingRule, agencyId: string, period: PeriodKey, actions: readonly ActionInput[], reports: readonly ReportInput[], today: IsoDate): Scorecard {
  const asOf = minDate(periodEnd(rule.period, period), today);
  const led = actions.filter((a) => a.leadAgencyId === agencyId && dayNumber(a.startsOn) <= dayNumber(asOf));
  let reportsDue = 0;
  let reportsOnTime = 0;
  for (const a of led) {
    const o = obligations(rule, a, reports).find((x) => x.period === period);
    if (!o || dayNumber(o.deadline) > dayNumber(today)) continue;
    reportsDue++;
    if (o.onTime) reportsOnTime++;
  }
  const states = led.map((a) => ({ a, s: evaluateAction(a, reports, asOf, period) }));
  const attainments = states.flatMap(({ s }) => s.kpis.map((k) => k.attainment)).filter((x): x is number => x !== null);
  return {
    agencyId,
    period,
    reportsDue,
    reportsOnTime,
    onTimeRate: reportsDue ? reportsOnTime / reportsDue : null,
    actions: led.length,
    actionsOnTrack: states.filter(({ s }) => isOnTrack(s.status)).length,
    kpiAttainment: attainments.length ? attainments.reduce((x, y) => x + y, 0) / attainments.length : null,
    overdue: states.filter(({ a, s }) => dayNumber(a.dueOn) < dayNumber(asOf) && s.progress < 100).length,
  };
}

/** Periods a plan's scorecards cover: from the earliest start to today (or the last due date). */
export function scorecardPeriods(rule: ReportingRule, actions: readonly ActionInput[], today: IsoDate): PeriodKey[] {
  if (!actions.length) return [];
  const first = actions.map((a) => a.startsOn).sort()[0];
  const last = actions.map((a) => a.dueOn).sort().at(-1)!;
  return periodsBetween(rule.period, first, minDate(last, today)).filter((p) => dayNumber(periodStart(rule.period, p)) <= dayNumber(today));
}
