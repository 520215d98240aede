// Calendar dates as ISO text (yyyy-mm-dd), counted in whole days: plans are about days, not instants,
// and the caller says which day "today" is.
export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(text: string): boolean {
  const m = ISO.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** Days since 1970-01-01. */
export function dayNumber(date: IsoDate): number {
  const m = ISO.exec(date);
  if (!m) throw new RangeError(`not a date: ${date}`);
  return Date.UTC(+m[1], +m[2] - 1, +m[3]) / 86_400_000;
}

export function fromDayNumber(day: number): IsoDate {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

export const addDays = (date: IsoDate, days: number): IsoDate => fromDayNumber(dayNumber(date) + days);

/** The calendar day in Vietnam (UTC+7, no daylight saving) at an instant. */
export const vietnamDay = (at: Date): IsoDate => new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
