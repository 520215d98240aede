// The principal (Perron) eigenvector of a positive reciprocal matrix, which AHP takes as the
// priorities, and its eigenvalue λmax, which measures how far the judgments are from consistent.
// Power iteration: a positive matrix has a strictly dominant positive eigenvalue, so the
// iteration converges from any positive start; starting at the normalised row geometric means
// (exact for a consistent matrix) it usually needs only a handful of steps.

/** Iteration stops once no weight moves by more than this between two steps. */
export const EIGEN_TOLERANCE = 1e-12;
// for entries within Saaty's 1/9…9 the contraction per step is at worst about 0.98 (Birkhoff),
// so ~1 500 steps reach the tolerance; the cap is far above that and only guards against a bug
const MAX_STEPS = 20_000;

export interface Eigen {
  /** Sums to 1. */
  vector: number[];
  lambdaMax: number;
}

export function principalEigen(matrix: readonly (readonly number[])[]): Eigen {
  const n = matrix.length;
  // one or two items: the answer is exact and the iteration would only add rounding
  if (n === 1) return { vector: [1], lambdaMax: 1 };
  if (n === 2) {
    const a = matrix[0][1];
    return { vector: [a / (1 + a), 1 / (1 + a)], lambdaMax: 2 };
  }
  let w = normalise(matrix.map((row) => Math.exp(row.reduce((s, x) => s + Math.log(x), 0) / n)));
  for (let step = 0; step < MAX_STEPS; step++) {
    const product = multiply(matrix, w);
    // with w summing to 1, Aw = λw sums to λ
    const lambdaMax = product.reduce((s, x) => s + x, 0);
    const next = product.map((x) => x / lambdaMax);
    const moved = Math.max(...next.map((x, i) => Math.abs(x - w[i])));
    w = next;
    if (moved <= EIGEN_TOLERANCE) return { vector: w, lambdaMax: multiply(matrix, w).reduce((s, x) => s + x, 0) };
  }
  throw new Error(`the power iteration did not reach ${EIGEN_TOLERANCE} in ${MAX_STEPS} steps; the matrix is not positive.`);
}

function multiply(matrix: readonly (readonly number[])[], w: readonly number[]): number[] {
  return matrix.map((row) => row.reduce((s, x, j) => s + x * w[j], 0));
}

function normalise(values: readonly number[]): number[] {
  const total = values.reduce((s, x) => s + x, 0);
  return values.map((x) => x / total);
}
