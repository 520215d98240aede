// Words for a consultation's figures that need more than one dictionary key: a ballot count
// ("1 ballot", "2 ballots"; Vietnamese has one form) and the name of a tally method.
import { formatNumber } from '../../shared/format';
import { labelOf, type Lang, type Translate } from '../../shared/i18n/i18n';

export function ballotsText(t: Translate, lang: Lang, n: number): string {
  return t(n === 1 ? 'count.ballot' : 'count.ballots', { n: formatNumber(n, lang) });
}

export const methodName = (t: Translate, method: string) => labelOf(t, 'method', method);

/** What the figure of a method means; a method this app does not know yet gets the plain word. */
export function measureName(t: Translate, code: string): string {
  const label = labelOf(t, 'scoreOf', code);
  return label === code ? t('scoreOf.other') : label;
}
