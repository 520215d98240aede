// Bradley–Terry: each option i has a strength π_i, and i beats j with chance π_i / (π_i + π_j).
// Strengths are fitted by maximum likelihood with Hunter's (2004) MM iteration and reported as
// mean-centred log-strengths. Rankings count as every pairwise preference they imply.
// For display, each option's "chance" to beat an option drawn at random from the others.
// The maximum-likelihood estimate exists only when a chain of wins leads from every option to
// every other (the "who beat whom" graph is strongly connected, Zermelo 1929); otherwise this
// says which options never lost to the rest.
import { InputError } from '../errors';
import { pairwiseOf } from './pairwise';
import type { RunningTally } from './running';
import { allKinds, keyed, rankByScore, requireKinds } from './ranking';
import type { Outcome } from './types';

const TOLERANCE = 1e-12;
const MAX_ITERATIONS = 100_000;

export function tallyBradleyTerry(tally: RunningTally): Outcome {
  requireKinds(tally, 'bradley-terry', allKinds);
  const names = tally.options;
  const n = names.length;
  const wins = pairwiseOf(tally);
  requireConnected(wins, names);

  const totalWins = new Float64Array(n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) totalWins[i] += wins[i * n + j];
  let strength = new Float64Array(n).fill(1);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const next = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let denominator = 0;
      for (let j = 0; j < n; j++) {
        const games = wins[i * n + j] + wins[j * n + i];
        if (j !== i && games > 0) denominator += games / (strength[i] + strength[j]);
      }
      next[i] = totalWins[i] / denominator;
    }
    // rescale to geometric mean 1 so the log-strengths stay centred
    const shift = next.reduce((sum, v) => sum + Math.log(v), 0) / n;
    let change = 0;
    for (let i = 0; i < n; i++) {
      next[i] /= Math.exp(shift);
      change = Math.max(change, Math.abs(Math.log(next[i]) - Math.log(strength[i])));
    }
    strength = next;
    if (change < TOLERANCE) break;
  }
  const theta = strength.map((s) => clean(Math.log(s)));
  const chance = (i: number) => {
    if (n < 2) return 1;
    let sum = 0;
    for (let j = 0; j < n; j++) if (j !== i) sum += strength[i] / (strength[i] + strength[j]);
    return sum / (n - 1);
  };
  return { ranking: rankByScore(theta, 'higher'), scores: theta, pairwise: wins, extra: { chance: keyed(names, (c) => clean(chance(c))) } };
}

// Log-strengths to 10 decimals: equal options come out exactly equal (and 0, not −0).
function clean(x: number): number {
  const y = Math.round(x * 1e10) / 1e10;
  return y === 0 ? 0 : y;
}

function requireConnected(wins: Float64Array, names: readonly string[]): void {
  const n = names.length;
  // beats[i][j]: a chain of wins leads from i to j
  const beats = names.map((_, from) => {
    const seen = new Uint8Array(n);
    const stack = [from];
    seen[from] = 1;
    while (stack.length) {
      const i = stack.pop()!;
      for (let j = 0; j < n; j++) {
        if (wins[i * n + j] > 0 && !seen[j]) {
          seen[j] = 1;
          stack.push(j);
        }
      }
    }
    return seen;
  });
  if (beats.every((row) => row.every(Boolean))) return;
  // Name a group that never lost to anyone outside it: options reaching each other, reached by no one else.
  for (let i = 0; i < n; i++) {
    const group = names.flatMap((_, j) => (beats[i][j] && beats[j][i] ? [j] : []));
    const reachedFromOutside = names.some((_, j) => !group.includes(j) && beats[j][i]);
    if (!reachedFromOutside) {
      const who = group.map((j) => `"${names[j]}"`).join(', ');
      throw new InputError(
        `Bradley–Terry strengths cannot be estimated: ${who} never lost to any of the other options, so the maximum-likelihood estimate does not exist.`,
        {},
        `Không ước lượng được sức mạnh Bradley–Terry: ${who} chưa từng thua phương án nào khác, nên ước lượng hợp lý cực đại không tồn tại.`,
      );
    }
  }
}
