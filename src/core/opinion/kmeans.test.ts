// k-means as Pol.is starts and runs it (math/clusters.clj), on points small enough to follow by hand.
import { describe, expect, it } from 'vitest';
import { kmeans, type Point } from './kmeans';

const ones = (points: readonly Point[]) => points.map(() => 1);
const shape = (clusters: ReturnType<typeof kmeans>) => clusters.map((c) => ({ id: c.id, members: [...c.members].sort((a, b) => a - b), x: c.center[0], y: c.center[1] }));

describe('k-means, Pol.is style', () => {
  it('starts from the first k distinct points in the order given', () => {
    // starts at (0,0) and (1,0); round 1 puts (1,0), (10,0), (11,0) together, centres (0,0) and (22/3,0);
    // round 2 moves (1,0) over: centres (1/3,0) and (10.5,0), where it stays
    const points: Point[] = [[0, 0], [0, 0], [1, 0], [10, 0], [11, 0]];
    const found = shape(kmeans(points, ones(points), 2));
    expect(found.map(({ id, members }) => ({ id, members }))).toEqual([{ id: 0, members: [0, 1, 2] }, { id: 1, members: [3, 4] }]);
    expect(found[0].x).toBeCloseTo(1 / 3, 12);
    expect(found[1].x).toBeCloseTo(10.5, 12);
  });

  it('starts from earlier clusters by their members, keeps their ids, and splits off the farthest point while there are fewer than k', () => {
    // one carried cluster {0,1,2,3} recentred at (2.75,0); (11,0) is farthest (8.25) and starts cluster 8;
    // then (10,0) goes over to it: centres (1/3,0) and (10.5,0)
    const points: Point[] = [[0, 0], [0, 0], [1, 0], [10, 0], [11, 0]];
    const found = shape(kmeans(points, ones(points), 2, [{ id: 7, members: [0, 1, 2, 3] }]));
    expect(found.map(({ id, members }) => ({ id, members }))).toEqual([{ id: 7, members: [0, 1, 2] }, { id: 8, members: [3, 4] }]);
  });

  it('ends in a different stable clustering from a different start, as Pol.is\'s history makes it', () => {
    const points: Point[] = [[0, 0], [2, 0], [4, 0], [6, 0]];
    // from (0,0) and (2,0): {0} and {2,4,6} (centre 4), then (2,0) is as near 0 as 4 and goes to the first: {0,2} {4,6}
    expect(shape(kmeans(points, ones(points), 2)).map((c) => c.members)).toEqual([[0, 1], [2, 3]]);
    // carried {0,6} and {2,4} both centre on (3,0) and merge (into id 1, the later of equal sizes); (6,0), the
    // last of the two farthest, starts cluster 2; (4,0) is as near (2,0) as (6,0) and stays with the first
    const carried = shape(kmeans(points, ones(points), 2, [{ id: 0, members: [0, 3] }, { id: 1, members: [1, 2] }]));
    expect(carried.map(({ id, members }) => ({ id, members }))).toEqual([{ id: 1, members: [0, 1, 2] }, { id: 2, members: [3] }]);
  });

  it('weights each point: the centre is the weighted mean', () => {
    const points: Point[] = [[0, 0], [3, 0], [100, 0]];
    const [left] = shape(kmeans(points, [2, 1, 1], 2));
    expect(left.members).toEqual([0, 1]);
    expect(left.x).toBeCloseTo(1, 12); // (2·0 + 1·3) / 3
  });

  it('gives no clusters for no points', () => {
    expect(kmeans([], [], 3)).toEqual([]);
    expect(kmeans([], [], 3, [{ id: 4, members: [0] }])).toEqual([]);
  });
});
