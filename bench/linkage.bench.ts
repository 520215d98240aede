// Reciprocal matching at the scale of issue 15: the 63 pre-2025 provinces, each with 20 offers and 20
// needs over 14 sectors (seeded), the benefit matrix computed from them, then the suggestion with
// pairs only and with pairs and 3-cycles. Goal: suggestions in < 1 s. The baseline, measured in the
// same run, is computing the benefit matrix itself. The exact 3-cycle search is also timed on the
// Mekong Delta's 13 provinces, the size the issue asks to be exact on, and on 40 provinces. At 63 on this
// data no method we tried proves the optimum within the second: the linear relaxation's bound is 0.8 %
// above the best packing (the optimum, 1,773.97 against the pairs' 1,772.55, took an off-the-shelf MIP
// solver, HiGHS, 8 s after our reduction and 70 s without). So the 3-cycle search at 63 runs with a node
// limit and says whether it finished; when it did not, it prints the gap to its upper bound — never
// calling the answer exact when it is not.
// Run alone with `node --import tsx bench/linkage.bench.ts`.
import { pathToFileURL } from 'node:url';
import { LOCALITIES_63 } from '../src/core/localities/units';
import { allExchanges, matchExchangesWithin, type MatchInput } from '../src/core/linkage';
import { createRandom } from '../src/core/random';
import { rowPrinter, secs, time } from './timing';

const SEED = 15;
const SECTORS = 14;
const ITEMS = 20;
// At 63 provinces setting up the search (81,000 candidates scored, sorted, priced, reduced to about 550)
// takes most of the time; past 2,000 nodes the search finds nothing better on this data (tried to
// 2,000,000). The Mekong Delta's search runs unlimited.
const NODE_LIMIT_63 = 2_000;

type Side = Float64Array; // size per sector

/** Each province leans to 3 sectors it offers and 3 it needs; 20 offers and 20 needs of size 1–10. */
function offersAndNeeds(count: number, seed: number): { offers: Side[]; needs: Side[] } {
  const random = createRandom(seed);
  const draw = (lean: number[]) => {
    const side = new Float64Array(SECTORS);
    for (let k = 0; k < ITEMS; k++) side[random.next() < 0.5 ? lean[random.int(lean.length)] : random.int(SECTORS)] += 1 + random.int(10);
    return side;
  };
  const offers: Side[] = [];
  const needs: Side[] = [];
  for (let p = 0; p < count; p++) {
    offers.push(draw([random.int(SECTORS), random.int(SECTORS), random.int(SECTORS)]));
    needs.push(draw([random.int(SECTORS), random.int(SECTORS), random.int(SECTORS)]));
  }
  return { offers, needs };
}

/** What x gains from y: per sector, the part of x's need that y's offer covers (min of the two), summed. */
function benefitMatrix(names: string[], offers: Side[], needs: Side[]): MatchInput['benefit'] {
  const benefit: MatchInput['benefit'] = {};
  names.forEach((x, i) => {
    const row: Record<string, number> = (benefit[x] = {});
    names.forEach((y, j) => {
      if (i === j) return;
      let sum = 0;
      for (let s = 0; s < SECTORS; s++) sum += Math.min(needs[i][s], offers[j][s]);
      if (sum > 0) row[y] = sum;
    });
  });
  return benefit;
}

const row = rowPrinter(34);

interface Figures {
  pairs63: number;
  cycles63: { seconds: number; exact: boolean };
}

function benchRegion(label: string, names: string[], seed: number, print: boolean, maxNodes = Infinity): Figures {
  const { offers, needs } = offersAndNeeds(names.length, seed);
  const built = time(() => benefitMatrix(names, offers, needs));
  const input2: MatchInput = { localities: names, benefit: built.value, maxCycle: 2 };
  const input3: MatchInput = { ...input2, maxCycle: 3 };
  const listed = time(() => allExchanges(input3));
  const pairs = time(() => matchExchangesWithin(input2, { maxNodes }));
  const cycles = time(() => matchExchangesWithin(input3, { maxNodes }));
  if (print) {
    const positive = listed.value.filter((e) => e.score > 0).length;
    console.log(`\n${label}: ${names.length} provinces, ${ITEMS} offers and ${ITEMS} needs each over ${SECTORS} sectors; ${listed.value.length.toLocaleString('en')} pairs and 3-cycles, ${positive.toLocaleString('en')} scoring > 0`);
    row('step', 'time', 'total score', 'exchanges');
    row('benefit matrix (baseline)', secs(built.seconds));
    row('every pair and 3-cycle, scored', secs(listed.seconds));
    row('suggestion, pairs only (exact)', secs(pairs.seconds), pairs.value.total.toFixed(2), String(pairs.value.exchanges.length));
    const c = cycles.value;
    const how = c.exact ? 'exact' : `NOT exact: stopped after ${c.nodes.toLocaleString('en')} nodes, bound ${c.upperBound.toFixed(2)}, gap ≤ ${(((c.upperBound - c.total) / c.upperBound) * 100).toFixed(1)} %`;
    row('suggestion, pairs and 3-cycles', secs(cycles.seconds), c.total.toFixed(2), String(c.exchanges.length));
    console.log(`  pairs and 3-cycles: ${how}${c.exact ? `, ${c.nodes.toLocaleString('en')} search nodes` : ''}`);
  }
  return { pairs63: built.seconds + pairs.seconds, cycles63: { seconds: built.seconds + cycles.seconds, exact: cycles.value.exact } };
}

export async function benchLinkage(): Promise<void> {
  console.log(`\nlinkage benchmark — Node ${process.version}, seed ${SEED}`);
  const all = LOCALITIES_63.map((l) => l.name);
  const mekong = LOCALITIES_63.filter((l) => l.region === 'mekong-delta').map((l) => l.name);
  benchRegion('warm-up', mekong, SEED + 1, false);
  const delta = benchRegion('Mekong Delta (before 2025)', mekong, SEED, true);
  // where the exact 3-cycle search stops being quick: the first 40 provinces by code, unlimited
  const forty = benchRegion('the first 40 provinces by code', all.slice(0, 40), SEED, true);
  const country = benchRegion('Viet Nam (before 2025)', all, SEED, true, NODE_LIMIT_63);
  console.log('Goals:');
  const goal = (met: boolean, text: string) => console.log(`  ${met ? 'met   ' : 'MISSED'} ${text}`);
  goal(country.pairs63 < 1, `63 provinces, pairs only, exact, matrix + suggestion < 1 s: ${secs(country.pairs63)}`);
  const c = country.cycles63;
  goal(c.seconds < 1, `63 provinces, pairs and 3-cycles, suggestion with its bound < 1 s: ${secs(c.seconds)}${c.exact ? ', exact' : ' (not proven exact: the gap is above)'}`);
  goal(delta.cycles63.exact, `13 provinces, pairs and 3-cycles, exact: ${secs(delta.cycles63.seconds)}`);
  console.log(`  (40 provinces, pairs and 3-cycles, exact: ${secs(forty.cycles63.seconds)})`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchLinkage();
