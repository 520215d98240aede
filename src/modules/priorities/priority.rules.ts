// What an exercise must satisfy beyond its form, each problem one sentence in Vietnamese and English,
// and the defaults a new exercise starts from.
import { MAX_ITEMS } from '../../core/mcda/consistency';
import { PRIORITY_AREAS } from '../../core/priority-areas';
import { AppError } from '../../http/errors';
import type { Alternative, Criterion, Scenario, Text } from './priority.types';

export const MIN_CRITERIA = 3;
export const MAX_CRITERIA = MAX_ITEMS;
export const MAX_SCENARIOS = 6;
const MIN_ALTERNATIVES = 2;

export function invalid(vi: string, en: string): AppError {
  return AppError.of(400, 'priorities.invalid', { vi, en });
}

export function notReady(vi: string, en: string): AppError {
  return AppError.of(409, 'priorities.not_ready', { vi, en });
}

const areaKeys = new Set<string>(PRIORITY_AREAS.map((a) => a.key));

export const defaultAlternatives = (): Alternative[] => PRIORITY_AREAS.map(({ key, vi, en }) => ({ key, title: { vi, en } }));

export function defaultCriteria(alternatives: Alternative[], withConsultation: boolean): Criterion[] {
  const threes = () => Object.fromEntries(alternatives.map((a) => [a.key, 3]));
  const custom = (key: string, title: Text, direction: 'benefit' | 'cost' = 'benefit'): Criterion => ({ key, title, kind: 'custom', direction, values: threes() });
  const allAreas = alternatives.every((a) => areaKeys.has(a.key));
  return [
    ...(allAreas ? [{ key: 'evidence-gap', title: { vi: 'Khoảng cách bằng chứng', en: 'Evidence gap' }, kind: 'evidence-gap', direction: 'benefit' } as Criterion] : []),
    ...(withConsultation
      ? [{ key: 'stakeholder-support', title: { vi: 'Mức ủng hộ của các bên', en: 'Stakeholder support' }, kind: 'stakeholder-support', direction: 'benefit', group: null } as Criterion]
      : []),
    custom('urgency', { vi: 'Tính cấp bách', en: 'Urgency' }),
    custom('feasibility', { vi: 'Tính khả thi', en: 'Feasibility' }),
    custom('cost', { vi: 'Chi phí', en: 'Cost' }, 'cost'),
    custom('breakthrough', { vi: 'Tiềm năng đột phá', en: 'Breakthrough potential' }),
  ];
}

export function defaultScenarios(criteria: Criterion[]): Scenario[] {
  return [
    { key: 'ahp', title: { vi: 'Trọng số AHP', en: 'AHP weights' }, method: 'topsis', weights: 'ahp' },
    { key: 'equal', title: { vi: 'Trọng số bằng nhau', en: 'Equal weights' }, method: 'weighted-sum', weights: Object.fromEntries(criteria.map((c) => [c.key, 1])) },
  ];
}

function firstRepeat(keys: string[]): string | undefined {
  return keys.find((k, i) => keys.indexOf(k) !== i);
}

export function checkAlternatives(alternatives: Alternative[]): void {
  if (alternatives.length < MIN_ALTERNATIVES) throw invalid(`cần ít nhất ${MIN_ALTERNATIVES} phương án để xếp thứ tự.`, `at least ${MIN_ALTERNATIVES} alternatives are needed to rank anything.`);
  const repeat = firstRepeat(alternatives.map((a) => a.key));
  if (repeat) throw invalid(`mã phương án "${repeat}" bị dùng hai lần.`, `the alternative key "${repeat}" is used twice.`);
}

