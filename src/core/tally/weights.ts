// Stakeholder weighting: `{ groups: { citizens: 0.4, departments: 0.3, … } }` makes each group's
// ballots together carry that share of all the ballots, whatever their number. Shares are taken
// relative to the groups that actually voted (a declared group with no ballots gives its share to
// the others in proportion), and the total stays the number of voters, so weighted counts still
// read as voters. Every ballot must belong to a group with a declared weight.
import { InputError } from '../errors';
import type { Profile } from '../ballots/profile';
import type { StakeholderWeights } from './types';

export interface GroupWeighting {
  /** The weight as declared. */
  declared: number;
  /** The share of the total this group's ballots carry. */
  share: number;
  /** Ballots cast by the group. */
  voters: number;
}

export function applyStakeholderWeights(
  profile: Profile,
  weights: StakeholderWeights,
): { weight: Float64Array; summary: Record<string, GroupWeighting> } {
  const declared = weights?.groups;
  if (typeof declared !== 'object' || declared === null || Array.isArray(declared)) {
    throw new InputError('The weights must have the form {"groups": {"<group>": <weight>, …}}.', {}, 'Trọng số phải có dạng {"groups": {"<nhóm>": <trọng số>, …}}.');
  }
  for (const [name, value] of Object.entries(declared)) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new InputError(`The weight of group "${name}" must be a number of at least 0.`, {}, `Trọng số của nhóm "${name}" phải là một số không nhỏ hơn 0.`);
    }
  }
  const votersPerGroup = new Float64Array(profile.groups.length);
  let ungrouped = 0;
  let total = 0;
  for (let b = 0; b < profile.size; b++) {
    const w = profile.weight[b];
    total += w;
    if (profile.group[b] < 0) ungrouped += w;
    else votersPerGroup[profile.group[b]] += w;
  }
  if (ungrouped > 0) {
    throw new InputError(
      `${ungrouped} ballots belong to no stakeholder group, so group weights cannot apply to them.`,
      {},
      `${ungrouped} phiếu không thuộc nhóm bên liên quan nào, nên không thể áp trọng số nhóm cho các phiếu này.`,
    );
  }
  let sharesPresent = 0;
  profile.groups.forEach((name, g) => {
    if (votersPerGroup[g] === 0) return;
    if (!(name in declared)) throw new InputError(`Group "${name}" has ballots but no weight in the weights.`, {}, `Nhóm "${name}" có phiếu nhưng chưa có trọng số.`);
    sharesPresent += declared[name];
  });
  if (total > 0 && !(sharesPresent > 0)) throw new InputError('The groups that voted all have weight 0, so nothing would be counted.', {}, 'Các nhóm đã bỏ phiếu đều có trọng số 0, nên không phiếu nào được tính.');

  const factor = profile.groups.map((name, g) => (votersPerGroup[g] > 0 ? ((declared[name] / sharesPresent) * total) / votersPerGroup[g] : 0));
  const weight = new Float64Array(profile.size);
  for (let b = 0; b < profile.size; b++) weight[b] = profile.weight[b] * factor[profile.group[b]];

  const summary: Record<string, GroupWeighting> = {};
  for (const [name, value] of Object.entries(declared)) {
    const g = profile.groups.indexOf(name);
    const voters = g >= 0 ? votersPerGroup[g] : 0;
    summary[name] = { declared: value, share: voters > 0 ? value / sharesPresent : 0, voters };
  }
  return { weight, summary };
}
