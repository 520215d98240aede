// Figures of priority exercises in the page's language (1.234,5 in Vietnamese, 1,234.5 in English),
// and the reading back of what a facilitator types into a cell: the page's own format, so "1.234,5"
// and "4,5" in Vietnamese, "1,234.5" and "4.5" in English; a lone "4.5" is accepted in Vietnamese too.
import { formatNumber } from '../../../../src/core/format';
import { readNumber } from '../../../../src/core/vn-number';
import { formatShareWithSign } from '../../shared/format';
import type { Lang } from '../../shared/i18n/i18n';
import { formatFixed } from '../indicators/numbers';

const dash = '—';

/** A figure with up to `digits` decimals, trailing zeros dropped: 3, 4,5, 1.234,56. */
export function formatValue(value: number | null | undefined, lang: Lang, digits = 2): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return dash;
  return formatNumber(value, lang, { digits });
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

/** What was typed into a cell as a number, or null when it is not one (src/core/vn-number). */
export const parseNumber = (text: string, lang: Lang): number | null => readNumber(text, lang);

/** A share as a percentage with its sign, written each language's way: "12,0 %" and "12.0%". */
export function percentText(share: number, lang: Lang): string {
  return formatShareWithSign(share, lang, { digits: 1, fixed: true });
}
