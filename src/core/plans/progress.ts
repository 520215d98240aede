// Progress of a plan's tree and the progress a schedule expects.
//
// Roll-up rule (README "Action plans"): a parent's progress is the weighted mean of its children's.
// The weights of one set of siblings are, in this order:
//   1. each child's explicit `weight`, when every sibling has one (> 0);
//   2. otherwise each child's planned budget, when every sibling has one (> 0);
//   3. otherwise equal weights.
// Mixing is not allowed within one set of siblings because a weight of 3 next to a budget of
// 3 000 million đồng would mean nothing. A parent without children has progress 0.
import { dayNumber, type IsoDate } from './dates';

export type WeightedChild = { progress: number; weight?: number | null; budget?: number | null };

export type WeightBasis = 'weight' | 'budget' | 'equal';

export function weightBasis(children: readonly WeightedChild[]): WeightBasis {
  if (children.length && children.every((c) => c.weight != null && c.weight > 0)) return 'weight';
  if (children.length && children.every((c) => c.budget != null && c.budget > 0)) return 'budget';
  return 'equal';
}

export function rollUp(children: readonly WeightedChild[]): number {
  if (!children.length) return 0;
  const basis = weightBasis(children);
  const weightOf = (c: WeightedChild) => (basis === 'weight' ? c.weight! : basis === 'budget' ? c.budget! : 1);
  let total = 0;
  let sum = 0;
  for (const c of children) {
    total += weightOf(c);
    sum += weightOf(c) * c.progress;
  }
  const mean = sum / total;
  // Keep rounding noise from leaving the children's range.
  const lo = Math.min(...children.map((c) => c.progress));
  const hi = Math.max(...children.map((c) => c.progress));
  return Math.min(hi, Math.max(lo, mean));
}

/**
 * The progress (0–100) the schedule expects on `today`: 0 up to the start date, 100 from the due
 * date on, a straight line between them. A one-day action (start = due) is expected done on its day.
 */
export function expectedProgress(startsOn: IsoDate, dueOn: IsoDate, today: IsoDate): number {
  const start = dayNumber(startsOn);
  const due = dayNumber(dueOn);
  const t = dayNumber(today);
  if (t >= due) return 100;
  if (t <= start) return 0;
  return ((t - start) / (due - start)) * 100;
}

export const clampPercent = (x: number) => Math.min(100, Math.max(0, x));
