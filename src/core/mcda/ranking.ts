// Scores into a ranking of tie groups, best first, as `doithoai tally` reports it. MCDA scores are
// sums of products of fractions, so two alternatives equal in exact arithmetic can differ in the
// last bits depending on the order of the criteria; closer than TIE they count as tied.
const TIE = 1e-9;

/** Indices, best first: by score, then by input order. Its first entry is the alternative with the highest score. */
export function orderByScore(scores: readonly number[]): number[] {
  return scores.map((_, a) => a).sort((a, b) => scores[b] - scores[a] || a - b);
}

export function tieGroups(scores: readonly number[]): number[][] {
  const groups: number[][] = [];
  for (const a of orderByScore(scores)) {
    const last = groups[groups.length - 1];
    if (last && scores[last[0]] - scores[a] <= TIE) last.push(a);
    else groups.push([a]);
  }
  return groups;
}

/** Rank of each alternative: 1 + the number strictly ahead of it. */
export function ranksOf(scores: readonly number[]): number[] {
  const ranks = new Array<number>(scores.length);
  let ahead = 0;
  for (const group of tieGroups(scores)) {
    for (const a of group) ranks[a] = ahead + 1;
    ahead += group.length;
  }
  return ranks;
}

export function namedGroups(names: readonly string[], scores: readonly number[]): string[][] {
  return tieGroups(scores).map((group) => group.map((a) => names[a]));
}
