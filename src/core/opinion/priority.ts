// Which statement to show a participant next (Pol.is, math/conversation.clj): statements that many agree
// with, few pass on, that lie far from the centre, and that few have seen yet come first:
//   priority = [(1 − p)·(E + 1)·a·(1 + 8·2^(−S/5))]²,  p = (P + 1)/(S + 2),  a = (A + 1)/(S + 2)
// with A agrees, P passes and S votes among the participants in groups, and E the statement's extremity
// (core/opinion/pca.ts). A meta statement scores 7² whatever its votes.
import type { Counts } from './repness';

const META_PRIORITY = 7;

export function statementPriority(counts: Counts, extremity: number, meta = false): number {
  if (meta) return META_PRIORITY ** 2;
  const { agree: A, disagree: D, seen: S } = counts;
  const P = S - A - D;
  const p = (P + 1) / (S + 2);
  const a = (A + 1) / (S + 2);
  return ((1 - p) * (extremity + 1) * a * (1 + 8 * 2 ** (-S / 5))) ** 2;
}
