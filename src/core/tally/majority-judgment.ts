// Majority judgment (Balinski & Laraki 2011): options are ranked by their majority grade (the lower
// median score); equal grades are separated by the majority gauge: an option with more weight
// above its grade than below ranks by that share above (more is better), otherwise by the share
// below (less is better). The gauge works with fractional (stakeholder-weighted) ballots, where
// the textbook "remove one median vote at a time" rule has no meaning.
import { keyed, rankByScore } from './ranking';
import { scoreSheet, weightedMedian } from './score';
import type { RunningTally } from './running';
import type { Outcome } from './types';

export function tallyMajorityJudgment(tally: RunningTally): Outcome {
  const sheet = scoreSheet(tally, 'majority-judgment');
  const n = tally.options.length;
  const grades = new Float64Array(n).fill(NaN);
  const gauges = Array.from({ length: n }, () => ({ above: 0, below: 0 }));
  for (let c = 0; c < n; c++) {
    const values = sheet.values[c];
    if (!values.length) continue;
    const grade = weightedMedian(values, sheet.weights[c], true);
    grades[c] = grade;
    let above = 0;
    let below = 0;
    values.forEach((v, k) => {
      if (v > grade) above += sheet.weights[c][k];
      else if (v < grade) below += sheet.weights[c][k];
    });
    gauges[c] = { above: above / sheet.raters[c], below: below / sheet.raters[c] };
  }
  // order by grade, then by the gauge, within equal grades
  const byGrade = rankByScore(grades, 'higher');
  const ranking = byGrade.flatMap((group) => {
    if (group.length === 1 || Number.isNaN(grades[group[0]])) return [group];
    const key = new Float64Array(n).fill(NaN);
    for (const c of group) key[c] = gauges[c].above > gauges[c].below ? gauges[c].above : -gauges[c].below;
    return rankByScore(key, 'higher').filter((g) => !Number.isNaN(key[g[0]]));
  });
  return {
    ranking,
    scores: grades,
    extra: {
      gauge: keyed(tally.options, (c) => (Number.isNaN(grades[c]) ? null : { grade: grades[c], ...gauges[c] })),
      raters: keyed(tally.options, (c) => sheet.raters[c]),
    },
  };
}
