// An exchange in words, for a suggestion: who gives what to whom, and the score with its formula.
// `what(giver, taker)` may name what the giver offers that the taker needs ("cold storage");
// without it the sentence gives the benefit figures.
import { formatNumber } from '../format';
import { scoreFormula, type Exchange } from './exchanges';

export type Lang = 'vi' | 'en';
export type OfferWords = (giver: string, taker: string) => string | undefined;

export function explainExchange(e: Exchange, lang: Lang, what?: OfferWords): string {
  const n = e.members.length;
  const number = (value: number) => formatNumber(value, lang, { digits: 2 });
  const flows = e.members.map((giver, k) => {
    const taker = e.members[(k + 1) % n];
    const offer = what?.(giver, taker);
    const gain = number(e.gains[taker]);
    if (lang === 'vi') return offer ? `${giver} cung cấp ${offer} mà ${taker} cần (lợi ích ${gain})` : `${taker} được lợi ${gain} từ ${giver}`;
    return offer ? `${giver} offers ${offer} that ${taker} needs (benefit ${gain})` : `${taker} gains ${gain} from ${giver}`;
  });
  const formula = scoreFormula(e, number);
  return lang === 'vi'
    ? `${flows.join('; ')}. Điểm (trung bình điều hòa): ${formula}.`
    : `${flows.join('; ')}. Score (harmonic mean): ${formula}.`;
}
