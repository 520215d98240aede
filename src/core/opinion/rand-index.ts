// The adjusted Rand index of two partitions of the same items (Hubert and Arabie, 1985): 1 when they
// agree, about 0 for chance agreement. Used to compare our groups with Pol.is's published ones.
const pairs = (n: number) => (n * (n - 1)) / 2;

export function adjustedRandIndex(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  if (a.length !== b.length) throw new Error('adjustedRandIndex: the two labellings must have the same length');
  const table = new Map<string, number>();
  const rows = new Map<string | number, number>();
  const columns = new Map<string | number, number>();
  a.forEach((x, i) => {
    const key = `${x}\u0000${b[i]}`;
    table.set(key, (table.get(key) ?? 0) + 1);
    rows.set(x, (rows.get(x) ?? 0) + 1);
    columns.set(b[i], (columns.get(b[i]) ?? 0) + 1);
  });
  const index = [...table.values()].reduce((s, n) => s + pairs(n), 0);
  const sumRows = [...rows.values()].reduce((s, n) => s + pairs(n), 0);
  const sumColumns = [...columns.values()].reduce((s, n) => s + pairs(n), 0);
  const expected = (sumRows * sumColumns) / pairs(a.length);
  const max = (sumRows + sumColumns) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}
