// A shortcut for the commonest large vote, approval over a few options: with at most 30 candidates
// an approval ballot is a bit set, a key that needs no sorting. This index maps (set, group,
// cluster) to the stored ballot so that ProfileBuilder can add repeats without its general path.
export const MASK_CANDIDATES = 30;

/** The ballot as a bit set, or −1 when it is out of range or repeats a candidate (reported elsewhere). */
export function approvalMask(items: ArrayLike<number>, from: number, to: number, candidates: number): number {
  let mask = 0;
  for (let k = from; k < to; k++) {
    const c = items[k];
    if (!(c >= 0 && c < candidates) || c !== (c | 0) || mask & (1 << c)) return -1;
    mask |= 1 << c;
  }
  return mask;
}

export class ApprovalSetIndex {
  // open addressing, four numbers a slot: ballot (−1 when empty), mask, group, cluster
  private table = new Int32Array(4 * 64).fill(-1);
  private count = 0;

  /** The stored ballot for this set, or −1. */
  find(mask: number, group: number, cluster: number): number {
    const { table } = this;
    const slots = table.length >> 2;
    for (let slot = hash(mask, group, cluster) & (slots - 1); ; slot = (slot + 1) & (slots - 1)) {
      const at = slot << 2;
      if (table[at] < 0) return -1;
      if (table[at + 1] === mask && table[at + 2] === group && table[at + 3] === cluster) return table[at];
    }
  }

  remember(mask: number, group: number, cluster: number, ballot: number): void {
    if (++this.count * 2 > this.table.length >> 2) this.grow();
    place(this.table, ballot, mask, group, cluster);
  }

  private grow(): void {
    const old = this.table;
    this.table = new Int32Array(old.length * 2).fill(-1);
    for (let at = 0; at < old.length; at += 4) if (old[at] >= 0) place(this.table, old[at], old[at + 1], old[at + 2], old[at + 3]);
  }
}

function place(table: Int32Array, ballot: number, mask: number, group: number, cluster: number): void {
  const slots = table.length >> 2;
  let slot = hash(mask, group, cluster) & (slots - 1);
  while (table[slot << 2] >= 0) slot = (slot + 1) & (slots - 1);
  table.set([ballot, mask, group, cluster], slot << 2);
}

function hash(mask: number, group: number, cluster: number): number {
  const h = Math.imul(mask ^ Math.imul(group + 1, 0x9e3779b1) ^ Math.imul(cluster + 1, 0x85ebca6b), 0x27d4eb2d);
  return (h ^ (h >>> 15)) >>> 0;
}
