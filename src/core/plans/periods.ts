// Reporting periods of a plan (a plan setting): monthly ("2025-03") or quarterly ("2025-Q1"). The
// report for a period is due `graceDays` after the period ends (e.g. by the 10th of the next month).
import { addDays, dayNumber, fromDayNumber, type IsoDate } from './dates';

export type ReportingPeriod = 'monthly' | 'quarterly';
export type PeriodKey = string;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;

export function isPeriodKey(kind: ReportingPeriod, key: string): boolean {
  return (kind === 'monthly' ? MONTH : QUARTER).test(key);
}

/** The period that holds a day. */
export function periodOf(kind: ReportingPeriod, date: IsoDate): PeriodKey {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  return kind === 'monthly' ? `${year}-${date.slice(5, 7)}` : `${year}-Q${Math.ceil(month / 3)}`;
}

export function periodStart(kind: ReportingPeriod, key: PeriodKey): IsoDate {
  if (kind === 'monthly') return `${key}-01`;
  const q = Number(key.slice(6));
  return `${key.slice(0, 4)}-${String(q * 3 - 2).padStart(2, '0')}-01`;
}

export function nextPeriod(kind: ReportingPeriod, key: PeriodKey): PeriodKey {
  const start = periodStart(kind, key);
  const months = kind === 'monthly' ? 1 : 3;
  const y = Number(start.slice(0, 4));
  const m = Number(start.slice(5, 7)) - 1 + months;
  return periodOf(kind, `${y + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-01`);
}

export const periodEnd = (kind: ReportingPeriod, key: PeriodKey): IsoDate => addDays(periodStart(kind, nextPeriod(kind, key)), -1);

export const reportDeadline = (kind: ReportingPeriod, key: PeriodKey, graceDays: number): IsoDate => addDays(periodEnd(kind, key), graceDays);

/** Every period from the one holding `from` to the one holding `to`, in order (empty if to < from). */
export function periodsBetween(kind: ReportingPeriod, from: IsoDate, to: IsoDate): PeriodKey[] {
  if (dayNumber(to) < dayNumber(from)) return [];
  const out: PeriodKey[] = [];
  const last = periodOf(kind, to);
  for (let p = periodOf(kind, from); ; p = nextPeriod(kind, p)) {
    out.push(p);
    if (p === last) return out;
  }
}

export const minDate = (a: IsoDate, b: IsoDate) => fromDayNumber(Math.min(dayNumber(a), dayNumber(b)));
