// Small groups are not published. A group (or cluster) with fewer ballots than the consultation's
// minimum is withheld — a group of one would show that one person's choice. Withholding only the
// small ones is not enough: the total minus every shown group gives what the withheld ones (and the
// ballots in no group) chose together, so while that remainder is between 1 and min − 1 the smallest
// shown group is withheld too ("secondary suppression").
export const DEFAULT_MIN_GROUP_SIZE = 5;

/** `reveals`: the part is large enough itself, but showing it would let a smaller one be worked out. */
export type Withheld = { withheld: true; fewerThan: number; reveals?: true };

/** The keys whose figures must not be published, given each part's ballot count and the total. */
export function withheldParts(sizes: Readonly<Record<string, number>>, total: number, min: number): Set<string> {
  const withheld = new Set(Object.keys(sizes).filter((k) => sizes[k] < min));
  const shown = Object.keys(sizes)
    .filter((k) => !withheld.has(k))
    .sort((a, b) => sizes[a] - sizes[b] || (a < b ? -1 : 1));
  let remainder = total - shown.reduce((s, k) => s + sizes[k], 0);
  while (remainder > 0 && remainder < min && shown.length) {
    const next = shown.shift()!;
    withheld.add(next);
    remainder += sizes[next];
  }
  return withheld;
}

/** How many ballots each declared part holds (every declared key present, zero when empty); a row stands for `sizeOf(row)` ballots, one by default. */
export function partSizes<T>(declared: readonly string[], rows: readonly T[], keyOf: (row: T) => string | null, sizeOf: (row: T) => number = () => 1): Record<string, number> {
  const sizes: Record<string, number> = Object.fromEntries(declared.map((k) => [k, 0]));
  for (const row of rows) {
    const k = keyOf(row);
    if (k !== null && k in sizes) sizes[k] += sizeOf(row);
  }
  return sizes;
}
