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

/** A statement as the voting order needs it: its number, running counts and whether it is meta. */
export type Offered = { tid: number; agree: number; disagree: number; pass: number; isMeta: boolean };

/**
 * The statements in the order they are offered: by statementPriority (extremity from the last map, 0 for a
 * statement it does not have) from the highest, ties to the earlier statement. A participant is shown the
 * first one they have not voted on — the same as taking, among those, the highest priority, earliest first.
 */
export function votingOrder<T extends Offered>(statements: readonly T[], extremity: Readonly<Record<string, number>>): T[] {
  const scored = statements.map((s) => ({ s, priority: statementPriority({ agree: s.agree, disagree: s.disagree, seen: s.agree + s.disagree + s.pass }, extremity[String(s.tid)] ?? 0, s.isMeta) }));
  scored.sort((a, b) => b.priority - a.priority || a.s.tid - b.s.tid);
  return scored.map((x) => x.s);
}
