// Numbers of the plan pages in the house format: 1.234,5 in Vietnamese, 1,234.5 in English.
import { formatNumber, formatShareWithSign } from '../../shared/format';
import { readNumber, writeVnNumber } from '../../../../src/core/vn-number';
import type { Lang, Translate } from '../../shared/i18n/i18n';

/** A percentage 0…100 with its sign: "77 %", "92,5 %" (Vietnamese, no-break space), "92.5%". */
export const percentText = (value: number, lang: Lang) => formatShareWithSign(value / 100, lang);

/** A share 0…1 as a percentage ("87,5 %"); null as a dash. */
export const shareText = (value: number | null, lang: Lang) => (value === null ? '—' : percentText(value * 100, lang));

/** Money in million đồng, as the API gives it: "12.000 triệu đồng". */
export const moneyText = (value: number | null, lang: Lang, t: Translate) => (value === null ? '—' : t('plans.money', { amount: formatNumber(value, lang, 1) }));

/** What a person types as a number: "12,5" or "1.234,5" (Vietnamese), "1,234.5" (English); null when it is not one. */
export const parseNumber = (text: string, lang: Lang): number | null => readNumber(text, lang);

/** A number as the user's language writes it, for prefilling inputs. */
export const inputText = (value: number | null | undefined, lang: Lang) => (value === null || value === undefined ? '' : lang === 'vi' ? writeVnNumber(value) : String(value));

export const bytesText = (size: number, lang: Lang) => (size >= 1024 * 1024 ? `${formatNumber(size / (1024 * 1024), lang, 1)} MB` : `${formatNumber(Math.max(1, Math.round(size / 1024)), lang, 0)} kB`);
