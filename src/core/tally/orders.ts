// The orders a running tally keeps for IRV and STV, as flat lists: order r lists
// item[start[r] .. start[r+1]) best first, level[k] its tie group (0, 1, …), weight[r] the voters
// behind it. Adding a ballot appends its order; merging running tallies (and storing them, one row
// per orderKey) adds up the weights of equal orders, so a kept tally holds each distinct order once.

export interface OrderList {
  weight: number[];
  start: number[];
  item: number[];
  level: number[];
}

/** The orders as IRV and STV walk them, over `candidates`. */
export interface OrderTable extends OrderList {
  readonly candidates: readonly string[];
  readonly size: number;
}

export const emptyOrders = (): OrderList => ({ weight: [], start: [0], item: [], level: [] });

export function orderTable(candidates: readonly string[], orders: OrderList): OrderTable {
  return { ...orders, candidates, size: orders.weight.length };
}

/** Appends one order, items[from .. to) best first. */
export function appendOrder(list: OrderList, items: ArrayLike<number>, levels: ArrayLike<number>, from: number, to: number, weight: number): void {
  for (let k = from; k < to; k++) {
    list.item.push(items[k]);
    list.level.push(levels[k] - levels[from]);
  }
  list.start.push(list.item.length);
  list.weight.push(weight);
}

/** An order as text: tie groups best first, separated by "|", each group's options by "," in index order. */
export function orderKey(items: ArrayLike<number>, levels: ArrayLike<number>): string {
  const groups: number[][] = [];
  for (let k = 0; k < items.length; k++) {
    if (k === 0 || levels[k] !== levels[k - 1]) groups.push([]);
    groups[groups.length - 1].push(items[k]);
  }
  return groups.map((g) => g.sort((a, b) => a - b).join(',')).join('|');
}

/** Order r of the list. */
export function orderAt(list: OrderList, r: number): { items: number[]; levels: number[] } {
  return { items: list.item.slice(list.start[r], list.start[r + 1]), levels: list.level.slice(list.start[r], list.start[r + 1]) };
}

/** Each distinct order once, with the weights of its copies added up (in order of first appearance). */
export function distinctOrders(list: OrderList): Map<string, number> {
  const weights = new Map<string, number>();
  for (let r = 0; r < list.weight.length; r++) {
    const { items, levels } = orderAt(list, r);
    const key = orderKey(items, levels);
    weights.set(key, (weights.get(key) ?? 0) + list.weight[r]);
  }
  return weights;
}

/** The list with each distinct order once. */
export function compactOrders(list: OrderList): OrderList {
  const compact = emptyOrders();
  for (const [key, weight] of distinctOrders(list)) {
    const groups = key === '' ? [] : key.split('|').map((g) => g.split(',').map(Number));
    const items = groups.flat();
    appendOrder(compact, items, groups.flatMap((g, l) => g.map(() => l)), 0, items.length, weight);
  }
  return compact;
}
