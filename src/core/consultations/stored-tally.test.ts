import { describe, expect, it } from 'vitest';
import { emptyTally } from '../tally/running';
import { orderAt } from '../tally/orders';
import { countedCells, type StoredCell } from './stored-tally';

// Options whose keys are prefixes of one another ("o1", "o10") and hold ".", "-" and "_".
const candidates = ['o1', 'o2', 'o10', 'a.b', 'x-y_z'];
const cell = (cluster: string): [string, StoredCell] => [JSON.stringify([null, cluster]), { group: null, cluster, ballots: 0, tally: emptyTally(candidates, ['first']) }];
const stored = new Map([cell('k1'), cell('k2')]);

describe('countedCells reads the distinct rankings packed one per line', () => {
  it('reads ties, keys that begin other keys, and each line’s weight, into the right cell', () => {
    const [k1, k2] = countedCells(stored, [
      { cell: JSON.stringify([null, 'k1']), lines: 'o10,o1|a.b 3\no1 12\n 2' },
      { cell: JSON.stringify([null, 'k2']), lines: 'x-y_z|o2|o10 1.5' },
    ], candidates, 'irv');
    const orders = k1.tally.rankings!;
    // by hand: o10 and o1 tied first (positions 2 and 0), then a.b (3)
    expect(orderAt(orders, 0)).toEqual({ items: [2, 0, 3], levels: [0, 0, 1] });
    expect(orders.weight).toEqual([3, 12, 2]);
    expect(orderAt(orders, 1)).toEqual({ items: [0], levels: [0] });
    expect(orderAt(orders, 2)).toEqual({ items: [], levels: [] }); // a ballot that ranked nothing
    expect(orderAt(k2.tally.rankings!, 0)).toEqual({ items: [4, 1, 2], levels: [0, 1, 2] });
    expect(k2.tally.rankings!.weight).toEqual([1.5]);
  });

  it('refuses a ranking naming an option that is not counted, also one that only begins a key', () => {
    for (const lines of ['o1|o3 1', 'o 1', 'o1,o100 1']) {
      expect(() => countedCells(stored, [{ cell: JSON.stringify([null, 'k1']), lines }], candidates, 'irv')).toThrow(/not among the options counted/);
    }
  });

  it('reads no rankings for a method that does not need them', () => {
    const [k1] = countedCells(stored, [], candidates, 'plurality');
    expect(k1.tally.rankings).toBeUndefined();
  });
});
