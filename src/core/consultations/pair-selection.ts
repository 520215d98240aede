// Which pairs a pairwise ("wiki survey") participant sees next: the pairs compared least so far,
// so that every pair gets answered before any pair is answered twice as often as another.
// Among equally compared pairs a seeded draw decides, so two participants arriving together get
// different pairs, and a test can replay the choice.
import type { Random } from '../random';

export const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

export function leastComparedPairs(options: readonly string[], shown: ReadonlyMap<string, number>, k: number, random: Random): [string, string][] {
  const pairs: { pair: [string, string]; seen: number; tie: number }[] = [];
  for (let i = 0; i < options.length; i++) {
    for (let j = i + 1; j < options.length; j++) {
      // Which side is shown first is drawn too, so position on the page does not favour one option.
      const pair: [string, string] = random.next() < 0.5 ? [options[i], options[j]] : [options[j], options[i]];
      pairs.push({ pair, seen: shown.get(pairKey(options[i], options[j])) ?? 0, tie: random.next() });
    }
  }
  pairs.sort((x, y) => x.seen - y.seen || x.tie - y.tie);
  return pairs.slice(0, k).map((p) => p.pair);
}
