// Dates and numbers in the house formats: dates dd/mm/yyyy in both languages, numbers 1.234,5 in
// Vietnamese and 1,234.5 in English.
import type { Lang } from './i18n/i18n';

// The API sends calendar dates as YYYY-MM-DD. Reformatting the string, instead of going through
// Date, keeps the day from shifting with the browser's time zone.
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

// Weighted counts carry many decimals; `digits` caps them (three by default, as Intl does).
export function formatNumber(value: number, lang: Lang, digits = 3): string {
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: digits }).format(value);
}

// A share 0…1 as a percentage figure without the sign: the messages place "%" themselves,
// because Vietnamese writes "45 %" and English "45%".
export function formatShare(share: number, lang: Lang): string {
  return formatNumber(share * 100, lang, 1);
}
