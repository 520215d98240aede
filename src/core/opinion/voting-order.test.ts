// The voting order (priority.ts's votingOrder): the first statement of the order a participant has not
// voted on is the one the page showed before the order was kept — among those not voted on, the highest
// priority, the earliest statement on a tie — whatever the counts, extremities and votes (fast-check);
// and a small case worked by hand from Pol.is's formula.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statementPriority, votingOrder, type Offered } from './priority';

/** The choice the page made before: a scan in statement order keeping a strictly higher priority. */
function scanned(statements: Offered[], extremity: Record<string, number>, voted: Set<number>): number | null {
  let best: number | null = null;
  let bestPriority = -Infinity;
  for (const s of [...statements].sort((a, b) => a.tid - b.tid)) {
    if (voted.has(s.tid)) continue;
    const p = statementPriority({ agree: s.agree, disagree: s.disagree, seen: s.agree + s.disagree + s.pass }, extremity[String(s.tid)] ?? 0, s.isMeta);
    if (p > bestPriority) [best, bestPriority] = [s.tid, p];
  }
  return best;
}

const conversations = fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { minLength: 0, maxLength: 25 }).chain((tids) =>
  fc.record({
    statements: fc.tuple(...tids.map((tid) => fc.record({ tid: fc.constant(tid), agree: fc.integer({ min: 0, max: 4 }), disagree: fc.integer({ min: 0, max: 4 }), pass: fc.integer({ min: 0, max: 4 }), isMeta: fc.boolean() }))),
    extremity: fc.dictionary(fc.constantFrom(...tids.map(String), '99'), fc.constantFrom(0, 0.5, 1, 2.25)),
    voted: fc.subarray(tids),
  }),
);

describe('voting order', () => {
  it('offers first what the scan in statement order chose, for any counts, extremities and votes', () => {
    fc.assert(
      fc.property(conversations, ({ statements, extremity, voted }) => {
        const done = new Set(voted);
        const first = votingOrder(statements, extremity).find((s) => !done.has(s.tid));
        expect(first?.tid ?? null).toBe(scanned(statements, extremity, done));
      }),
      { numRuns: 300 },
    );
  });

  it('orders a worked case: meta first, then far from the centre, then fewer seen, ties to the earlier', () => {
    // priorities by hand, [(1 − p)·(E + 1)·a·(1 + 8·2^(−S/5))]² with p = (P + 1)/(S + 2), a = (A + 1)/(S + 2):
    // 0: no votes, E 0 → (½·½·9)² = 5,0625;  1: the same → 5,0625 (after 0);  2: meta → 49;
    // 3: no votes, E 1 → (½·2·½·9)² = 20,25;  4: 2 agrees of 2, E 0 → p = ¼, a = ¾, 1 + 8·2^(−0,4) = 7,0628…
    //    → (¾·¾·7,0628)² = 15,78…
    const statements: Offered[] = [0, 1, 2, 3].map((tid) => ({ tid, agree: 0, disagree: 0, pass: 0, isMeta: tid === 2 }));
    statements.push({ tid: 4, agree: 2, disagree: 0, pass: 0, isMeta: false });
    expect(votingOrder(statements, { '3': 1 }).map((s) => s.tid)).toEqual([2, 3, 4, 0, 1]);
  });
});
