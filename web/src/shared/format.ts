// Dates and numbers in the house formats, the same as the server prints them (src/core/format): dates
// dd/mm/yyyy in Viet Nam's time in both languages, numbers 1.234,5 in Vietnamese and 1,234.5 in English.
import { formatDate as vietnamDate, formatNumber as intlNumber } from '../../../src/core/format';
import type { Lang } from './i18n/i18n';

// Calendar dates (YYYY-MM-DD) stay on their day; instants show the day it was in Viet Nam.
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  return Number.isNaN(Date.parse(iso)) ? iso : vietnamDate(iso);
}

// Weighted counts carry many decimals; `digits` caps them (three by default, as Intl does).
export function formatNumber(value: number, lang: Lang, digits = 3): string {
  return intlNumber(value, lang, { digits });
}

// A share 0…1 as a percentage figure without the sign: the messages place "%" themselves,
// because Vietnamese writes "45 %" and English "45%".
export function formatShare(share: number, lang: Lang): string {
  return formatNumber(share * 100, lang, 1);
}

// A share 0…1 as a percentage with its sign, each language's way: "87,5 %" (a no-break space holds the
// sign to its figure) and "87.5%"; one decimal unless a style says otherwise.
export { formatPercent as formatShareWithSign } from '../../../src/core/format';

// Times of day (agenda items) in Viet Nam's time, 24-hour: "08:30".
export { formatTime } from '../../../src/core/format';

// A moment as day and time in Viet Nam: "04/12/2026 21:40" (a map's computation, a batch's commit).
export { formatDateTime } from '../../../src/core/format';
