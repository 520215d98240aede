// Words for a consultation's figures: a ballot count ("1 ballot", "2 ballots" through the message's
// ICU plural; Vietnamese has one form) and the name of a tally method.
import { labelOf, type Translate } from '../../shared/i18n/i18n';

export function ballotsText(t: Translate, n: number): string {
  return t('count.ballots', { n });
}

export const methodName = (t: Translate, method: string) => labelOf(t, 'method', method);

/** What the figure of a method means; a method this app does not know yet gets the plain word. */
export function measureName(t: Translate, code: string): string {
  const label = labelOf(t, 'scoreOf', code);
  return label === code ? t('scoreOf.other') : label;
}
