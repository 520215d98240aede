// The pairwise matrix: m[i*n + j] = weight of ballots preferring candidate i to candidate j.
// A ballot prefers i to j when it places i in an earlier tie group, or lists i and leaves j out;
// a pair ballot speaks only about its two candidates. Each ballot costs (listed × n) steps, so
// short ballots over many candidates stay cheap.
import { BallotKind, type Profile } from '../ballots/profile';
import { snapAll } from './numbers';

const UNLISTED = 0x7fffffff;

export function pairwiseMatrix(profile: Profile): Float64Array {
  const n = profile.candidates.length;
  const m = new Float64Array(n * n);
  const rank = new Int32Array(n).fill(UNLISTED);
  const { weight, kind, start, item, level } = profile;
  for (let b = 0; b < profile.size; b++) {
    const w = weight[b];
    if (!(w > 0)) continue;
    const s = start[b];
    const e = start[b + 1];
    if (kind[b] === BallotKind.pair) {
      m[item[s] * n + item[s + 1]] += w;
      continue;
    }
    for (let k = s; k < e; k++) rank[item[k]] = level[k];
    for (let k = s; k < e; k++) {
      const r = level[k];
      const row = item[k] * n;
      for (let j = 0; j < n; j++) if (r < rank[j]) m[row + j] += w;
    }
    for (let k = s; k < e; k++) rank[item[k]] = UNLISTED;
  }
  return snapAll(m);
}
