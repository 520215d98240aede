// Figures of priority exercises in the page's language (1.234,5 in Vietnamese, 1,234.5 in English),
// and the reading back of what a facilitator types into a cell: the page's own format, so "1.234,5"
// and "4,5" in Vietnamese, "1,234.5" and "4.5" in English; a lone "4.5" is accepted in Vietnamese too.
import type { Lang } from '../../shared/i18n/i18n';
import { formatFixed } from '../indicators/numbers';

const dash = '—';

/** A figure with up to `digits` decimals, trailing zeros dropped: 3, 4,5, 1.234,56. */
export function formatValue(value: number | null | undefined, lang: Lang, digits = 2): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return dash;
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: digits }).format(value).replace('-', '−');
}

/** A share 0…1 as a percentage figure with one decimal, without the sign: 12,0. */
export function formatPercent(share: number, lang: Lang): string {
  return formatFixed(share * 100, lang, 1);
}

/** A score or a consistency ratio: fixed decimals. */
export function formatScore(value: number | null | undefined, lang: Lang, digits = 3): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return dash;
  return formatFixed(value, lang, digits);
}

/** What was typed into a cell as a number, or null when it is not one. */
export function parseNumber(text: string, lang: Lang): number | null {
  const s = text.trim().replace(/[\s\u00a0\u202f]/g, '').replace(/^[−–]/, '-');
  if (!s) return null;
  const [group, decimal] = lang === 'vi' ? ['.', ','] : [',', '.'];
  const g = group === '.' ? '\\.' : ',';
  const d = decimal === '.' ? '\\.' : ',';
  let plain: string | null = null;
  if (new RegExp(`^-?\\d{1,3}(${g}\\d{3})+(${d}\\d+)?$`).test(s)) plain = s.split(group).join('').replace(decimal, '.');
  else if (new RegExp(`^-?\\d+(${d}\\d+)?$`).test(s)) plain = s.replace(decimal, '.');
  else if (lang === 'vi' && /^-?\d+\.\d+$/.test(s)) plain = s;
  if (plain === null) return null;
  const value = Number(plain);
  return Number.isFinite(value) ? value : null;
}

/** A share as a percentage with its sign, written each language's way: "12,0 %" and "12.0%". */
export function percentText(share: number, lang: Lang): string {
  return lang === 'vi' ? `${formatPercent(share, lang)}\u00a0%` : `${formatPercent(share, lang)}%`;
}
