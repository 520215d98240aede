// Numbers of the region's pages in the house format (1.234,5 in Vietnamese, 1,234.5 in English).
import { formatNumber } from '../../shared/format';
import type { Lang } from '../../shared/i18n/i18n';
import { percentText, shareText } from '../plans/numbers';

/** A practice rate 0…1 with its sign ("66,7 %"); a group with no commitments has none ("—"). */
export const rateText = (rate: number | null, lang: Lang) => shareText(rate, lang);
export { percentText };
/** A score or a gain, two decimals at most: "3,43". */
export const scoreText = (value: number, lang: Lang) => formatNumber(value, lang, 2);
