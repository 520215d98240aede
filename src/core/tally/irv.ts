// Instant-runoff voting. Each round every ballot counts for its highest-ranked continuing
// candidate (a tie on the ballot splits it evenly); a candidate with more than half of the
// ballots still in play wins, otherwise the lowest is eliminated (a tie for lowest is broken
// backwards through earlier rounds). Rounds record the tally and, after an elimination, where
// the eliminated candidate's ballots went.
import { snap } from './numbers';
import { orderKinds, rankByScore, requireKinds } from './ranking';
import { orderTable, type OrderTable } from './orders';
import type { RunningTally } from './running';
import { breakTie } from './tie-break';
import type { Outcome, TallyRound, TieBreak } from './types';

export function tallyIrv(tally: RunningTally): Outcome {
  requireKinds(tally, 'irv', orderKinds);
  const orders = orderTable(tally.options, tally.rankings!);
  const names = orders.candidates;
  const n = names.length;
  const continuing = new Uint8Array(n).fill(1);
  let alive = n;
  const rounds: TallyRound[] = [];
  const history: Float64Array[] = [];
  const eliminated: number[] = [];
  const tieBreaks: TieBreak[] = [];
  let lastExhausted = 0;
  for (;;) {
    const { votes, exhausted } = firstChoices(orders, continuing);
    const previous = rounds[rounds.length - 1];
    if (previous) {
      const prior = history[history.length - 1];
      const to: Record<string, number> = {};
      for (let c = 0; c < n; c++) if (continuing[c] && votes[c] !== prior[c]) to[names[c]] = snap(votes[c] - prior[c]);
      previous.transfer = { from: previous.eliminated[0], reason: 'elimination', to, exhausted: snap(exhausted - lastExhausted) };
    }
    lastExhausted = exhausted;
    const tally: Record<string, number> = {};
    let active = 0;
    let top = -1;
    for (let c = 0; c < n; c++) {
      if (!continuing[c]) continue;
      tally[names[c]] = votes[c];
      active += votes[c];
      if (top < 0 || votes[c] > votes[top]) top = c;
    }
    const round: TallyRound = { tally, eliminated: [], elected: [], exhausted };
    rounds.push(round);
    if (alive === 1 || votes[top] * 2 > snap(active)) {
      round.elected.push(names[top]);
      // finalists by their last tally, then the eliminated in reverse order of elimination
      const ranking = rankByScore(votes.map((v, c) => (continuing[c] ? v : NaN)), 'higher');
      if (eliminated.length) ranking.pop();
      for (const c of eliminated.reverse()) ranking.push([c]);
      return { ranking, winners: [top], rounds, ...(tieBreaks.length ? { tieBreaks } : {}) };
    }
    let low = Infinity;
    for (let c = 0; c < n; c++) if (continuing[c] && votes[c] < low) low = votes[c];
    const lowest = [...Array(n).keys()].filter((c) => continuing[c] && votes[c] === low);
    const { chosen, tieBreak } = breakTie(lowest, history, 'lowest', names, rounds.length);
    if (tieBreak) tieBreaks.push(tieBreak);
    round.eliminated.push(names[chosen]);
    history.push(votes);
    continuing[chosen] = 0;
    eliminated.push(chosen);
    alive--;
  }
}

function firstChoices(orders: OrderTable, continuing: Uint8Array): { votes: Float64Array; exhausted: number } {
  const votes = new Float64Array(orders.candidates.length);
  let exhausted = 0;
  const { weight, start, item, level } = orders;
  for (let b = 0; b < orders.size; b++) {
    const w = weight[b];
    if (!(w > 0)) continue;
    const e = start[b + 1];
    let k = start[b];
    let placed = false;
    while (k < e && !placed) {
      let g = k;
      let count = 0;
      while (g < e && level[g] === level[k]) count += continuing[item[g++]];
      if (count > 0) {
        for (let t = k; t < g; t++) if (continuing[item[t]]) votes[item[t]] += w / count;
        placed = true;
      }
      k = g;
    }
    if (!placed) exhausted += w;
  }
  for (let c = 0; c < votes.length; c++) votes[c] = snap(votes[c]);
  return { votes, exhausted: snap(exhausted) };
}
