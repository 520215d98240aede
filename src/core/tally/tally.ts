// The single entry point for counting: `tally(profile, { method, seats?, weights?, breakdown? })`.
// The command line calls it with ballots parsed from a file, the HTTP layer with ballots loaded
// from the database; both get the result document of docs/contracts.md. Either way the ballots are
// first added up into running tallies (cells.ts), and every method counts from those alone:
// `countCells` is the same count for tallies kept as ballots arrive.
import { InputError } from '../errors';
import type { Profile } from '../ballots/profile';
import { tallyApproval } from './approval';
import { tallyBorda } from './borda';
import { tallyBradleyTerry } from './bradley-terry';
import { combineCells, partsFor, profileCells, type TallyCell } from './cells';
import { tallyCopeland } from './copeland';
import { tallyIrv } from './irv';
import { tallyKemeny } from './kemeny';
import { tallyMajorityJudgment } from './majority-judgment';
import { tallyMinimax } from './minimax';
import { snap } from './numbers';
import { tallyPlurality } from './plurality';
import { present, presentEmpty } from './present';
import { tallyRankedPairs } from './ranked-pairs';
import { tallySchulze } from './schulze';
import { tallyScore } from './score';
import { tallyStv } from './stv';
import { methodNames, type Method, type MethodName, type TallyOptions, type TallyResult } from './types';
import { stakeholderFactors } from './weights';

const methods: Record<MethodName, Method> = {
  approval: tallyApproval,
  plurality: tallyPlurality,
  borda: tallyBorda,
  copeland: tallyCopeland,
  minimax: tallyMinimax,
  schulze: (t) => tallySchulze(t, 'winning'),
  'schulze-margin': (t) => tallySchulze(t, 'margin'),
  'ranked-pairs': tallyRankedPairs,
  kemeny: tallyKemeny,
  irv: tallyIrv,
  stv: tallyStv,
  score: tallyScore,
  'majority-judgment': tallyMajorityJudgment,
  'bradley-terry': tallyBradleyTerry,
};

export function isMethodName(name: string): name is MethodName {
  return (methodNames as readonly string[]).includes(name);
}

export function methodOf(name: string): MethodName {
  if (!isMethodName(name)) throw new InputError(`Unknown method "${name}"; use one of ${methodNames.join(', ')}.`, {}, `Không có phương pháp "${name}"; hãy dùng một trong ${methodNames.join(', ')}.`);
  return name;
}

export function tally(profile: Profile, options: TallyOptions): TallyResult {
  const cells = profileCells(profile, partsFor([methodOf(options.method)]));
  return countCells(cells, profile, options);
}

/** What the cells are counted over: the candidates, and the groups and clusters a breakdown lists. */
export interface TallyFrame {
  candidates: readonly string[];
  groups: readonly string[];
  clusters: readonly string[];
  /** Seats the ballot file declared (STV), used when the options name none. */
  seats?: number;
}

/** Counts running tallies kept per group × cluster cell, as `tally` counts ballots. */
export function countCells(cells: readonly TallyCell[], frame: TallyFrame, options: TallyOptions): TallyResult {
  const method = methodOf(options.method);
  cells = inFrameOrder(cells, frame);
  const voters = snap(cells.reduce((sum, cell) => sum + cell.tally.voters, 0));
  const weighting = options.weights ? weigh(cells, frame.groups, options.weights) : null;
  const parts = partsFor([method]);
  const counted = combineCells(cells, frame.candidates, parts, weighting?.factorOf);
  const seats = options.seats ?? frame.seats;
  const result = voters === 0 ? presentEmpty(method, frame.candidates) : present(method, frame.candidates, voters, methods[method](counted, { seats }));
  if (weighting) result.weighting = weighting.summary;
  // each part is counted exactly as the whole, weights included (they matter within a cluster)
  for (const by of options.breakdown ?? []) {
    const parts: Record<string, TallyResult> = {};
    for (const name of by === 'group' ? frame.groups : frame.clusters) {
      parts[name] = countCells(cells.filter((cell) => cell[by] === name), frame, { ...options, breakdown: undefined });
    }
    result[by === 'group' ? 'byGroup' : 'byCluster'] = parts;
  }
  return result;
}

// Fractional sums (stakeholder shares) depend on the order they are added in; cells in the frame's
// order of groups and clusters give one count whatever order they were stored or merged in.
function inFrameOrder(cells: readonly TallyCell[], frame: TallyFrame): readonly TallyCell[] {
  const at = (list: readonly string[], name: string | null) => (name === null ? -1 : list.indexOf(name));
  return [...cells].sort((a, b) => at(frame.groups, a.group) - at(frame.groups, b.group) || at(frame.clusters, a.cluster) - at(frame.clusters, b.cluster));
}

function weigh(cells: readonly TallyCell[], groups: readonly string[], weights: NonNullable<TallyOptions['weights']>) {
  const voters = new Float64Array(groups.length);
  let ungrouped = 0;
  for (const { group, tally } of cells) {
    const g = group === null ? -1 : groups.indexOf(group);
    if (g < 0) ungrouped += tally.voters;
    else voters[g] += tally.voters;
  }
  const { factor, summary } = stakeholderFactors(groups, voters, ungrouped, weights);
  return { summary, factorOf: (cell: TallyCell) => (cell.group === null ? 0 : factor[groups.indexOf(cell.group)]) };
}
