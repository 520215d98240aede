import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { leastComparedPairs, pairKey } from './pair-selection';

describe('leastComparedPairs', () => {
  it('serves pairs never compared before pairs compared once', () => {
    const shown = new Map([[pairKey('a', 'b'), 3], [pairKey('a', 'c'), 1], [pairKey('b', 'c'), 1]]);
    const served = leastComparedPairs(['a', 'b', 'c', 'd'], shown, 3, createRandom(1)).map(([x, y]) => pairKey(x, y));
    expect(served.sort()).toEqual([pairKey('a', 'd'), pairKey('b', 'd'), pairKey('c', 'd')].sort());
  });

  it('never serves a pair compared more often than one it leaves out', () => {
    const options = ['a', 'b', 'c', 'd', 'e', 'f'];
    const counts = fc.array(fc.nat({ max: 20 }), { minLength: 15, maxLength: 15 });
    fc.assert(
      fc.property(counts, fc.integer({ min: 1, max: 15 }), fc.nat(), (seen, k, seed) => {
        const keys = options.flatMap((a, i) => options.slice(i + 1).map((b) => pairKey(a, b)));
        const shown = new Map(keys.map((key, i) => [key, seen[i]]));
        const served = leastComparedPairs(options, shown, k, createRandom(seed));
        expect(served).toHaveLength(k);
        const servedKeys = new Set(served.map(([x, y]) => pairKey(x, y)));
        expect(servedKeys.size).toBe(k);
        const worstServed = Math.max(...[...servedKeys].map((key) => shown.get(key)!));
        const bestLeft = Math.min(...keys.filter((key) => !servedKeys.has(key)).map((key) => shown.get(key)!), Infinity);
        expect(worstServed).toBeLessThanOrEqual(bestLeft);
      }),
    );
  });
});
