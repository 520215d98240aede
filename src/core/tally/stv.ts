// Single transferable vote for `seats` seats. Droop quota ⌊valid/(seats+1)⌋+1. Candidates reaching
// it are elected; surpluses are passed on by the weighted inclusive Gregory method: every ballot
// the elected candidate holds moves to its next continuing preference at its current value times
// surplus/votes (largest surplus first). With no surplus left, the lowest candidate is excluded
// and its ballots move at their current value. Ties are broken backwards through earlier rounds.
// Values are kept exact (no truncation to decimals, unlike some statutory rules).
import { InputError } from '../errors';
import { snap } from './numbers';
import { orderKinds, rankByScore, requireKinds } from './ranking';
import { orderTable, type OrderTable } from './orders';
import type { RunningTally } from './running';
import { breakTie } from './tie-break';
import type { MethodOptions, Outcome, TallyRound, TieBreak } from './types';

const CONTINUING = 0;
const ELECTED = 1;
const EXCLUDED = 2;

export function tallyStv(tally: RunningTally, options: MethodOptions): Outcome {
  requireKinds(tally, 'stv', orderKinds);
  const names = tally.options;
  const n = names.length;
  const seats = options.seats;
  if (seats === undefined) throw new InputError('Method "stv" needs the number of seats (--seats N).', {}, 'Phương pháp "stv" cần số ghế (--seats N).');
  if (!Number.isInteger(seats) || seats < 1) throw new InputError(`The number of seats must be a whole number of at least 1, not ${seats}.`, {}, `Số ghế phải là số nguyên từ 1 trở lên, không phải ${seats}.`);
  if (seats > n) throw new InputError(`Cannot fill ${seats} seats with ${n} candidates.`, {}, `Không thể bầu đủ ${seats} ghế từ ${n} ứng viên.`);

  const count = new Count(orderTable(tally.options, tally.rankings!));
  const quota = Math.floor(count.valid / (seats + 1)) + 1;
  const elected: number[] = [];
  const rounds: TallyRound[] = [];
  const history: Float64Array[] = [];
  const tieBreaks: TieBreak[] = [];
  // picks from `among` one at a time, best (or worst) first, breaking ties backwards
  const pick = (among: number[], votes: Float64Array, take: 'highest' | 'lowest'): number => {
    const target = take === 'highest' ? Math.max(...among.map((c) => votes[c])) : Math.min(...among.map((c) => votes[c]));
    const { chosen, tieBreak } = breakTie(among.filter((c) => votes[c] === target), history, take, names, rounds.length);
    if (tieBreak) tieBreaks.push(tieBreak);
    return chosen;
  };
  const elect = (candidates: number[], votes: Float64Array, round: TallyRound) => {
    for (let left = [...candidates]; left.length && elected.length < seats; ) {
      const c = pick(left, votes, 'highest');
      left = left.filter((x) => x !== c);
      count.status[c] = ELECTED;
      elected.push(c);
      round.elected.push(names[c]);
    }
  };

  for (;;) {
    const votes = count.votes(quota);
    const tally: Record<string, number> = {};
    for (let c = 0; c < n; c++) if (count.status[c] !== EXCLUDED) tally[names[c]] = votes[c];
    const round: TallyRound = { tally, eliminated: [], elected: [], exhausted: snap(count.exhausted) };
    rounds.push(round);
    const continuing = () => [...Array(n).keys()].filter((c) => count.status[c] === CONTINUING);
    elect(continuing().filter((c) => votes[c] >= quota), votes, round);
    if (elected.length === seats) break;
    if (continuing().length + elected.length <= seats) {
      elect(continuing(), votes, round);
      break;
    }
    const withSurplus = elected.filter((c) => !count.settled[c] && votes[c] > quota);
    if (withSurplus.length) {
      const c = pick(withSurplus, votes, 'highest');
      const factor = (votes[c] - quota) / votes[c];
      round.transfer = { from: names[c], reason: 'surplus', factor, ...count.move(c, factor) };
      count.settled[c] = 1;
    } else {
      const c = pick(continuing(), votes, 'lowest');
      count.status[c] = EXCLUDED;
      round.eliminated.push(names[c]);
      round.transfer = { from: names[c], reason: 'elimination', ...count.move(c, 1) };
    }
    history.push(votes);
  }

  const last = count.votes(quota);
  const others = rankByScore(last.map((v, c) => (count.status[c] === CONTINUING ? v : NaN)), 'higher');
  others.pop(); // elected and excluded, placed separately
  const excluded = rounds.flatMap((r) => r.eliminated).map((name) => names.indexOf(name)).reverse();
  return {
    ranking: [...elected.map((c) => [c]), ...others, ...excluded.map((c) => [c])],
    winners: elected,
    rounds,
    quota,
    seats,
    ...(tieBreaks.length ? { tieBreaks } : {}),
  };
}

/** The ballots as parcels of value, each held by one candidate, moved as the count goes on. */
class Count {
  readonly status: Uint8Array;
  readonly settled: Uint8Array;
  readonly valid: number;
  exhausted = 0;
  private readonly ballot: number[] = [];
  private readonly value: number[] = [];
  private readonly holder: number[] = [];
  private readonly moved: Float64Array;

  constructor(private readonly orders: OrderTable) {
    const n = orders.candidates.length;
    this.status = new Uint8Array(n);
    this.settled = new Uint8Array(n);
    this.moved = new Float64Array(n);
    let valid = 0;
    for (let b = 0; b < orders.size; b++) {
      const w = orders.weight[b];
      if (!(w > 0) || orders.start[b + 1] === orders.start[b]) continue;
      valid += w;
      this.place(b, w);
    }
    this.valid = snap(valid);
    this.exhausted = 0;
    this.moved.fill(0);
  }

  /** Votes per candidate; one whose surplus has gone on keeps exactly the quota. */
  votes(quota: number): Float64Array {
    const votes = new Float64Array(this.status.length);
    for (let p = 0; p < this.holder.length; p++) if (this.holder[p] >= 0) votes[this.holder[p]] += this.value[p];
    for (let c = 0; c < votes.length; c++) votes[c] = this.settled[c] ? quota : snap(votes[c]);
    return votes;
  }

  /** Moves every parcel `from` holds to its next continuing preference, at value × factor. */
  move(from: number, factor: number): { to: Record<string, number>; exhausted: number } {
    this.moved.fill(0);
    const before = this.exhausted;
    const parcels = this.holder.length;
    for (let p = 0; p < parcels; p++) {
      if (this.holder[p] !== from) continue;
      this.holder[p] = -1;
      this.place(this.ballot[p], this.value[p] * factor);
    }
    const to: Record<string, number> = {};
    this.moved.forEach((amount, c) => {
      if (amount > 0) to[this.orders.candidates[c]] = snap(amount);
    });
    return { to, exhausted: snap(this.exhausted - before) };
  }

  // Gives value to the highest continuing preference on ballot b (split evenly over a tie).
  private place(b: number, value: number): void {
    const { start, item, level } = this.orders;
    const e = start[b + 1];
    for (let k = start[b]; k < e; ) {
      let g = k;
      let tied = 0;
      while (g < e && level[g] === level[k]) tied += this.status[item[g++]] === CONTINUING ? 1 : 0;
      if (tied > 0) {
        for (let t = k; t < g; t++) {
          const c = item[t];
          if (this.status[c] !== CONTINUING) continue;
          this.ballot.push(b);
          this.value.push(value / tied);
          this.holder.push(c);
          this.moved[c] += value / tied;
        }
        return;
      }
      k = g;
    }
    this.exhausted += value;
  }
}
