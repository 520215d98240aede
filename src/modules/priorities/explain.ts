// Why each alternative ranks where it does, in one or two sentences per language: its rank and score,
// then the criterion that lifts it most and the one that holds it back most (weight × its standing on
// the criterion, best = 1, worst = 0), with the value and its place among the alternatives.
import { minMaxNormalise } from '../../core/mcda/weighted-sum';
import { formatNumber, formatPercent } from '../../core/format';
import type { Alternative, Criterion, ScenarioMethod, Text } from './priority.types';

type Input = { alternatives: Alternative[]; criteria: Criterion[]; values: number[][]; weights: number[]; scores: number[]; order: number[]; method: ScenarioMethod };

const METHOD_NAME: Record<ScenarioMethod, Text> = { topsis: { vi: 'TOPSIS', en: 'TOPSIS' }, 'weighted-sum': { vi: 'tổng có trọng số', en: 'weighted sum' } };
// Scores side by side read best with the same number of decimals (0,520 next to 0,582).
const ordinal = (n: number) => `${n}${n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th'}`;

export function explain(input: Input): Record<string, Text> {
  const { alternatives, criteria, values, weights, scores, order, method } = input;
  const n = alternatives.length;
  const standing = minMaxNormalise(values, criteria.map((c) => c.direction));
  // a criterion on which every alternative is the same tells them apart on nothing
  const telling = criteria.map((_, c) => weights[c] > 0 && values.some((row) => row[c] !== values[0][c]));
  const placeOn = (a: number, c: number) => 1 + values.filter((row) => (criteria[c].direction === 'cost' ? row[c] < values[a][c] : row[c] > values[a][c])).length;
  const out: Record<string, Text> = {};
  order.forEach((a, position) => {
    const rank = position + 1;
    const head: Text = {
      vi: `Xếp thứ ${rank}/${n}, điểm ${formatNumber(scores[a], 'vi', { digits: 3, fixed: true })} (${METHOD_NAME[method].vi}).`,
      en: `Ranked ${rank} of ${n}, score ${formatNumber(scores[a], 'en', { digits: 3, fixed: true })} (${METHOD_NAME[method].en}).`,
    };
    const candidates = criteria.map((_, c) => c).filter((c) => telling[c]);
    if (!candidates.length) {
      out[alternatives[a].key] = { vi: `${head.vi} Không tiêu chí nào phân biệt các phương án.`, en: `${head.en} No criterion tells the alternatives apart.` };
      return;
    }
    const lift = (c: number) => weights[c] * standing[a][c];
    const drag = (c: number) => weights[c] * (1 - standing[a][c]);
    const best = candidates.reduce((x, c) => (lift(c) > lift(x) ? c : x));
    const worst = candidates.reduce((x, c) => (drag(c) > drag(x) ? c : x));
    const part = (c: number): Text => {
      const place = placeOn(a, c);
      return {
        vi: `“${criteria[c].title.vi}” (giá trị ${formatNumber(values[a][c], 'vi', { digits: 1 })}, đứng thứ ${place}/${n}; trọng số ${formatPercent(weights[c], 'vi')})`,
        en: `“${criteria[c].title.en}” (value ${formatNumber(values[a][c], 'en', { digits: 1 })}, ${ordinal(place)} of ${n}; weight ${formatPercent(weights[c], 'en')})`,
      };
    };
    const strong = part(best);
    const weak = part(worst);
    out[alternatives[a].key] =
      best === worst || drag(worst) === 0
        ? { vi: `${head.vi} Mạnh nhất ở ${strong.vi}.`, en: `${head.en} Strongest on ${strong.en}.` }
        : { vi: `${head.vi} Mạnh nhất ở ${strong.vi}; yếu nhất ở ${weak.vi}.`, en: `${head.en} Strongest on ${strong.en}; weakest on ${weak.en}.` };
  });
  return out;
}
