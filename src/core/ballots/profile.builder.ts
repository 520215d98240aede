// Builds a Profile one ballot at a time, merging identical ballots into one weighted entry as
// they arrive (an open-addressing hash table over the flat arrays, so no per-ballot objects or
// string keys: this is the hot path when a million ballots are loaded).
// Parsers validate with file and line before calling; the checks here guard other callers
// (the HTTP layer) and speak of "a ballot" because they know nothing about files.
import { InputError } from '../errors';
import { ApprovalSetIndex, approvalMask, MASK_CANDIDATES } from './approval-sets';
import { BallotKind, type Profile } from './profile';

const MAX_CANDIDATES = 0xffff;

export class ProfileBuilder {
  private readonly names: string[] = [];
  private readonly nameIndex = new Map<string, number>();
  private readonly groupNames: string[] = [];
  private readonly clusterNames: string[] = [];
  private count = 0;
  private itemCount = 0;
  private kinds = new Uint8Array(64);
  private weights = new Float64Array(64);
  private starts = new Uint32Array(65);
  private groupIds = new Int32Array(64);
  private clusterIds = new Int32Array(64);
  private hashes = new Uint32Array(64);
  private items = new Uint16Array(256);
  private levels = new Uint16Array(256);
  private values: Float64Array<ArrayBuffer> | null = null;
  private table = new Int32Array(128).fill(-1);
  // scratch for the ballot being added, in canonical order
  private sItems = new Int32Array(16);
  private sLevels = new Int32Array(16);
  private sValues = new Float64Array(16);
  private stamp = new Uint32Array(16);
  private serial = 0;
  private readonly pair = new Int32Array(2);
  private readonly approvalSets = new ApprovalSetIndex();

  constructor(candidates: readonly string[] = []) {
    for (const name of candidates) this.addCandidate(name);
  }

  /** Index of a candidate, or −1. */
  candidateIndex(name: string): number {
    return this.nameIndex.get(name) ?? -1;
  }

  addCandidate(name: string): number {
    if (this.nameIndex.has(name)) throw new InputError(`Candidate "${name}" is declared twice.`);
    if (this.names.length >= MAX_CANDIDATES) throw new InputError(`There are more than ${MAX_CANDIDATES} candidates.`);
    this.nameIndex.set(name, this.names.length);
    this.names.push(name);
    if (this.stamp.length < this.names.length) this.stamp = grow(this.stamp, this.names.length * 2);
    return this.names.length - 1;
  }

  groupId(name: string | undefined): number {
    return name === undefined ? -1 : intern(this.groupNames, name);
  }

  clusterId(name: string | undefined): number {
    return name === undefined ? -1 : intern(this.clusterNames, name);
  }

  // Every add method takes the ballot as items[from .. to) (the whole array by default), so that
  // callers holding ballots in one flat array need not cut it into pieces.

  /** An order best first; `levels[k]` is the tie group of `items[k]` (non-decreasing), or null for a strict order. */
  addRanking(items: ArrayLike<number>, levels: ArrayLike<number> | null, weight = 1, group = -1, cluster = -1, from = 0, to = items.length): void {
    const len = this.stage(items, from, to, weight);
    const { sItems, sLevels } = this;
    let level = 0;
    let sorted = true;
    if (len > 0) sLevels[0] = 0;
    for (let k = 1; k < len; k++) {
      if (levels) {
        const previous = levels[from + k - 1];
        const current = levels[from + k];
        if (current < previous) throw new InputError('A ranking lists its tie groups out of order.');
        if (current !== previous) level++;
        else if (sItems[k - 1] > sItems[k]) sorted = false;
      } else level++;
      sLevels[k] = level;
    }
    // ties are unordered: sort each tie group so {2,4} and {4,2} are one ballot
    if (!sorted) {
      for (let k = 1; k < len; k++) {
        const c = sItems[k];
        let j = k - 1;
        while (j >= 0 && sLevels[j] === sLevels[k] && sItems[j] > c) {
          sItems[j + 1] = sItems[j];
          j--;
        }
        sItems[j + 1] = c;
      }
    }
    this.commit(BallotKind.ranking, len, weight, group, cluster);
  }

  addApproval(items: ArrayLike<number>, weight = 1, group = -1, cluster = -1, from = 0, to = items.length): void {
    if (this.names.length <= MASK_CANDIDATES && this.addApprovalByMask(items, weight, group, cluster, from, to)) return;
    this.addApprovalSorted(items, weight, group, cluster, from, to);
  }

