// Mini-batch PCA (conversations above 10,000 participants): the batch sizes from Pol.is's line, worked by
// hand; and on a conversation with three planted blocs, the sampled components span the plane the full
// computation finds, and the groups are the blocs.
import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { analyseConversation } from './analyse';
import { voteColumns, voteMatrix } from './matrix';
import { batchSize, miniBatchComponents } from './minibatch';
import { principalComponents } from './pca';
import { adjustedRandIndex } from './rand-index';
import type { Vote } from './types';

/** 12,000 participants in three blocs over 40 statements; each votes on about 70 % of them, with their bloc or (one time in ten) passing. */
function plantedConversation(): { votes: Vote[]; bloc: Map<string, number> } {
  const random = createRandom(18);
  const stances = [0, 1, 2].map(() => Array.from({ length: 40 }, () => (random.next() < 0.5 ? 1 : -1)));
  const votes: Vote[] = [];
  const bloc = new Map<string, number>();
  for (let p = 0; p < 12_000; p++) {
    const b = p % 3;
    bloc.set(`p${p}`, b);
    for (let s = 0; s < 40; s++) {
      if (random.next() >= 0.7) continue;
      const r = random.next();
      const value = (r < 0.9 ? stances[b][s] : 0) as Vote['value'];
      votes.push({ voter: `p${p}`, statement: `s${s}`, value, at: votes.length });
    }
  }
  return { votes, bloc };
}

/** How much of unit vector v lies in the plane of orthonormal a, b (1: all of it). */
const inPlane = (v: Float64Array, a: Float64Array, b: Float64Array) => {
  const dot = (x: Float64Array, y: Float64Array) => x.reduce((s, e, j) => s + e * y[j], 0);
  return dot(v, a) ** 2 + dot(v, b) ** 2;
};

describe('mini-batch principal components', () => {
  it('samples along the line from 100 participants at 1,500 to 1,500 at 150,000', () => {
    // 100 + (n − 1 500) × 1 400 / 148 500, whole participants, between 100 and 1 500
    expect(batchSize(1_500)).toBe(100);
    expect(batchSize(10_000)).toBe(180); // 100 + 8 500 × 1 400 / 148 500 = 180,1
    expect(batchSize(12_000)).toBe(198); // 100 + 10 500 × 1 400 / 148 500 = 198,99
    expect(batchSize(100_000)).toBe(1_028); // 100 + 98 500 × 1 400 / 148 500 = 1 028,6
    expect(batchSize(150_000)).toBe(1_500);
    expect(batchSize(2_000_000)).toBe(1_500);
    expect(batchSize(60)).toBe(60);
  });

  const planted = plantedConversation();
  const matrix = voteMatrix({ votes: voteColumns(planted.votes) });

  it('spans the plane of the full computation', () => {
    const full = principalComponents(matrix);
    const { components } = miniBatchComponents(matrix, 7);
    expect(inPlane(components.first, full.first, full.second)).toBeGreaterThan(0.99);
    expect(inPlane(components.second, full.first, full.second)).toBeGreaterThan(0.99);
    // the means are every vote's, not a sample's
    expect([...components.center]).toEqual([...full.center]);
  });

  it('stays in that plane when warm-started from it', () => {
    const full = principalComponents(matrix);
    const { components } = miniBatchComponents(matrix, 8, [full.first, full.second]);
    expect(inPlane(components.first, full.first, full.second)).toBeGreaterThan(0.999);
    expect(inPlane(components.second, full.first, full.second)).toBeGreaterThan(0.999);
  });

  it('finds the three planted blocs, says how the components were found, and gives the same map for the same votes', () => {
    const map = analyseConversation({ votes: planted.votes });
    expect(map.pca.method).toEqual({ name: 'mini-batch', sampled: 198, batches: 10 });
    expect(map.groups).toHaveLength(3);
    const found = new Map(map.groups.flatMap((g) => g.members.map((m): [string, number] => [m, g.id])));
    const people = map.clustered;
    expect(adjustedRandIndex(people.map((p) => found.get(p)!), people.map((p) => planted.bloc.get(p)!))).toBe(1);
    expect(analyseConversation({ votes: planted.votes }).projection).toEqual(map.projection);
  });
});
