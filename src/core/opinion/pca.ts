// Two principal components of the vote matrix, as Pol.is computes them (math/pca.clj), on a sparse
// matrix: a missing vote is replaced by its statement's mean, which centring turns into 0, so only the
// votes cast are stored and each power-iteration step costs one pass over them. Components by power
// iteration (at most 100 steps, warm-started from the previous components), the second kept apart from
// the first (Pol.is deflates; we iterate the two together, below). A participant's projection uses only
// the statements they voted on, scaled by √(statements / votes) so that someone with few votes is not
// pulled to the centre. Signs: each component is turned so its entries sum to ≥ 0 (Pol.is leaves the
// sign to its random start).
import { createRandom } from '../random';
import type { VoteMatrix } from './matrix';

const STEPS = 100;
/**
 * Stop early once the direction itself has settled this closely (not the eigenvalue, which settles much
 * sooner: where two eigenvalues are close, the direction would then depend on which step rounding
 * stopped at, and so on the order of the columns).
 */
const SETTLED = 1e-10;

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

/** `center`: the statements' means to centre by, where they come from more rows than `matrix` holds. */
export function principalComponents(matrix: VoteMatrix, warm?: [Float64Array, Float64Array], center?: Float64Array): Components {
  const centred = centre(matrix, center);
  const [first, second] = leadingPair(centred, warm);
  return { center: centred.center, first: oriented(first), second: oriented(second) };
}

/** Each statement's mean vote among those cast on it (0 where none is). */
export function columnMeans(matrix: VoteMatrix): Float64Array {
  const sums = new Float64Array(matrix.statements.length);
  const counts = new Int32Array(matrix.statements.length);
  const { column, value } = matrix;
  for (let k = 0; k < column.length; k++) {
    sums[column[k]] += value[k];
    counts[column[k]]++;
  }
  return sums.map((s, j) => (counts[j] > 0 ? s / counts[j] : 0));
}

function centre(matrix: VoteMatrix, given?: Float64Array): Centred & { center: Float64Array } {
  const rows = matrix.participants.length;
  const columns = matrix.statements.length;
  const { start, column } = matrix;
  const center = given ?? columnMeans(matrix);
  const value = Float64Array.from(matrix.value, (v, k) => v - center[column[k]]);
  let trace = 0;
  for (const v of value) trace += v * v;
  return { rows, columns, start, column, value, center, trace };
}

/**
 * The two leading eigenvectors of XᵀX, largest first: both vectors are multiplied by XᵀX and made
 * orthonormal again at each step (power iteration on the pair, the second kept apart from the first as
 * deflation does), until the plane they span has settled; then turned within that plane to the two
 * eigenvectors (Rayleigh–Ritz on the 2 × 2 matrix). Taking the pair together, the plane settles at the
 * pace of the gap to the third eigenvalue — quickly even where the first two are close, as they are
 * when three blocs of similar size disagree, and where one after the other would need hundreds of steps.
 */
function leadingPair(x: Centred, warm?: [Float64Array, Float64Array]): [Float64Array, Float64Array] {
  const usable = (v?: Float64Array) => v && v.length === x.columns && v.some((e) => e !== 0);
  let [v1, v2] = usable(warm?.[0]) && usable(warm?.[1]) ? orthonormal(warm![0], warm![1], x.trace) : coldStart(x);
  let rescued = false;
  for (let step = 0; step < STEPS; step++) {
    let [w1, w2] = orthonormal(...gramPair(x, v1, v2), x.trace);
    if (!rescued && x.trace > 0 && !(nonZero(w1) && nonZero(w2))) {
      // A start with nothing along the votes' directions (a split as even as two blocs each agreeing with
      // half the statements is orthogonal to all ones) would leave the map a point: start once more from
      // seeded pseudo-random vectors, as Pol.is starts from random ones.
      rescued = true;
      [w1, w2] = rescue(x, w1, w2);
    }
    const settled = outside(w1, v1, v2) + outside(w2, v1, v2) < SETTLED ** 2;
    [v1, v2] = [w1, w2];
    if (settled) break;
  }
  const [g1, g2] = gramPair(x, v1, v2);
  const [h11, h12, h22] = [dot(v1, g1), dot(v1, g2), dot(v2, g2)];
  const angle = 0.5 * Math.atan2(2 * h12, h11 - h22);
  const [c, s] = [Math.cos(angle), Math.sin(angle)];
  return [v1.map((e, j) => c * e + s * v2[j]), v1.map((e, j) => -s * e + c * v2[j])];
}

