// The single entry point for counting: `tally(profile, { method, seats?, weights?, breakdown? })`.
// The command line calls it with ballots parsed from a file, the HTTP layer with ballots loaded
// from the database; both get the result document of docs/contracts.md.
import { InputError } from '../errors';
import { totalWeight, withWeights, type Profile } from '../ballots/profile';
import { tallyApproval } from './approval';
import { tallyBorda } from './borda';
import { tallyBradleyTerry } from './bradley-terry';
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
import { applyStakeholderWeights } from './weights';

const methods: Record<MethodName, Method> = {
  approval: tallyApproval,
  plurality: tallyPlurality,
  borda: tallyBorda,
  copeland: tallyCopeland,
  minimax: tallyMinimax,
  schulze: (p) => tallySchulze(p, 'winning'),
  'schulze-margin': (p) => tallySchulze(p, 'margin'),
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

export function tally(profile: Profile, options: TallyOptions): TallyResult {
  const { method } = options;
  if (!isMethodName(method)) throw new InputError(`Unknown method "${method}"; use one of ${methodNames.join(', ')}.`);
  const voters = snap(totalWeight(profile));
  const weighting = options.weights ? applyStakeholderWeights(profile, options.weights) : null;
  const counted = weighting ? withWeights(profile, weighting.weight) : profile;
  const result = voters === 0 ? presentEmpty(method, profile) : present(method, profile, voters, methods[method](counted, { seats: options.seats }));
  if (weighting) result.weighting = weighting.summary;
  // each part is counted exactly as the whole, weights included (they matter within a cluster)
  for (const by of options.breakdown ?? []) {
    const names = by === 'group' ? profile.groups : profile.clusters;
    const of = by === 'group' ? profile.group : profile.cluster;
    const parts: Record<string, TallyResult> = {};
    names.forEach((name, g) => {
      const part = withWeights(profile, profile.weight.map((w, b) => (of[b] === g ? w : 0)));
      parts[name] = tally(part, { ...options, breakdown: undefined });
    });
    result[by === 'group' ? 'byGroup' : 'byCluster'] = parts;
  }
  return result;
}
