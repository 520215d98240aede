// What makes a matching input unusable, said in one sentence in English and Vietnamese, with the
// path of the field so that a file reader can add the line (core/linkage/document.ts).
import { InputError } from '../errors';
import { fieldName, type JsonPath } from '../json.reader';
import type { MatchInput } from './exchanges';

export type MatchProblem = { path: JsonPath; en: string; vi: string };

/** The first problem of the input, or null when it can be matched. */
export function matchProblem(input: MatchInput): MatchProblem | null {
  if (input.maxCycle !== 2 && input.maxCycle !== 3) {
    if (input.maxCycle === undefined) return { path: [], en: '"maxCycle" is missing: give 2 (pairs) or 3 (pairs and 3-cycles).', vi: 'thiếu "maxCycle": cho 2 (cặp) hoặc 3 (cặp và vòng ba).' };
    const shown = JSON.stringify(input.maxCycle);
    return { path: ['maxCycle'], en: `"maxCycle" must be 2 (pairs) or 3 (pairs and 3-cycles), not ${shown}.`, vi: `"maxCycle" phải là 2 (cặp) hoặc 3 (cặp và vòng ba), không phải ${shown}.` };
  }
  const known = new Set<string>();
  for (const [i, name] of input.localities.entries()) {
    if (typeof name !== 'string' || name.trim() === '') return { path: ['localities', i], en: `locality ${i + 1} has no name.`, vi: `địa phương thứ ${i + 1} không có tên.` };
    if (known.has(name)) return { path: ['localities', i], en: `the locality "${name}" is listed twice.`, vi: `địa phương "${name}" được liệt kê hai lần.` };
    known.add(name);
  }
  for (const [x, row] of Object.entries(input.benefit)) {
    if (!known.has(x)) return { path: ['benefit', x], en: `"${x}" is not one of the localities listed.`, vi: `"${x}" không có trong danh sách địa phương.` };
    for (const [y, value] of Object.entries(row)) {
      const problem = benefitProblem(known, x, y, value);
      if (problem) return { path: ['benefit', x, y], ...problem };
    }
  }
  return null;
}

function benefitProblem(known: Set<string>, x: string, y: string, value: number): Omit<MatchProblem, 'path'> | null {
  if (!known.has(y)) return { en: `"${x}" gains from "${y}", which is not one of the localities listed.`, vi: `"${x}" được lợi từ "${y}", nhưng "${y}" không có trong danh sách địa phương.` };
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    const shown = typeof value === 'number' ? String(value) : JSON.stringify(value) ?? 'nothing';
    return { en: `what "${x}" gains from "${y}" must be a number of at least 0, not ${shown}.`, vi: `lợi ích "${x}" nhận từ "${y}" phải là một số không âm, không phải ${shown}.` };
  }
  if (x === y && value !== 0) return { en: `"${x}" cannot gain from itself (${value}); a locality exchanges only with others.`, vi: `"${x}" không thể được lợi từ chính mình (${value}); địa phương chỉ trao đổi với địa phương khác.` };
  return null;
}

/** Throws the input's first problem as an InputError naming the field. */
export function checkMatchInput(input: MatchInput): void {
  const problem = matchProblem(input);
  if (!problem) return;
  const field = fieldName(problem.path);
  throw new InputError(`field "${field}": ${problem.en}`, { field }, `trường "${field}": ${problem.vi}`);
}