/** The criteria of an exercise with these alternatives; `groups` = the linked consultation's groups, null when none is linked. */
export function checkCriteria(criteria: Criterion[], alternatives: Alternative[], groups: string[] | null): Criterion[] {
  if (criteria.length < MIN_CRITERIA || criteria.length > MAX_CRITERIA) {
    throw invalid(
      `cần từ ${MIN_CRITERIA} đến ${MAX_CRITERIA} tiêu chí (giới hạn của AHP), không phải ${criteria.length}.`,
      `an exercise needs ${MIN_CRITERIA} to ${MAX_CRITERIA} criteria (AHP's limit), not ${criteria.length}.`,
    );
  }
  const repeat = firstRepeat(criteria.map((c) => c.key));
  if (repeat) throw invalid(`mã tiêu chí "${repeat}" bị dùng hai lần.`, `the criterion key "${repeat}" is used twice.`);
  // The same computed column twice would count one body of evidence (or one group's say) twice.
  const source = (c: (typeof criteria)[number]) => (c.kind === 'evidence-gap' ? 'evidence' : c.kind === 'stakeholder-support' ? `support:${c.group ?? ''}` : null);
  const twice = criteria.find((c, i) => source(c) !== null && criteria.findIndex((d) => source(d) === source(c)) !== i);
  if (twice) {
    throw invalid(
      `tiêu chí "${twice.title.vi}" lặp lại số liệu của một tiêu chí khác (cùng loại${twice.kind === 'stakeholder-support' ? ', cùng nhóm' : ''}).`,
      `the criterion "${twice.title.en}" repeats the figures of another criterion (same kind${twice.kind === 'stakeholder-support' ? ', same group' : ''}).`,
    );
  }
  return criteria.map((c) => {
    const name = c.title;
    if (c.kind !== 'custom' && c.direction !== 'benefit') {
      throw invalid(`tiêu chí "${name.vi}" lấy số liệu tự động nên luôn là "càng cao càng ưu tiên" (benefit).`, `the criterion "${name.en}" is computed, so its direction is always "benefit".`);
    }
    if (c.kind === 'evidence-gap') {
      const stranger = alternatives.find((a) => !areaKeys.has(a.key));
      if (stranger) {
        throw invalid(
          `tiêu chí "${name.vi}" chỉ dùng được khi các phương án là tám lĩnh vực ưu tiên; "${stranger.title.vi}" không phải một lĩnh vực.`,
          `the criterion "${name.en}" works only when the alternatives are the eight priority areas; "${stranger.title.en}" is not one of them.`,
        );
      }
      return { key: c.key, title: c.title, kind: c.kind, direction: 'benefit' };
    }
    if (c.kind === 'stakeholder-support') {
      if (groups === null) throw invalid(`tiêu chí "${name.vi}" cần một cuộc tham vấn được liên kết với bài toán.`, `the criterion "${name.en}" needs a consultation linked to the exercise.`);
      const group = c.group ?? null;
      if (group !== null && !groups.includes(group)) {
        throw invalid(`cuộc tham vấn liên kết không có nhóm "${group}".`, `the linked consultation has no group "${group}".`);
      }
      return { key: c.key, title: c.title, kind: c.kind, direction: 'benefit', group };
    }
    const values = c.values ?? {};
    const missing = alternatives.find((a) => typeof values[a.key] !== 'number' || !Number.isFinite(values[a.key]));
    if (missing) {
      throw invalid(`tiêu chí "${name.vi}" thiếu giá trị cho phương án "${missing.title.vi}".`, `the criterion "${name.en}" has no value for the alternative "${missing.title.en}".`);
    }
    const stranger = Object.keys(values).find((k) => !alternatives.some((a) => a.key === k));
    if (stranger) throw invalid(`tiêu chí "${name.vi}" có giá trị cho "${stranger}", không phải một phương án.`, `the criterion "${name.en}" has a value for "${stranger}", which is not an alternative.`);
    return { key: c.key, title: c.title, kind: c.kind, direction: c.direction, values: Object.fromEntries(alternatives.map((a) => [a.key, values[a.key]])) };
  });
}

