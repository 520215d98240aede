// An exercise's results: the matrix gathered, every scenario's weights resolved (the officials' combined
// AHP weights or direct ones), each scenario analysed, and the scenarios compared. Anything missing is
// a 409 that names what is missing.
import { directWeights } from '../../core/mcda/weights';
import type { Db } from '../../db/connection';
import { agreementOf, analyseScenario, type ScenarioInput, type ScenarioResult } from './analysis';
import { loadJudgments, type Judgments } from './judgments.service';
import { buildMatrix, type Matrix } from './matrix.service';
import { notReady } from './priority.rules';
import type { Exercise } from './priority.service';

export type ExerciseResults = { exercise: Exercise; matrix: Matrix; judgments: Judgments; scenarios: ScenarioResult[]; agreement: { firstSame: boolean; kendallTau?: number } };

export async function exerciseResults(db: Db, exercise: Exercise): Promise<ExerciseResults> {
  const matrix = await buildMatrix(db, exercise);
  requireComplete(matrix);
  const judgments = await loadJudgments(db, exercise);
  const values = matrix.values as number[][];
  const scenarios = exercise.scenarios.map((s) => analyseScenario(matrix.alternatives, matrix.criteria, values, scenarioInput(exercise, s, judgments)));
  return { exercise, matrix, judgments, scenarios, agreement: agreementOf(scenarios) };
}

function requireComplete(matrix: Matrix): void {
  matrix.alternatives.forEach((a, i) =>
    matrix.criteria.forEach((c, j) => {
      if (matrix.values[i][j] !== null) return;
      const why = matrix.sources[j].missing ?? { vi: 'chưa có giá trị', en: 'no value yet' };
      throw notReady(
        `phương án "${a.title.vi}" chưa có số liệu ở tiêu chí "${c.title.vi}" (${why.vi}).`,
        `the alternative "${a.title.en}" has no figure for the criterion "${c.title.en}" (${why.en}).`,
      );
    }),
  );
}

function scenarioInput(exercise: Exercise, s: Exercise['scenarios'][number], judgments: Judgments): ScenarioInput {
  const base = { key: s.key, title: s.title, method: s.method };
  if (s.weights === 'ahp') {
    if (!judgments.combined) {
      throw notReady(
        `kịch bản "${s.title.vi}" dùng trọng số AHP nhưng chưa có cán bộ nào trả lời phiếu so sánh cặp.`,
        `the scenario "${s.title.en}" uses AHP weights, but no official has answered the pairwise comparisons yet.`,
      );
    }
    return { ...base, weights: judgments.combined.weights, weightSource: 'ahp', consistency: { cr: judgments.combined.cr, officials: judgments.answers.length } };
  }
  const given = s.weights;
  const missing = exercise.criteria.find((c) => typeof given[c.key] !== 'number');
  if (missing) {
    throw notReady(`kịch bản "${s.title.vi}" chưa có trọng số cho tiêu chí "${missing.title.vi}".`, `the scenario "${s.title.en}" has no weight for the criterion "${missing.title.en}".`);
  }
  const keys = exercise.criteria.map((c) => c.key);
  return { ...base, weights: directWeights(keys, keys.map((k) => given[k])), weightSource: 'direct' };
}