  private addApprovalSorted(items: ArrayLike<number>, weight: number, group: number, cluster: number, from: number, to: number): number {
    const len = this.stage(items, from, to, weight);
    const { sItems, sLevels } = this;
    for (let k = 0; k < len; k++) {
      sLevels[k] = 0;
      if (k > 0 && sItems[k - 1] > sItems[k]) {
        const c = sItems[k];
        let j = k - 1;
        while (j >= 0 && sItems[j] > c) {
          sItems[j + 1] = sItems[j];
          j--;
        }
        sItems[j + 1] = c;
      }
    }
    return this.commit(BallotKind.approval, len, weight, group, cluster);
  }

  // With few candidates an approval ballot is a bit set, a key that needs no sorting; repeats,
  // nearly every ballot of a large approval vote, are found by it without the general path.
  private addApprovalByMask(items: ArrayLike<number>, weight: number, group: number, cluster: number, from: number, to: number): boolean {
    const mask = approvalMask(items, from, to, this.names.length);
    if (mask < 0 || !(weight > 0) || weight === Infinity) return false; // the general path reports any problem
    const known = this.approvalSets.find(mask, group, cluster);
    if (known >= 0) {
      this.weights[known] += weight;
    } else {
      this.approvalSets.remember(mask, group, cluster, this.addApprovalSorted(items, weight, group, cluster, from, to));
    }
    return true;
  }

  /** Scores per item; stored highest first, so that the pairwise methods can read it as an order. */
  addScores(items: ArrayLike<number>, values: ArrayLike<number>, weight = 1, group = -1, cluster = -1, from = 0, to = items.length): void {
    const len = this.stage(items, from, to, weight);
    const { sItems, sLevels, sValues } = this;
    for (let k = 0; k < len; k++) {
      const v = values[from + k];
      if (!Number.isFinite(v)) throw new InputError('A score ballot holds a score that is not a number.');
      // insertion by score, highest first, then by candidate
      const c = sItems[k];
      let j = k - 1;
      while (j >= 0 && (sValues[j] < v || (sValues[j] === v && sItems[j] > c))) {
        sValues[j + 1] = sValues[j];
        sItems[j + 1] = sItems[j];
        j--;
      }
      sValues[j + 1] = v;
      sItems[j + 1] = c;
    }
    for (let k = 0; k < len; k++) sLevels[k] = k === 0 ? 0 : sLevels[k - 1] + (sValues[k] === sValues[k - 1] ? 0 : 1);
    if (!this.values) this.values = new Float64Array(this.items.length);
    this.commit(BallotKind.scores, len, weight, group, cluster);
  }

  /** One comparison: `winner` preferred to `loser`, saying nothing about the other candidates. */
  addPair(winner: number, loser: number, weight = 1, group = -1, cluster = -1): void {
    this.pair[0] = winner;
    this.pair[1] = loser;
    this.stage(this.pair, 0, 2, weight);
    this.sLevels[0] = 0;
    this.sLevels[1] = 1;
    this.commit(BallotKind.pair, 2, weight, group, cluster);
  }

  build(): Profile {
    const n = this.count;
    const m = this.itemCount;
    return {
      candidates: this.names.slice(),
      size: n,
      weight: this.weights.slice(0, n),
      kind: this.kinds.slice(0, n),
      start: this.starts.slice(0, n + 1),
      item: this.items.slice(0, m),
      level: this.levels.slice(0, m),
      value: this.values ? this.values.slice(0, m) : null,
      group: this.groupIds.slice(0, n),
      groups: this.groupNames.slice(),
      cluster: this.clusterIds.slice(0, n),
      clusters: this.clusterNames.slice(),
    };
  }

  // Checks weight, range and repetition while copying the items into the scratch arrays.
  private stage(items: ArrayLike<number>, from: number, to: number, weight: number): number {
    if (!(weight >= 0) || weight === Infinity) throw new InputError('A ballot has a weight that is not a non-negative number.');
    const len = to - from;
    if (this.sItems.length < len) {
      this.sItems = new Int32Array(len * 2);
      this.sLevels = new Int32Array(len * 2);
      this.sValues = new Float64Array(len * 2);
    }
    if (++this.serial === 0xffffffff) {
      this.stamp.fill(0);
      this.serial = 1;
    }
    const { stamp, serial, sItems } = this;
    const n = this.names.length;
    for (let k = 0; k < len; k++) {
      const c = items[from + k];
      if (!(c >= 0 && c < n) || c !== (c | 0)) throw new InputError(`A ballot names candidate number ${c}, but there are ${n}.`);
      if (stamp[c] === serial) throw new InputError(`A ballot lists "${this.names[c]}" twice.`);
      stamp[c] = serial;
      sItems[k] = c;
    }
    return len;
  }

