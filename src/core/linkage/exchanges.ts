// The candidate exchanges of reciprocal matching (docs/contracts.md, `doithoai match`): every pair
// {x, y} and, with maxCycle 3, every directed 3-cycle x→y→z→x (y gains from x, z from y, x from z).
// An exchange's score is the harmonic mean of what each member gains — high only when every member
// gains (RECON's reciprocal score, Pizzato et al., RecSys 2010), and 0 when any member gains nothing.
// Names are compared by code point, so the order is the same on every machine and in every locale.

export type MatchInput = { localities: string[]; benefit: Record<string, Record<string, number>>; maxCycle: 2 | 3 };
export type Exchange = { members: string[]; gains: Record<string, number>; score: number };
export type MatchResult = { exchanges: Exchange[]; total: number };

/** k / (1/g1 + … + 1/gk), and 0 when any gain is 0 (or less). */
export function harmonicMean(gains: readonly number[]): number {
  if (gains.length === 0 || gains.some((g) => !(g > 0))) return 0;
  return gains.length / gains.reduce((sum, g) => sum + 1 / g, 0);
}

export const compareNames = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Largest score first, then by members, name by name (a pair before the 3-cycles it starts). */
export function compareExchanges(a: Exchange, b: Exchange): number {
  if (a.score !== b.score) return b.score - a.score;
  return compareMembers(a.members, b.members);
}

export function compareMembers(a: readonly string[], b: readonly string[]): number {
  for (let k = 0; k < Math.min(a.length, b.length); k++) {
    const c = compareNames(a[k], b[k]);
    if (c) return c;
  }
  return a.length - b.length;
}

/** What x gains from what y offers; missing is 0. */
export function gainOf(benefit: MatchInput['benefit'], x: string, y: string): number {
  return benefit[x]?.[y] ?? 0;
}

/**
 * The exchange in which members[0] gives to members[1], members[1] to members[2] … and the last to
 * members[0]; for two members, each gives to the other.
 */
export function exchangeOf(benefit: MatchInput['benefit'], members: string[]): Exchange {
  const gains: Record<string, number> = {};
  members.forEach((m, k) => (gains[m] = gainOf(benefit, m, members[(k + members.length - 1) % members.length])));
  return { members, gains, score: harmonicMean(members.map((m) => gains[m])) };
}

/**
 * Every pair and (maxCycle 3) every directed 3-cycle, scores 0 included — what the UI lists with its
 * formula. A pair is sorted; a cycle starts at its smallest name and goes in its direction, so each
 * set of three names gives two cycles (a→b→c→a and a→c→b→a). Largest score first, then by members.
 */
export function allExchanges(input: MatchInput): Exchange[] {
  const names = [...input.localities].sort(compareNames);
  const out: Exchange[] = [];
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      out.push(exchangeOf(input.benefit, [names[i], names[j]]));
      if (input.maxCycle !== 3) continue;
      for (let k = j + 1; k < names.length; k++) {
        out.push(exchangeOf(input.benefit, [names[i], names[j], names[k]]));
        out.push(exchangeOf(input.benefit, [names[i], names[k], names[j]]));
      }
    }
  }
  return out.sort(compareExchanges);
}

/** The formula of an exchange's score as it is computed: "2 / (1/3 + 1/1,5) = 2". */
export function scoreFormula(e: Exchange, format: (value: number) => string = String): string {
  const parts = e.members.map((m) => `1/${format(e.gains[m])}`).join(' + ');
  return `${e.members.length} / (${parts}) = ${format(e.score)}`;
}
