// Principal components of a large conversation from samples of its participants (Pol.is's mini-batch
// PCA, conversation.clj's large-conversation update, written from its definition): each batch takes a
// random sample of rows, finds the two components of that sample by power iteration warm-started from the
// current ones, and moves the current components a little towards them (learning rate 0.01).
// Where we differ, and why:
// - The statements' means are taken over every vote cast, not blended from samples: one pass over the
//   votes, cheap beside the power iteration, and exact.
// - Pol.is's sample size is meant to rise in a line from 100 participants at 1,500 to 1,500 at 150,000;
//   its code gets the line's intercept with the wrong sign (−85,9 instead of +85,9), which the floor of
//   100 hides until about 20,000. We take the line as described.
// - With no previous components to start from, the batches are averaged (each weighs 1 / batches) rather
//   than blended at 0.01 into a random start, so the first map rests on every batch, not on one sample.
// - Pol.is runs one batch per update (its loop stops after the first); we run ten.
// - A batch's component may come out turned over; it is turned to agree with the current one before
//   blending, and the blend is made orthonormal again (blending two unit vectors shortens them).
import { createRandom } from '../random';
import type { VoteMatrix } from './matrix';
import { columnMeans, orthonormal, oriented, principalComponents, type Components } from './pca';

/** Above this many participants the components come from samples. */
export const MINI_BATCH_ABOVE = 10_000;
const BATCHES = 10;
const LEARNING_RATE = 0.01;
const [FEWEST, MOST, FROM, TO] = [100, 1_500, 1_500, 150_000];

/** How many participants each batch samples, out of `participants`. */
export function batchSize(participants: number): number {
  const line = FEWEST + ((participants - FROM) * (MOST - FEWEST)) / (TO - FROM);
  return Math.min(participants, Math.max(FEWEST, Math.min(MOST, Math.floor(line))));
}

export interface MiniBatch {
  components: Components;
  /** Participants each batch sampled, and how many batches. */
  sampled: number;
  batches: number;
}

export function miniBatchComponents(matrix: VoteMatrix, seed: number, warm?: [Float64Array, Float64Array]): MiniBatch {
  const center = columnMeans(matrix);
  const size = batchSize(matrix.participants.length);
  const random = createRandom(seed);
  let current = warm;
  for (let b = 0; b < BATCHES; b++) {
    const sample = rowsOf(matrix, sampleRows(matrix.participants.length, size, random));
    const part = principalComponents(sample, current, center);
    const rate = warm ? LEARNING_RATE : 1 / (b + 1);
    current = current ? blend(current, [part.first, part.second], rate) : [part.first, part.second];
  }
  return { components: { center, first: oriented(current![0]), second: oriented(current![1]) }, sampled: size, batches: BATCHES };
}

/** `count` distinct row indices out of `rows`, ascending (a partial Fisher–Yates shuffle). */
function sampleRows(rows: number, count: number, random: ReturnType<typeof createRandom>): Int32Array {
  const order = Int32Array.from({ length: rows }, (_, i) => i);
  for (let i = 0; i < count; i++) {
    const j = i + random.int(rows - i);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order.slice(0, count).sort();
}

/** The matrix of the given rows only. */
function rowsOf(matrix: VoteMatrix, rows: Int32Array): VoteMatrix {
  let nnz = 0;
  for (const i of rows) nnz += matrix.start[i + 1] - matrix.start[i];
  const start = new Int32Array(rows.length + 1);
  const column = new Int32Array(nnz);
  const value = new Int8Array(nnz);
  let at = 0;
  rows.forEach((i, r) => {
    start[r] = at;
    column.set(matrix.column.subarray(matrix.start[i], matrix.start[i + 1]), at);
    value.set(matrix.value.subarray(matrix.start[i], matrix.start[i + 1]), at);
    at += matrix.start[i + 1] - matrix.start[i];
  });
  start[rows.length] = at;
  const voteCounts = Int32Array.from(rows, (i) => matrix.voteCounts[i]);
  return { participants: Array.from(rows, (i) => matrix.participants[i]), statements: matrix.statements, start, column, value, voteCounts, firstVote: Float64Array.from(rows, (i) => matrix.firstVote[i]) };
}

function blend(current: [Float64Array, Float64Array], part: [Float64Array, Float64Array], rate: number): [Float64Array, Float64Array] {
  const [a, b] = current.map((v, c) => {
    const w = part[c];
    let agreement = 0;
    for (let j = 0; j < v.length; j++) agreement += v[j] * w[j];
    const sign = agreement < 0 ? -1 : 1;
    return v.map((e, j) => (1 - rate) * e + rate * sign * w[j]);
  });
  return orthonormal(a, b, 1);
}
