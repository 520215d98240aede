// Properties of the matching on random regions of up to 8 localities, checked with fast-check against
// a brute force written here from the definition (docs/contracts.md): try every way to give each
// locality, in turn, one exchange with localities still free, or none, and keep the largest total.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchExchanges, matchExchangesWithin, type MatchInput } from './index';

const NAMES = ['Cà Mau', 'Cần Thơ', 'An Giang', 'Kiên Giang', 'Bạc Liêu', 'Sóc Trăng', 'Hậu Giang', 'Vĩnh Long'];

/** A region: up to 8 localities in a random order; each benefit 0 (often), missing, or 0.5 … 6. */
const regionOf = (maxCycle: 2 | 3) =>
  fc.integer({ min: 0, max: 8 }).chain((n) =>
    fc.record({
      localities: fc.shuffledSubarray(NAMES, { minLength: n, maxLength: n }),
      values: fc.array(fc.option(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 12 }).map((v) => v / 2)), { nil: undefined }), { minLength: n * n, maxLength: n * n }),
    }).map(({ localities, values }): MatchInput => {
      const benefit: MatchInput['benefit'] = {};
      localities.forEach((x, i) =>
        localities.forEach((y, j) => {
          const v = values[i * n + j];
          if (i !== j && v !== undefined) (benefit[x] ??= {})[y] = v;
        }),
      );
      return { localities, benefit, maxCycle };
    }),
  );

const gain = (input: MatchInput, x: string, y: string) => input.benefit[x]?.[y] ?? 0;

/** Every exchange with its score: pairs, and ordered triples read as x→y→z→x (each cycle three times — harmless). */
function candidates(input: MatchInput): { members: string[]; score: number }[] {
  const out: { members: string[]; score: number }[] = [];
  const harmonic = (g: number[]) => (g.every((v) => v > 0) ? g.length / g.reduce((s, v) => s + 1 / v, 0) : 0);
  for (const x of input.localities) {
    for (const y of input.localities) {
      if (x === y) continue;
      out.push({ members: [x, y], score: harmonic([gain(input, x, y), gain(input, y, x)]) });
      if (input.maxCycle === 2) continue;
      for (const z of input.localities) {
        if (z !== x && z !== y) out.push({ members: [x, y, z], score: harmonic([gain(input, y, x), gain(input, z, y), gain(input, x, z)]) });
      }
    }
  }
  return out.filter((e) => e.score > 0);
}

function bruteForce(input: MatchInput): number {
  const all = candidates(input);
  const best = (free: string[]): number => {
    if (free.length === 0) return 0;
    const [first, ...rest] = free;
    let top = best(rest); // `first` left out
    for (const e of all) {
      if (e.members[0] !== first || !e.members.every((m) => free.includes(m))) continue;
      top = Math.max(top, e.score + best(free.filter((m) => !e.members.includes(m))));
    }
    return top;
  };
  return best(input.localities);
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

describe('matchExchanges (properties)', () => {
  for (const maxCycle of [2, 3] as const) {
    const what = maxCycle === 2 ? 'pairs only' : 'pairs and 3-cycles';

    it(`finds the brute-force optimum, ${what}`, () => {
      fc.assert(
        fc.property(regionOf(maxCycle), (input) => {
          const result = matchExchanges(input);
          expect(close(result.total, bruteForce(input))).toBe(true);
          expect(close(result.total, result.exchanges.reduce((s, e) => s + e.score, 0))).toBe(true);
        }),
        { numRuns: maxCycle === 2 ? 300 : 150 },
      );
    });

    it(`suggests disjoint exchanges that give every member something, ${what}`, () => {
      fc.assert(
        fc.property(regionOf(maxCycle), (input) => {
          const { exchanges } = matchExchanges(input);
          const members = exchanges.flatMap((e) => e.members);
          expect(new Set(members).size).toBe(members.length);
          for (const e of exchanges) {
            expect(e.members.length).toBeLessThanOrEqual(maxCycle);
            expect(e.score).toBeGreaterThan(0);
            for (const [k, m] of e.members.entries()) {
              const from = e.members[(k + e.members.length - 1) % e.members.length];
              expect(e.gains[m]).toBe(gain(input, m, from));
              expect(e.gains[m]).toBeGreaterThan(0);
            }
          }
          // largest first
          for (let k = 1; k < exchanges.length; k++) expect(exchanges[k - 1].score).toBeGreaterThanOrEqual(exchanges[k].score);
        }),
        { numRuns: 150 },
      );
    });

    it(`gives the same answer whatever the order of the localities and the benefit entries, ${what}`, () => {
      fc.assert(
        fc.property(regionOf(maxCycle), fc.nat(), (input, seed) => {
          const reversed = Object.fromEntries(Object.entries(input.benefit).reverse().map(([x, row]) => [x, Object.fromEntries(Object.entries(row).reverse())]));
          const rotated = input.localities.map((_, k) => input.localities[(k + seed) % input.localities.length]);
          expect(matchExchanges({ ...input, localities: rotated, benefit: reversed })).toEqual(matchExchanges(input));
        }),
        { numRuns: 150 },
      );
    });

    it(`does not depend on the names, ${what}`, () => {
      fc.assert(
        fc.property(regionOf(maxCycle), (input) => {
          // renamed keeping their order: the same answer under the new names
          const kept = (name: string) => `Tỉnh ${name}`;
          // renamed in reverse order: ties may fall the other way, the total may not
          const rank = [...input.localities].sort();
          const flipped = (name: string) => `P${String(99 - rank.indexOf(name)).padStart(2, '0')}`;
          const rename = (to: (name: string) => string): MatchInput => ({
            ...input,
            localities: input.localities.map(to),
            benefit: Object.fromEntries(Object.entries(input.benefit).map(([x, row]) => [to(x), Object.fromEntries(Object.entries(row).map(([y, v]) => [to(y), v]))])),
          });
          const result = matchExchanges(input);
          const renamed = matchExchanges(rename(kept));
          expect(renamed.total).toBe(result.total);
          expect(renamed.exchanges.map((e) => e.members)).toEqual(result.exchanges.map((e) => e.members.map(kept)));
          expect(close(matchExchanges(rename(flipped)).total, result.total)).toBe(true);
        }),
        { numRuns: 150 },
      );
    });
  }

  it('stopped early, says so, and its upper bound is never below the brute-force optimum', () => {
    fc.assert(
      fc.property(regionOf(3), fc.integer({ min: 1, max: 40 }), (input, maxNodes) => {
        const optimum = bruteForce(input);
        const cut = matchExchangesWithin(input, { maxNodes });
        expect(cut.total).toBeLessThanOrEqual(optimum + 1e-9);
        expect(cut.upperBound).toBeGreaterThanOrEqual(optimum - 1e-9);
        if (cut.exact) expect(close(cut.total, optimum)).toBe(true);
        const disjoint = cut.exchanges.flatMap((e) => e.members);
        expect(new Set(disjoint).size).toBe(disjoint.length);
        expect(matchExchangesWithin({ ...input, localities: [...input.localities].reverse() }, { maxNodes })).toEqual(cut);
      }),
      { numRuns: 200 },
    );
  });
});
