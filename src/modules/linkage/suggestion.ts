// Region-wide suggestions: the region's offers and needs → the benefit matrix (core/linkage/benefit.ts) →
// the best disjoint pairs (and 3-cycles) by core/linkage's matching, each explained in words in both
// languages ("Cần Thơ cung cấp … mà An Giang cần …; … Điểm (trung bình điều hòa): 2 / (1/3 + 1/2) = 2,4").
// The search is capped by nodes (not time, so answers repeat): past the cap the answer says it may not be
// the best (exact: false) and gives the bound no answer can beat.
import { localityById } from '../../core/localities';
import { benefitMatrix, type Intent as CoreIntent } from '../../core/linkage/benefit';
import { explainExchange, matchExchangesWithin, type Exchange } from '../../core/linkage';
import type { Intent } from './intent.service';
import { presentLocality } from './linkage.presenter';

/**
 * A request never runs unbounded. Measured here on a busy machine (random 20 offers and needs per locality,
 * pairs and 3-cycles): the Mekong Delta's 13 pre-2025 provinces need about 220 nodes (about 20 ms, exact);
 * all 63 take about 3 s, nearly all of it setting up the 81 000 candidate cycles (1 000 nodes 3,0 s,
 * 100 000 nodes 4,1 s), and stop at the cap with the best found and its bound.
 */
export const MAX_SEARCH_NODES = 20_000;

const toCore = (i: Intent): CoreIntent => ({ id: i.id, locality: i.localityId, direction: i.direction, sector: i.sector, kind: i.kind, size: i.size, text: i.text });

/** Names to say; a name two members share (An Giang before and after 2025) gets its id beside it. */
function labels(localities: readonly string[]): Map<string, string> {
  const name = (id: string) => localityById(id)!.name;
  const count = new Map<string, number>();
  for (const id of localities) count.set(name(id), (count.get(name(id)) ?? 0) + 1);
  return new Map(localities.map((id) => [id, count.get(name(id))! > 1 ? `${name(id)} (${id})` : name(id)]));
}

export function suggestions(localities: readonly string[], intents: readonly Intent[], maxCycle: 2 | 3) {
  const matrix = benefitMatrix(localities, intents.map(toCore));
  const found = matchExchangesWithin({ localities: [...localities], benefit: matrix.benefit, maxCycle }, { maxNodes: MAX_SEARCH_NODES });
  const label = labels(localities);
  const idOf = new Map([...label].map(([id, l]) => [l, id]));
  const words = (e: Exchange, lang: 'vi' | 'en') => {
    const named: Exchange = { members: e.members.map((m) => label.get(m)!), gains: Object.fromEntries(e.members.map((m) => [label.get(m)!, e.gains[m]])), score: e.score };
    return explainExchange(named, lang, (giver, taker) => {
      const met = matrix.meetings[idOf.get(taker)!]?.[idOf.get(giver)!] ?? [];
      return met.map((m) => (lang === 'en' ? m.offer.text?.en ?? m.offer.text?.vi : m.offer.text?.vi)).join(', ') || undefined;
    });
  };
  const exchanges = found.exchanges.map((e) => ({
    members: e.members.map(presentLocality),
    gains: e.members.map((m) => ({ localityId: m, gain: e.gains[m] })),
    score: e.score,
    words: { vi: words(e, 'vi'), en: words(e, 'en') },
    flows: e.members.map((giver, k) => {
      const taker = e.members[(k + 1) % e.members.length];
      return { giver, taker, meetings: (matrix.meetings[taker]?.[giver] ?? []).map((m) => ({ offerId: m.offer.id!, needId: m.need.id!, value: m.value })) };
    }),
  }));
  return { maxCycle, exchanges, total: found.total, exact: found.exact, upperBound: found.upperBound };
}