/**
 * Without a previous pair: all ones (Pol.is's start) and XᵀX applied to it, which depend on the votes,
 * not on the order of the statements; an alternating vector where those two coincide.
 */
function coldStart(x: Centred): [Float64Array, Float64Array] {
  const ones = new Float64Array(x.columns).fill(1);
  const pair = orthonormal(ones, gramPair(x, ones, ones)[0], x.trace);
  if (pair[1].some((e) => e !== 0)) return pair;
  return orthonormal(ones, Float64Array.from({ length: x.columns }, (_, j) => (j % 2 === 0 ? 1 : -1)), x.trace);
}

/** The pair with whichever of its vectors is 0 replaced by a seeded pseudo-random one (the same on every run). */
function rescue(x: Centred, w1: Float64Array, w2: Float64Array): [Float64Array, Float64Array] {
  const random = createRandom(x.columns);
  const fresh = () => Float64Array.from({ length: x.columns }, () => random.next() - 0.5);
  if (!nonZero(w1)) return orthonormal(fresh(), fresh(), 1);
  return orthonormal(w1, fresh(), 1);
}

const nonZero = (v: Float64Array) => v.some((e) => e !== 0);

/** XᵀX v₁ and XᵀX v₂, one pass over the votes cast. */
function gramPair(x: Centred, v1: Float64Array, v2: Float64Array): [Float64Array, Float64Array] {
  const out1 = new Float64Array(x.columns);
  const out2 = new Float64Array(x.columns);
  const { start, column, value } = x;
  for (let i = 0; i < x.rows; i++) {
    let d1 = 0;
    let d2 = 0;
    for (let k = start[i]; k < start[i + 1]; k++) {
      d1 += value[k] * v1[column[k]];
      d2 += value[k] * v2[column[k]];
    }
    for (let k = start[i]; k < start[i + 1]; k++) {
      out1[column[k]] += d1 * value[k];
      out2[column[k]] += d2 * value[k];
    }
  }
  return [out1, out2];
}

/** Gram–Schmidt: a unit vector along w₁ and one along what of w₂ is not along it (0 where nothing is). */
export function orthonormal(w1: Float64Array, w2: Float64Array, scale: number): [Float64Array, Float64Array] {
  const tiny = 1e-12 * Math.max(scale, 1e-300);
  const n1 = norm(w1);
  // the first maps to nothing (e.g. all ones against two equal blocs on balanced statements): the second leads
  if (n1 <= tiny) {
    const n2 = norm(w2);
    return [n2 <= tiny ? new Float64Array(w2.length) : w2.map((e) => e / n2), new Float64Array(w1.length)];
  }
  const q1 = w1.map((e) => e / n1);
  const along = dot(q1, w2);
  const rest = w2.map((e, j) => e - along * q1[j]);
  const n2 = norm(rest);
  return [q1, n2 <= tiny ? new Float64Array(w1.length) : rest.map((e) => e / n2)];
}

/** The squared length of the part of unit vector w outside the plane of orthonormal v₁, v₂. */
function outside(w: Float64Array, v1: Float64Array, v2: Float64Array): number {
  const inside = dot(w, v1) ** 2 + dot(w, v2) ** 2;
  return Math.max(0, dot(w, w) - inside);
}

function dot(a: Float64Array, b: Float64Array): number {
  let total = 0;
  for (let j = 0; j < a.length; j++) total += a[j] * b[j];
  return total;
}

function norm(v: Float64Array): number {
  return Math.sqrt(dot(v, v));
}

export function oriented(v: Float64Array): Float64Array {
  let total = 0;
  for (const e of v) total += e;
  return total < 0 ? v.map((e) => -e) : v;
}

/** Each participant's place on the two components, from the statements they voted on. */
export function project(matrix: VoteMatrix, pcs: Components): [number, number][] {
  const m = matrix.statements.length;
  const { start, column, value } = matrix;
  return matrix.participants.map((_, i) => {
    let x = 0;
    let y = 0;
    for (let k = start[i]; k < start[i + 1]; k++) {
      const centred = value[k] - pcs.center[column[k]];
      x += centred * pcs.first[column[k]];
      y += centred * pcs.second[column[k]];
    }
    const scale = Math.sqrt(m / Math.max(start[i + 1] - start[i], 1));
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
