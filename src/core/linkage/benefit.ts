// Offers and needs → the benefit matrix the reciprocal matching reads (match.ts): benefit[y][x] is what
// locality y gains from what locality x offers.
//
// The rule, in words: an offer meets a need when both are in the same sector and come from two different
// localities. Sizes are on a 1–5 scale (1 small … 5 very large); a met need is worth the smaller of the two
// sizes (a large offer cannot meet more than the need asks, a small offer meets only part of a large need),
// halved when the offer is of another kind than the need (a need for expertise met by a facility helps, but
// less). Each of y's needs counts once towards x: the best of x's offers for it. benefit[y][x] is the sum
// over y's needs. Intents of localities outside the list are left out.
import type { IntentKind } from './sectors';

export type Intent = {
  id?: string;
  locality: string;
  direction: 'offer' | 'need';
  sector: string;
  kind: IntentKind;
  size: number;
  text?: { vi: string; en: string | null };
};

/** One of y's needs and the offer of x that meets it best, with what it is worth. */
export type Meeting = { need: Intent; offer: Intent; value: number };

export type BenefitMatrix = {
  localities: string[];
  benefit: Record<string, Record<string, number>>;
  /** meetings[y][x]: the needs of y that x's offers meet, in the order the needs were given. */
  meetings: Record<string, Record<string, Meeting[]>>;
};

export const OTHER_KIND_FACTOR = 0.5;

export function meetingValue(need: Intent, offer: Intent): number {
  if (need.sector !== offer.sector || need.locality === offer.locality) return 0;
  return Math.min(need.size, offer.size) * (need.kind === offer.kind ? 1 : OTHER_KIND_FACTOR);
}

export function benefitMatrix(localities: readonly string[], intents: readonly Intent[]): BenefitMatrix {
  const members = new Set(localities);
  const ofMember = intents.filter((i) => members.has(i.locality));
  const offersBy = new Map<string, Intent[]>(localities.map((l) => [l, []]));
  for (const o of ofMember) if (o.direction === 'offer') offersBy.get(o.locality)!.push(o);
  const benefit: BenefitMatrix['benefit'] = {};
  const meetings: BenefitMatrix['meetings'] = {};
  for (const y of localities) {
    benefit[y] = {};
    meetings[y] = {};
    const needs = ofMember.filter((n) => n.direction === 'need' && n.locality === y);
    for (const x of localities) {
      if (x === y) continue;
      const met = needs.map((need) => bestOffer(need, offersBy.get(x)!)).filter((m): m is Meeting => m !== null);
      const total = met.reduce((sum, m) => sum + m.value, 0);
      if (total > 0) {
        benefit[y][x] = total;
        meetings[y][x] = met;
      }
    }
  }
  return { localities: [...localities], benefit, meetings };
}

/** The offer worth most to the need (the first listed on a tie), or null when none meets it. */
function bestOffer(need: Intent, offers: readonly Intent[]): Meeting | null {
  let best: Meeting | null = null;
  for (const offer of offers) {
    const value = meetingValue(need, offer);
    if (value > 0 && (!best || value > best.value)) best = { need, offer, value };
  }
  return best;
}
