// The pairwise matrix the Condorcet methods and Bradley–Terry start from: m[i·n + j] = weight of
// ballots preferring option i to option j (kept by the running tally, running.ts), as totals
// snapped so that equal totals compare equal.
import { snapAll } from './numbers';
import type { RunningTally } from './running';

export function pairwiseOf(tally: RunningTally): Float64Array {
  return snapAll(Float64Array.from(tally.pairwise!));
}
