// Several officials' judgments on the same pairs combined into one matrix by the element-wise
// geometric mean (aggregation of individual judgments, AIJ; Forman & Peniwati 1998). The geometric
// mean is the one that keeps the result reciprocal: the mean of 1/x is 1/(mean of x).
export function aggregateJudgments(matrices: readonly (readonly (readonly number[])[])[], weights?: readonly number[]): number[][] {
  if (matrices.length === 0) throw new Error('aggregateJudgments needs at least one matrix.');
  const share = weights ? normalised(weights) : matrices.map(() => 1 / matrices.length);
  const n = matrices[0].length;
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === j ? 1 : Math.exp(matrices.reduce((s, m, k) => s + share[k] * Math.log(m[i][j]), 0)))),
  );
}

function normalised(weights: readonly number[]): number[] {
  const total = weights.reduce((s, x) => s + x, 0);
  return weights.map((x) => x / total);
}
