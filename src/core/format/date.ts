// Dates and times in Viet Nam's time (Asia/Ho_Chi_Minh), whatever zone the server or browser runs in,
// written dd/mm/yyyy in both languages as officials write them; times on the 24-hour clock.
const VIETNAM = 'Asia/Ho_Chi_Minh';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: VIETNAM,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A calendar date "YYYY-MM-DD" is that day in Viet Nam; any other string or a Date is an instant. */
function instant(at: Date | string): Date {
  return typeof at === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(at) ? new Date(`${at}T12:00:00+07:00`) : new Date(at);
}

function fields(at: Date | string): Record<'day' | 'month' | 'year' | 'hour' | 'minute', string> {
  const found = { day: '', month: '', year: '', hour: '', minute: '' };
  for (const part of parts.formatToParts(instant(at))) if (part.type in found) found[part.type as keyof typeof found] = part.value;
  return found;
}

/** "06/01/2026" for 5 January 2026 23:30 UTC, which is already the 6th in Viet Nam. */
export function formatDate(at: Date | string): string {
  const { day, month, year } = fields(at);
  return `${day}/${month}/${year}`;
}

/** "06/01/2026 06:30" for the same instant. */
export function formatDateTime(at: Date | string): string {
  const { day, month, year, hour, minute } = fields(at);
  return `${day}/${month}/${year} ${hour}:${minute}`;
}

/** "06:30" for the same instant: a time within a day already named. */
export function formatTime(at: Date | string): string {
  const { hour, minute } = fields(at);
  return `${hour}:${minute}`;
}
