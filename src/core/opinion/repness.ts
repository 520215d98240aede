// Which statements speak for a group, and which for everyone — Pol.is's statistics (math/repness.clj,
// math/stats.clj), with votes coded agree 1, disagree −1, pass 0 and n_s counting passes too:
//   pa = (n_a + 1) / (n_s + 2);  pat = 2·√(n_s + 1)·((n_a + 1)/(n_s + 1) − ½)
//   ra = pa ÷ ((1 + Σ n_a of the other groups) / (2 + Σ n_s of the other groups))
//   rat = two-proportion z-test of the group against the others, +1 added to each count
// and the same for disagree (pd, pdt, rd, rdt). A statement speaks for a group when both agree z-scores,
// or both disagree z-scores, exceed 1.2816 (90 % one-sided); ranked by r·rt·p·pt, top 5 with the best
// agreed statement first, agrees before disagrees. When none qualifies, Pol.is's fallback: the best
// agreed statement, or else the one with the largest z-score.
import type { ConsensusStatement, Representative } from './types';

export const Z_90 = 1.2816;

export interface Counts {
  agree: number;
  disagree: number;
  /** Votes cast, passes included. */
  seen: number;
}

interface Stats extends Counts {
  pa: number;
  pd: number;
  pat: number;
  pdt: number;
  ra: number;
  rd: number;
  rat: number;
  rdt: number;
}

export function proportionTest(successes: number, trials: number): number {
  const s = successes + 1;
  const n = trials + 1;
  return 2 * Math.sqrt(n) * (s / n - 0.5);
}

export function twoProportionTest(successesIn: number, successesOut: number, trialsIn: number, trialsOut: number): number {
  const [s1, s2, n1, n2] = [successesIn + 1, successesOut + 1, trialsIn + 1, trialsOut + 1];
  const pooled = (s1 + s2) / (n1 + n2);
  if (pooled === 1) return 0;
  return (s1 / n1 - s2 / n2) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
}

function statsOf(own: Counts, rest: Counts): Stats {
  const pa = (own.agree + 1) / (own.seen + 2);
  const pd = (own.disagree + 1) / (own.seen + 2);
  return {
    ...own,
    pa,
    pd,
    pat: proportionTest(own.agree, own.seen),
    pdt: proportionTest(own.disagree, own.seen),
    ra: pa / ((1 + rest.agree) / (2 + rest.seen)),
    rd: pd / ((1 + rest.disagree) / (2 + rest.seen)),
    rat: twoProportionTest(own.agree, rest.agree, own.seen, rest.seen),
    rdt: twoProportionTest(own.disagree, rest.disagree, own.seen, rest.seen),
  };
}

const passes = (s: Stats) => (s.rat > Z_90 && s.pat > Z_90) || (s.rdt > Z_90 && s.pdt > Z_90);
const metric = (r: Representative) => r.repness * r.repnessTest * r.probability * r.probabilityTest;

function finalised(statement: string, s: Stats): Representative {
  const agrees = s.rat > s.rdt;
  return {
    statement,
    direction: agrees ? 'agree' : 'disagree',
    agree: s.seen > 0 ? s.agree / s.seen : 0,
    disagree: s.seen > 0 ? s.disagree / s.seen : 0,
    votes: s.seen,
    repness: agrees ? s.ra : s.rd,
    repnessTest: agrees ? s.rat : s.rdt,
    probability: agrees ? s.pa : s.pd,
    probabilityTest: agrees ? s.pat : s.pdt,
  };
}

/** Whether `s` is a better "what this group agrees on" than the best so far (Pol.is's beats-best-agr?). */
function beatsBestAgree(s: Stats, best: Stats | null): boolean {
  if (s.agree === 0 && s.disagree === 0) return false;
  if (best && best.ra > 1) return s.ra * s.rat * s.pa * s.pat > best.ra * best.rat * best.pa * best.pat;
  if (best) return s.pa * s.pat > best.pa * best.pat;
  return s.pat > Z_90 || (s.ra > 1 && s.pa > 0.5);
}

/**
 * The representative statements of each group. `counts[g][j]`: group g's votes on statement j;
 * `statements[j]` its id; statements in `left` (moderated out) are never chosen.
 */
export function representatives(counts: Counts[][], statements: readonly string[], left: ReadonlySet<string> = new Set()): Representative[][] {
  const totals = statements.map((_, j) => sumCounts(counts.map((g) => g[j])));
  return counts.map((own) => {
    const sufficient: Representative[] = [];
    let best: Representative | null = null;
    let bestAgree: Stats | null = null;
    let bestAgreeId = '';
    statements.forEach((statement, j) => {
      if (left.has(statement)) return;
      const s = statsOf(own[j], minus(totals[j], own[j]));
      if (passes(s)) sufficient.push(finalised(statement, s));
      if (sufficient.length === 0 && (!best || Math.max(s.rat, s.rdt) > best.repnessTest)) best = finalised(statement, s);
      if (beatsBestAgree(s, bestAgree)) [bestAgree, bestAgreeId] = [s, statement];
    });
    const head = bestAgree ? [finalised(bestAgreeId, bestAgree)] : [];
    if (sufficient.length === 0) return head.length > 0 ? head : best ? [best] : [];
    const ranked = sufficient.filter((r) => r.statement !== bestAgreeId).sort((a, b) => metric(b) - metric(a));
    const top = [...head, ...ranked].slice(0, 5);
    return [...top.filter((r) => r.direction === 'agree'), ...top.filter((r) => r.direction === 'disagree')];
  });
}

/** Statements most of everyone agrees (or disagrees) with: p > ½ and its z-score > 1.2816, top 5 by p·z. */
export function consensus(counts: Counts[], statements: readonly string[], left: ReadonlySet<string> = new Set()): { agree: ConsensusStatement[]; disagree: ConsensusStatement[] } {
  const side = (direction: 'agree' | 'disagree'): ConsensusStatement[] =>
    statements
      .flatMap((statement, j) => {
        if (left.has(statement)) return [];
        const c = counts[j];
        const n = direction === 'agree' ? c.agree : c.disagree;
        const probability = (n + 1) / (c.seen + 2);
        const probabilityTest = proportionTest(n, c.seen);
        return probability > 0.5 && probabilityTest > Z_90 ? [{ statement, direction, share: n / c.seen, votes: c.seen, probability, probabilityTest }] : [];
      })
      .sort((a, b) => b.probability * b.probabilityTest - a.probability * a.probabilityTest)
      .slice(0, 5);
  return { agree: side('agree'), disagree: side('disagree') };
}

/** Group-informed consensus of one statement: ∏ over groups of (agrees + 1) / (votes + 2). */
export function groupInformedConsensus(perGroup: readonly Counts[]): number {
  return perGroup.reduce((product, c) => product * ((c.agree + 1) / (c.seen + 2)), 1);
}

export function sumCounts(list: readonly Counts[]): Counts {
  return list.reduce((t, c) => ({ agree: t.agree + c.agree, disagree: t.disagree + c.disagree, seen: t.seen + c.seen }), { agree: 0, disagree: 0, seen: 0 });
}

function minus(a: Counts, b: Counts): Counts {
  return { agree: a.agree - b.agree, disagree: a.disagree - b.disagree, seen: a.seen - b.seen };
}
