// A consultation's running tallies as the database keeps them (modules/consultations/tally.table.ts):
// one row per cell — stakeholder group × cluster — with its stored-ballot count and its tally, and,
// for the methods that need whole rankings (IRV, STV), one row per distinct ranking of a cell with
// the number of ballots that cast it. Both move in the transaction that stores the ballots, so
// counting reads O(cells × options²) + O(distinct rankings) rows, never the ballots.
import { partsFor, type TallyCell } from '../tally/cells';
import { appendOrder, emptyOrders, type OrderList } from '../tally/orders';
import { emptyTally, type RunningTally, type TallyPart } from '../tally/running';
import { alignTally, uncounted } from '../tally/running.merge';
import type { MethodName } from '../tally/types';
import { consultationParts } from './profile';
import { addChoice } from './running-tally';
import type { BallotType, StoredChoice } from './spec';

/**
 * The version of what is stored. A consultation whose tallies were written under another version
 * (or before tallies were kept: version 0, as the upgrade leaves them) is recounted from its ballots
 * once, and kept from then on.
 */
export const TALLY_VERSION = 1;

/** A tally as stored: without its rankings, which have their own rows. */
export type StoredTally = Omit<RunningTally, 'rankings'>;

export interface StoredCell {
  group: string | null;
  cluster: string | null;
  /** Stored ballots in the cell (a pairwise ballot is one ballot however many pairs it answers). */
  ballots: number;
  tally: StoredTally;
}

/** `ranking`: tie groups best first, separated by "|", each group's option keys by "," (keys hold neither). */
export type RankingRow = { cell: string; ranking: string; weight: number };

export const rankingText = (ranking: readonly (readonly string[])[]): string => ranking.map((tied) => tied.join(',')).join('|');
export type StoredRow = { choice: StoredChoice; group: string | null; cluster: string | null };

export const cellKey = (group: string | null, cluster: string | null): string => JSON.stringify([group, cluster]);

/** The parts kept in a cell's row, and whether distinct rankings are kept beside them. */
export function storedParts(type: BallotType): { parts: TallyPart[]; rankings: boolean } {
  const all = consultationParts(type);
  return { parts: all.filter((p) => p !== 'rankings'), rankings: all.includes('rankings') };
}

/**
 * Adds a batch of stored ballots to the cells (in place, creating cells as needed). Answers the keys
 * of the cells that changed and the rankings the batch adds, summed per cell and ranking.
 */
export function addBatch(cells: Map<string, StoredCell>, rows: readonly StoredRow[], type: BallotType): { changed: string[]; rankings: RankingRow[] } {
  const { parts, rankings } = storedParts(type);
  const changed = new Set<string>();
  const added = new Map<string, RankingRow>();
  for (const row of rows) {
    const key = cellKey(row.group, row.cluster);
    const cell = cells.get(key) ?? { group: row.group, cluster: row.cluster, ballots: 0, tally: emptyTally([], parts) };
    cell.tally = addChoice(cell.tally as RunningTally, row.choice);
    cell.ballots += 1;
    cells.set(key, cell);
    changed.add(key);
    if (rankings && 'ranking' in row.choice) {
      const ranking = rankingText(row.choice.ranking);
      const id = `${key}\n${ranking}`;
      const kept = added.get(id) ?? { cell: key, ranking, weight: 0 };
      kept.weight += 1;
      added.set(id, kept);
    }
  }
  return { changed: [...changed], rankings: [...added.values()] };
}

/**
 * A cell's distinct rankings read in one piece: one line per ranking, `<ranking> <weight>`
 * (option keys hold neither spaces nor line breaks), so that hundreds of thousands of them cost
 * one row to fetch rather than one each.
 */
export type PackedRankings = { cell: string; lines: string };

/**
 * The stored cells as the tally counts them, over `candidates`; when `method` needs rankings, each
 * cell's distinct rankings are read into its tally's orders.
 */
export function countedCells(stored: ReadonlyMap<string, StoredCell>, rankings: readonly PackedRankings[], candidates: readonly string[], method: MethodName): (TallyCell & { ballots: number })[] {
  const withOrders = partsFor([method]).includes('rankings');
  const cells = new Map<string, TallyCell & { ballots: number }>();
  for (const [key, cell] of stored) {
    const tally = alignTally(cell.tally as RunningTally, candidates);
    const counted = withOrders ? { ...tally, parts: [...tally.parts, 'rankings' as const], rankings: emptyOrders() } : tally;
    cells.set(key, { group: cell.group, cluster: cell.cluster, ballots: cell.ballots, tally: counted });
  }
  if (withOrders) {
    const keys = keyTable(candidates);
    for (const { cell, lines } of rankings) {
      const orders = cells.get(cell)?.tally.rankings;
      if (!orders) throw new Error(`A ranking is stored for cell ${cell}, which has no tally.`);
      readRankings(orders, lines, keys);
    }
  }
  return [...cells.values()];
}

const [COMMA, BAR, SPACE] = [44, 124, 32];

// Scans the lines once, character by character, finding each option key by walking a table of the
// keys' characters: slicing every key out and looking it up costs several times more at this size.
function readRankings(orders: OrderList, lines: string, keys: KeyTable): void {
  const items: number[] = [];
  const levels: number[] = [];
  for (let k = 0; k < lines.length; k++) {
    let level = 0;
    let node = 0;
    let from = k;
    items.length = levels.length = 0;
    for (let code = lines.charCodeAt(k); code !== SPACE && k < lines.length; code = lines.charCodeAt(++k)) {
      if (code !== COMMA && code !== BAR) {
        node = node < 0 || code > 127 ? -1 : keys.next[node * 128 + code];
        continue;
      }
      items.push(optionAt(keys, node, lines, from, k));
      levels.push(level);
      if (code === BAR) level++;
      node = 0;
      from = k + 1;
    }
    if (k > from) {
      items.push(optionAt(keys, node, lines, from, k));
      levels.push(level);
    }
    const newline = lines.indexOf('\n', k);
    const end = newline < 0 ? lines.length : newline;
    appendOrder(orders, items, levels, 0, items.length, Number(lines.slice(k + 1, end)));
    k = end;
  }
}

type KeyTable = { next: Int32Array; option: Int32Array };

/** The option keys as a character tree: `next[node × 128 + code]` is the node after a character (0: none yet). */
function keyTable(candidates: readonly string[]): KeyTable {
  const size = 1 + candidates.reduce((sum, c) => sum + c.length, 0);
  const next = new Int32Array(size * 128);
  const option = new Int32Array(size).fill(-1);
  let nodes = 1;
  candidates.forEach((key, c) => {
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      if (code > 127) return; // keys are ASCII (consultation.schema.ts); ballots naming one that is not would fail as uncounted
      const at = node * 128 + code;
      node = next[at] || (next[at] = nodes++);
    }
    option[node] = c;
  });
  return { next: next.map((n) => (n === 0 ? -1 : n)), option };
}

function optionAt(keys: KeyTable, node: number, lines: string, from: number, to: number): number {
  const c = node < 0 ? -1 : keys.option[node];
  if (c < 0) throw uncounted(lines.slice(from, to));
  return c;
}