  /** Stores the staged ballot, or adds to the weight of its twin; returns its index (−1 for weight 0). */
  private commit(kind: BallotKind, len: number, weight: number, group: number, cluster: number): number {
    if (weight === 0) return -1;
    const { sItems, sLevels, sValues } = this;
    const withValues = kind === BallotKind.scores;
    let h = (0x811c9dc5 ^ kind) >>> 0;
    h = Math.imul(h ^ (group + 1), 0x01000193);
    h = Math.imul(h ^ (cluster + 1), 0x01000193);
    h = Math.imul(h ^ len, 0x01000193);
    for (let k = 0; k < len; k++) {
      h = Math.imul(h ^ (sItems[k] | (sLevels[k] << 16)), 0x01000193);
      if (withValues) h = Math.imul(h ^ ((sValues[k] * 1048576) | 0), 0x01000193);
    }
    // murmur3's finaliser, so that similar ballots land far apart in the table
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h = (h ^ (h >>> 16)) >>> 0;

    const mask = this.table.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const b = this.table[slot];
      if (b < 0) {
        const added = this.append(kind, len, weight, group, cluster, h);
        this.table[slot] = added;
        if (this.count * 2 > this.table.length) this.rehash();
        return added;
      }
      if (this.hashes[b] === h && this.sameAsScratch(b, kind, len, group, cluster)) {
        this.weights[b] += weight;
        return b;
      }
    }
  }

  private sameAsScratch(b: number, kind: number, len: number, group: number, cluster: number): boolean {
    if (this.kinds[b] !== kind || this.groupIds[b] !== group || this.clusterIds[b] !== cluster) return false;
    const s = this.starts[b];
    if (this.starts[b + 1] - s !== len) return false;
    for (let k = 0; k < len; k++) {
      if (this.items[s + k] !== this.sItems[k] || this.levels[s + k] !== this.sLevels[k]) return false;
      if (kind === BallotKind.scores && this.values![s + k] !== this.sValues[k]) return false;
    }
    return true;
  }

  private append(kind: BallotKind, len: number, weight: number, group: number, cluster: number, hash: number): number {
    const b = this.count;
    if (b + 1 >= this.kinds.length) {
      const size = this.kinds.length * 2;
      this.kinds = grow(this.kinds, size);
      this.weights = grow(this.weights, size);
      this.starts = grow(this.starts, size + 1);
      this.groupIds = grow(this.groupIds, size);
      this.clusterIds = grow(this.clusterIds, size);
      this.hashes = grow(this.hashes, size);
    }
    const s = this.itemCount;
    if (s + len > this.items.length) {
      const size = Math.max(this.items.length * 2, s + len);
      this.items = grow(this.items, size);
      this.levels = grow(this.levels, size);
      if (this.values) this.values = grow(this.values, size);
    }
    for (let k = 0; k < len; k++) {
      this.items[s + k] = this.sItems[k];
      this.levels[s + k] = this.sLevels[k];
      if (kind === BallotKind.scores) this.values![s + k] = this.sValues[k];
    }
    this.itemCount = s + len;
    this.kinds[b] = kind;
    this.weights[b] = weight;
    this.groupIds[b] = group;
    this.clusterIds[b] = cluster;
    this.hashes[b] = hash;
    this.starts[b + 1] = this.itemCount;
    this.count = b + 1;
    return b;
  }

  private rehash(): void {
    const table = new Int32Array(this.table.length * 2).fill(-1);
    const mask = table.length - 1;
    for (let b = 0; b < this.count; b++) {
      let slot = this.hashes[b] & mask;
      while (table[slot] >= 0) slot = (slot + 1) & mask;
      table[slot] = b;
    }
    this.table = table;
  }
}

type Growable = Uint8Array<ArrayBuffer> | Uint16Array<ArrayBuffer> | Uint32Array<ArrayBuffer> | Int32Array<ArrayBuffer> | Float64Array<ArrayBuffer>;

function grow<T extends Growable>(array: T, size: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(size);
  bigger.set(array);
  return bigger;
}

function intern(names: string[], name: string): number {
  const at = names.indexOf(name);
  if (at >= 0) return at;
  names.push(name);
  return names.length - 1;
}
