// Reporting periods on the client: which periods an action can be reported for as of the server's
// "today", and how a period key reads ("tháng 03/2025", "quý 1/2025"). Mirrors src/core/plans/periods.ts.
import type { ReportingPeriod } from './api';

export function periodOf(kind: ReportingPeriod, date: string): string {
  const month = Number(date.slice(5, 7));
  return kind === 'monthly' ? date.slice(0, 7) : `${date.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
}

function next(kind: ReportingPeriod, key: string): string {
  const year = Number(key.slice(0, 4));
  const month = kind === 'monthly' ? Number(key.slice(5, 7)) : Number(key.slice(6)) * 3 - 2;
  const m = month - 1 + (kind === 'monthly' ? 1 : 3);
  return periodOf(kind, `${year + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-01`);
}

/** Every period from the one holding `from` to the one holding `to` (empty when to < from). */
export function periodsBetween(kind: ReportingPeriod, from: string, to: string): string[] {
  if (to < from) return [];
  const out: string[] = [];
  const last = periodOf(kind, to);
  for (let p = periodOf(kind, from); out.length < 600; p = next(kind, p)) {
    out.push(p);
    if (p === last) break;
  }
  return out;
}

/** Periods an action can be reported for today: from its start to the current period or its due date. */
export function reportablePeriods(kind: ReportingPeriod, startsOn: string, dueOn: string, today: string): string[] {
  return periodsBetween(kind, startsOn, dueOn < today ? dueOn : today);
}

/** The period a reporter most likely means: the latest one that can be reported (the current one). */
export function suggestedPeriod(periods: string[]): string | null {
  return periods.at(-1) ?? null;
}

/** "03/2025" or "Q1/2025": the way officials write periods in both languages. */
export function periodText(key: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) return `Q${quarter[2]}/${quarter[1]}`;
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  return month ? `${month[2]}/${month[1]}` : key;
}
