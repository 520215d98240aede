// Two principal components of the vote matrix, as Pol.is computes them (math/pca.clj), on a sparse
// matrix: a missing vote is replaced by its statement's mean, which centring turns into 0, so only the
// votes cast are stored and each power-iteration step costs one pass over them. Components by power
// iteration (100 steps, warm-started from the previous components), the second after taking
// the first out of every row (deflation). A participant's projection uses only the statements they
// voted on, scaled by √(statements / votes) so that someone with few votes is not pulled to the centre.
// Signs: each component is turned so its entries sum to ≥ 0 (Pol.is leaves the sign to its random start).
import type { VoteMatrix } from './matrix';

// Always all of them: stopping once the eigenvalue settles would stop at a step that rounding decides,
// and where two eigenvalues are close the answer would then depend on the order of the columns.
const STEPS = 100;

export interface Components {
  center: Float64Array;
  first: Float64Array;
  second: Float64Array;
}

/** The votes cast, centred, row by row (compressed sparse rows). */
interface Centred {
  rows: number;
  columns: number;
  start: Int32Array;
  column: Int32Array;
  value: Float64Array;
  /** The trace of XᵀX (the sum of squared centred votes): eigenvalues below 1e-12 of it count as none. */
  trace: number;
}

export function principalComponents(matrix: VoteMatrix, warm?: [Float64Array, Float64Array]): Components {
  const centred = centre(matrix);
  const first = powerIteration(centred, null, warm?.[0]);
  const second = powerIteration(centred, first, warm?.[1]);
  return { center: centred.center, first: oriented(first), second: oriented(second) };
}

function centre(matrix: VoteMatrix): Centred & { center: Float64Array } {
  const rows = matrix.participants.length;
  const columns = matrix.statements.length;
  const { cells } = matrix;
  const sums = new Float64Array(columns);
  const counts = new Int32Array(columns);
  let cast = 0;
  for (let k = 0; k < cells.length; k++) {
    const v = cells[k];
    if (Number.isNaN(v)) continue;
    sums[k % columns] += v;
    counts[k % columns]++;
    cast++;
  }
  const center = sums.map((s, j) => (counts[j] > 0 ? s / counts[j] : 0));
  const start = new Int32Array(rows + 1);
  const column = new Int32Array(cast);
  const value = new Float64Array(cast);
  let at = 0;
  for (let i = 0; i < rows; i++) {
    start[i] = at;
    for (let j = 0; j < columns; j++) {
      const v = cells[i * columns + j];
      if (Number.isNaN(v)) continue;
      column[at] = j;
      value[at++] = v - center[j];
    }
  }
  start[rows] = at;
  let trace = 0;
  for (const v of value) trace += v * v;
  return { rows, columns, start, column, value, center, trace };
}

/** The leading eigenvector of XᵀX (of X with `taken` projected out of every row when given). */
function powerIteration(x: Centred, taken: Float64Array | null, warm?: Float64Array): Float64Array {
  let v: Float64Array = warm && warm.length === x.columns && warm.some((e) => e !== 0) ? Float64Array.from(warm) : new Float64Array(x.columns).fill(1);
  for (let step = 0; step < STEPS; step++) {
    if (taken) removeDirection(v, taken);
    const next = gram(x, v);
    if (taken) removeDirection(next, taken);
    const length = norm(next);
    if (length <= 1e-12 * x.trace) return new Float64Array(x.columns);
    for (let j = 0; j < next.length; j++) next[j] /= length;
    v = next;
  }
  return v;
}

/** XᵀX v, one pass over the votes cast. */
function gram(x: Centred, v: Float64Array): Float64Array {
  const out = new Float64Array(x.columns);
  for (let i = 0; i < x.rows; i++) {
    let dot = 0;
    for (let k = x.start[i]; k < x.start[i + 1]; k++) dot += x.value[k] * v[x.column[k]];
    if (dot === 0) continue;
    for (let k = x.start[i]; k < x.start[i + 1]; k++) out[x.column[k]] += dot * x.value[k];
  }
  return out;
}

function norm(v: Float64Array): number {
  let squares = 0;
  for (const e of v) squares += e * e;
  return Math.sqrt(squares);
}

function removeDirection(v: Float64Array, unit: Float64Array): void {
  let dot = 0;
  for (let j = 0; j < v.length; j++) dot += v[j] * unit[j];
  for (let j = 0; j < v.length; j++) v[j] -= dot * unit[j];
}

function oriented(v: Float64Array): Float64Array {
  let total = 0;
  for (const e of v) total += e;
  return total < 0 ? v.map((e) => -e) : v;
}

/** Each participant's place on the two components, from the statements they voted on. */
export function project(matrix: VoteMatrix, pcs: Components): [number, number][] {
  const m = matrix.statements.length;
  return matrix.participants.map((_, i) => {
    let votes = 0;
    let x = 0;
    let y = 0;
    for (let j = 0; j < m; j++) {
      const v = matrix.cells[i * m + j];
      if (Number.isNaN(v)) continue;
      votes++;
      x += (v - pcs.center[j]) * pcs.first[j];
      y += (v - pcs.center[j]) * pcs.second[j];
    }
    const scale = Math.sqrt(m / Math.max(votes, 1));
    return [x * scale, y * scale];
  });
}

/**
 * How far each statement lies from the centre: the projection of someone who agreed with it and voted on
 * nothing else (Pol.is's comment extremity), used to order statements for voting.
 */
export function extremities(pcs: Components): number[] {
  const m = pcs.center.length;
  const scale = Math.sqrt(m);
  return Array.from(pcs.center, (c, j) => scale * Math.abs(1 - c) * Math.hypot(pcs.first[j], pcs.second[j]));
}
