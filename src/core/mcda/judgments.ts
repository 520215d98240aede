// Pairwise judgments as officials write them — `{"A>B": 4}`, "A is 4 times as important as B" —
// turned into a positive reciprocal matrix. Every pair must be judged exactly once: AHP's
// consistency check means nothing if a missing pair were quietly filled with "equal".
import { InputError } from '../errors';

/** Saaty's scale runs from 1 (equal) to 9 (extreme); the reciprocals express the reverse. */
const SCALE_MAX = 9;
// 1/9 as people write it (0.11, 0.111) must pass, as must the exact 1/9
const SCALE_MIN = 0.11;

export function judgmentMatrix(items: readonly string[], judgments: Readonly<Record<string, unknown>>): number[][] {
  const n = items.length;
  const index = new Map(items.map((name, i) => [name, i]));
  const matrix = items.map((_, i) => items.map((_, j) => (i === j ? 1 : NaN)));
  for (const [key, value] of Object.entries(judgments)) {
    const [i, j] = pairOf(key, index, items);
    if (i === j) throw new InputError(`the judgment "${key}" compares "${items[i]}" with itself.`, {}, `phán đoán "${key}" so sánh "${items[i]}" với chính nó.`);
    if (!Number.isNaN(matrix[i][j])) {
      throw new InputError(
        `"${items[i]}" and "${items[j]}" are judged twice; keep one of "${items[i]}>${items[j]}" and "${items[j]}>${items[i]}".`,
        {},
        `"${items[i]}" và "${items[j]}" được so sánh hai lần; hãy giữ một trong "${items[i]}>${items[j]}" và "${items[j]}>${items[i]}".`,
      );
    }
    if (typeof value !== 'number' || !inScale(value)) {
      throw new InputError(
        `the judgment "${key}" must be a number from 1/9 to 9 on Saaty's scale, not ${JSON.stringify(value)}.`,
        {},
        `phán đoán "${key}" phải là một số từ 1/9 đến 9 theo thang Saaty, không phải ${JSON.stringify(value)}.`,
      );
    }
    matrix[i][j] = value;
    matrix[j][i] = 1 / value;
  }
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (Number.isNaN(matrix[i][j])) {
        throw new InputError(
          `no judgment compares "${items[i]}" with "${items[j]}"; add "${items[i]}>${items[j]}": 1 to 9 or its reciprocal.`,
          {},
          `chưa có phán đoán nào so sánh "${items[i]}" với "${items[j]}"; hãy thêm "${items[i]}>${items[j]}": từ 1 đến 9 hoặc nghịch đảo của nó.`,
        );
      }
    }
  }
  return matrix;
}

/** Whether a set of judgments wrote the pair as "items[i]>items[j]" (rather than the reverse). */
export function writtenOrder(items: readonly string[], judgments: Readonly<Record<string, unknown>>): (i: number, j: number) => boolean {
  const index = new Map(items.map((name, i) => [name, i]));
  const written = new Set(Object.keys(judgments).map((key) => pairOf(key, index, items).join('>')));
  return (i, j) => written.has(`${i}>${j}`) || !written.has(`${j}>${i}`);
}

function inScale(value: number): boolean {
  return Number.isFinite(value) && value >= SCALE_MIN && value <= SCALE_MAX;
}

// Names may themselves hold ">" (rare, but "Thu nhập > 10 triệu" is a plausible criterion), so try
// every split and accept the one that leaves two declared names.
function pairOf(key: string, index: ReadonlyMap<string, number>, items: readonly string[]): [number, number] {
  const found: [number, number][] = [];
  for (let p = key.indexOf('>'); p >= 0; p = key.indexOf('>', p + 1)) {
    const i = index.get(key.slice(0, p).trim());
    const j = index.get(key.slice(p + 1).trim());
    if (i !== undefined && j !== undefined) found.push([i, j]);
  }
  if (found.length === 1) return found[0];
  if (found.length > 1) {
    throw new InputError(
      `the judgment "${key}" can be read as more than one pair; rename the items so none holds ">".`,
      {},
      `phán đoán "${key}" có thể hiểu thành nhiều cặp; hãy đổi tên các mục để không tên nào chứa ">".`,
    );
  }
  if (!key.includes('>')) {
    throw new InputError(
      `the key "${key}" is not a judgment; write "A>B": 4 for "A is 4 times as important as B".`,
      {},
      `khóa "${key}" không phải là một phán đoán; hãy viết "A>B": 4 cho "A quan trọng gấp 4 lần B".`,
    );
  }
  throw new InputError(`the judgment "${key}" names something that is not among ${listNames(items)}.`, {}, `phán đoán "${key}" nêu một mục không có trong ${listNames(items)}.`);
}

export function listNames(items: readonly string[]): string {
  const shown = items.slice(0, 8).map((name) => `"${name}"`).join(', ');
  return items.length > 8 ? `${shown} and ${items.length - 8} more` : shown;
}
