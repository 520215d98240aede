// Stakeholder weighting: `{ groups: { citizens: 0.4, departments: 0.3, … } }` makes each group's
// ballots together carry that share of all the ballots, whatever their number. Shares are taken
// relative to the groups that actually voted (a declared group with no ballots gives its share to
// the others in proportion), and the total stays the number of voters, so weighted counts still
// read as voters. Every ballot must belong to a group with a declared weight.
import { InputError } from '../errors';
import type { StakeholderWeights } from './types';

export interface GroupWeighting {
  /** The weight as declared. */
  declared: number;
  /** The share of the total this group's ballots carry. */
  share: number;
  /** Ballots cast by the group. */
  voters: number;
}

/**
 * Each group's factor: the ballots of group g, `voters[g]` of them, each weigh factor[g] in the
 * count. `ungrouped` is the weight of ballots in no group.
 */
export function stakeholderFactors(
  groups: readonly string[],
  voters: ArrayLike<number>,
  ungrouped: number,
  weights: StakeholderWeights,
): { factor: number[]; summary: Record<string, GroupWeighting> } {
  const declared = weights?.groups;
  if (typeof declared !== 'object' || declared === null || Array.isArray(declared)) {
    throw new InputError('The weights must have the form {"groups": {"<group>": <weight>, …}}.', {}, 'Trọng số phải có dạng {"groups": {"<nhóm>": <trọng số>, …}}.');
  }
  for (const [name, value] of Object.entries(declared)) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new InputError(`The weight of group "${name}" must be a number of at least 0.`, {}, `Trọng số của nhóm "${name}" phải là một số không nhỏ hơn 0.`);
    }
  }
  if (ungrouped > 0) {
    throw new InputError(
      `${ungrouped} ballots belong to no stakeholder group, so group weights cannot apply to them.`,
      {},
      `${ungrouped} phiếu không thuộc nhóm bên liên quan nào, nên không thể áp trọng số nhóm cho các phiếu này.`,
    );
  }
  let total = ungrouped;
  let sharesPresent = 0;
  groups.forEach((name, g) => {
    total += voters[g];
    if (voters[g] === 0) return;
    if (!(name in declared)) throw new InputError(`Group "${name}" has ballots but no weight in the weights.`, {}, `Nhóm "${name}" có phiếu nhưng chưa có trọng số.`);
    sharesPresent += declared[name];
  });
  if (total > 0 && !(sharesPresent > 0)) throw new InputError('The groups that voted all have weight 0, so nothing would be counted.', {}, 'Các nhóm đã bỏ phiếu đều có trọng số 0, nên không phiếu nào được tính.');

  const factor = groups.map((name, g) => (voters[g] > 0 ? ((declared[name] / sharesPresent) * total) / voters[g] : 0));
  const summary: Record<string, GroupWeighting> = {};
  for (const [name, value] of Object.entries(declared)) {
    const g = groups.indexOf(name);
    const cast = g >= 0 ? voters[g] : 0;
    summary[name] = { declared: value, share: cast > 0 ? value / sharesPresent : 0, voters: cast };
  }
  return { factor, summary };
}