export function checkScenarios(scenarios: Scenario[], criteria: Criterion[]): Scenario[] {
  if (scenarios.length < 1 || scenarios.length > MAX_SCENARIOS) {
    throw invalid(`cần từ 1 đến ${MAX_SCENARIOS} kịch bản, không phải ${scenarios.length}.`, `an exercise has 1 to ${MAX_SCENARIOS} scenarios, not ${scenarios.length}.`);
  }
  const repeat = firstRepeat(scenarios.map((s) => s.key));
  if (repeat) throw invalid(`mã kịch bản "${repeat}" bị dùng hai lần.`, `the scenario key "${repeat}" is used twice.`);
  return scenarios.map((s) => {
    if (s.weights === 'ahp') return s;
    const weights = s.weights;
    const missing = criteria.find((c) => typeof weights[c.key] !== 'number');
    if (missing) throw invalid(`kịch bản "${s.title.vi}" thiếu trọng số cho tiêu chí "${missing.title.vi}".`, `the scenario "${s.title.en}" has no weight for the criterion "${missing.title.en}".`);
    const stranger = Object.keys(weights).find((k) => !criteria.some((c) => c.key === k));
    if (stranger) throw invalid(`kịch bản "${s.title.vi}" có trọng số cho "${stranger}", không phải một tiêu chí.`, `the scenario "${s.title.en}" weighs "${stranger}", which is not a criterion.`);
    const negative = criteria.find((c) => !Number.isFinite(weights[c.key]) || weights[c.key] < 0);
    if (negative) throw invalid(`trọng số của "${negative.title.vi}" trong kịch bản "${s.title.vi}" phải là số không âm.`, `the weight of "${negative.title.en}" in the scenario "${s.title.en}" must be a number of at least 0.`);
    if (!criteria.some((c) => weights[c.key] > 0)) throw invalid(`mọi trọng số của kịch bản "${s.title.vi}" đều bằng 0.`, `every weight of the scenario "${s.title.en}" is 0.`);
    return { ...s, weights: Object.fromEntries(criteria.map((c) => [c.key, weights[c.key]])) };
  });
}

/**
 * Direct weights carried over a change of criteria: kept for criteria that stay, dropped for those that
 * go, and a new criterion weighed at the mean of the kept weights (so equal weights stay equal).
 */
export function carryScenarios(scenarios: Scenario[], criteria: Criterion[]): Scenario[] {
  return scenarios.map((s) => {
    if (s.weights === 'ahp') return s;
    const old = s.weights;
    const kept = criteria.filter((c) => c.key in old).map((c) => old[c.key]);
    const mean = kept.length ? kept.reduce((a, b) => a + b, 0) / kept.length : 0;
    const fill = mean > 0 ? mean : 1;
    return { ...s, weights: Object.fromEntries(criteria.map((c) => [c.key, c.key in old ? old[c.key] : fill])) };
  });
}

const SCALE_MIN = 0.11;
const SCALE_MAX = 9;

/** One official's answer: every pair of criteria exactly once, "a>b": x with x from 1/9 to 9. */
export function checkJudgments(keys: string[], judgments: Record<string, number>): Record<string, number> {
  const seen = new Set<string>();
  for (const [pair, value] of Object.entries(judgments)) {
    const [a, b, ...rest] = pair.split('>');
    if (rest.length || !keys.includes(a) || !keys.includes(b) || a === b) {
      throw invalid(`"${pair}" không phải một cặp hai tiêu chí khác nhau của bài toán (viết "a>b").`, `"${pair}" is not a pair of two different criteria of the exercise (write "a>b").`);
    }
    const id = [a, b].sort().join('|');
    if (seen.has(id)) throw invalid(`cặp "${a}" và "${b}" được so sánh hai lần.`, `"${a}" and "${b}" are compared twice.`);
    seen.add(id);
    if (!Number.isFinite(value) || value < SCALE_MIN || value > SCALE_MAX) {
      throw invalid(`giá trị của "${pair}" phải từ 1/9 đến 9 theo thang Saaty, không phải ${value}.`, `"${pair}" must be from 1/9 to 9 on Saaty's scale, not ${value}.`);
    }
  }
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) {
      if (!seen.has([keys[i], keys[j]].sort().join('|'))) {
        throw invalid(`chưa so sánh "${keys[i]}" với "${keys[j]}"; mỗi cặp tiêu chí cần đúng một giá trị.`, `"${keys[i]}" is not compared with "${keys[j]}"; every pair of criteria needs exactly one answer.`);
      }
    }
  }
  return judgments;
}
