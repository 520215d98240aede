// The distinct orders of a running tally laid out as IRV and STV walk them: order r lists
// item[start[r] .. start[r+1]) best first, level[k] its tie group, weight[r] the voters behind it.
import { rankingGroups, type RunningTally } from './running';

export interface RankingTable {
  readonly candidates: readonly string[];
  readonly size: number;
  readonly weight: Float64Array;
  readonly start: Uint32Array;
  readonly item: Uint16Array;
  readonly level: Uint16Array;
}

export function rankingTable(tally: RunningTally): RankingTable {
  const orders = [...tally.rankings!];
  const size = orders.length;
  const weight = new Float64Array(size);
  const start = new Uint32Array(size + 1);
  const item: number[] = [];
  const level: number[] = [];
  orders.forEach(([key, w], r) => {
    weight[r] = w;
    rankingGroups(key).forEach((group, l) => {
      for (const c of group) {
        item.push(c);
        level.push(l);
      }
    });
    start[r + 1] = item.length;
  });
  return { candidates: tally.options, size, weight, start, item: Uint16Array.from(item), level: Uint16Array.from(level) };
}
