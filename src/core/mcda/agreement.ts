// How far two rankings of the same alternatives agree: Kendall's τ (Kendall 1938), the share of
// pairs both put in the same order minus the share they put in opposite orders. 1 = the same order,
// −1 = one the reverse of the other. Rankings are strict orders, best first.
export function kendallTau(a: readonly string[], b: readonly string[]): number {
  const position = new Map(b.map((key, i) => [key, i]));
  if (a.length !== b.length || a.some((key) => !position.has(key))) throw new Error('kendallTau needs two orders of the same alternatives.');
  const n = a.length;
  if (n < 2) return 1;
  let agree = 0;
  let disagree = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (position.get(a[i])! < position.get(a[j])!) agree++;
      else disagree++;
    }
  }
  return (agree - disagree) / ((n * (n - 1)) / 2);
}

/** The mean τ over every pair of rankings; undefined with fewer than two. */
export function meanKendallTau(rankings: readonly (readonly string[])[]): number | undefined {
  const taus: number[] = [];
  for (let i = 0; i < rankings.length; i++) for (let j = i + 1; j < rankings.length; j++) taus.push(kendallTau(rankings[i], rankings[j]));
  return taus.length ? taus.reduce((s, t) => s + t, 0) / taus.length : undefined;
}
