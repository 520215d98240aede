// Reads the input of `doithoai match` from the text of a JSON file (docs/contracts.md): the shape
// is checked by a zod schema, the meaning by check.ts; a problem is one sentence, in English and
// Vietnamese, naming the file, the line, the column and the field. Names are read in NFC, so a name
// typed with decomposed diacritics is the same locality as the one listed.
import { z } from 'zod';
import { lineError } from '../errors';
import { fieldName, positionAt, readJsonDocument, type JsonPath } from '../json.reader';
import { matchProblem } from './check';
import type { MatchInput } from './exchanges';

const said = (problem: Shape) => ({ error: problem });
const MatchDocument = z.object(
  {
    localities: z.array(z.string(said('name')), said('localities')),
    benefit: z.record(z.string(), z.record(z.string(), z.number(said('value')), said('row')), said('benefit')),
    maxCycle: z.unknown().optional(),
  },
  said('document'),
);

type Shape = 'document' | 'localities' | 'name' | 'benefit' | 'row' | 'value';

export function readMatchDocument(source: string, file: string): MatchInput {
  const fail = (path: JsonPath, en: string, vi: string) => {
    const { line, column } = positionAt(source, path);
    const field = path.length ? `, field "${fieldName(path)}"` : '';
    const fieldVi = path.length ? `, trường "${fieldName(path)}"` : '';
    return lineError(file, line, `${en} Column ${column}${field}.`, `${vi} Cột ${column}${fieldVi}.`);
  };
  const parsed = MatchDocument.safeParse(readJsonDocument(source, file));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue.path.filter((key) => typeof key !== 'symbol');
    const { en, vi } = shapeProblem(issue.message as Shape, path);
    throw fail(path, en, vi);
  }
  const nfc = (name: string) => name.normalize('NFC');
  const benefit: MatchInput['benefit'] = {};
  for (const [x, row] of Object.entries(parsed.data.benefit)) {
    benefit[nfc(x)] = Object.fromEntries(Object.entries(row).map(([y, value]) => [nfc(y), value]));
  }
  const input = { localities: parsed.data.localities.map(nfc), benefit, maxCycle: parsed.data.maxCycle as MatchInput['maxCycle'] };
  const problem = matchProblem(input);
  if (problem) throw fail(problem.path, problem.en, problem.vi);
  return input;
}

function shapeProblem(shape: Shape, path: JsonPath): { en: string; vi: string } {
  const [en, vi] = {
    document: ['expected an object with "localities", "benefit" and "maxCycle".', 'cần một đối tượng có "localities", "benefit" và "maxCycle".'],
    localities: ['"localities" must be a list of names.', '"localities" phải là một danh sách tên.'],
    name: [`locality ${Number(path[1]) + 1} is not a name.`, `địa phương thứ ${Number(path[1]) + 1} không phải là một tên.`],
    benefit: ['"benefit" must map each locality to what it gains from the others.', '"benefit" phải gán cho mỗi địa phương lợi ích nó nhận từ các địa phương khác.'],
    row: [`"benefit" of "${String(path[1])}" must map localities to numbers.`, `"benefit" của "${String(path[1])}" phải gán cho mỗi địa phương một số.`],
    value: [`what "${String(path[1])}" gains from "${String(path[2])}" must be a number.`, `lợi ích "${String(path[1])}" nhận từ "${String(path[2])}" phải là một số.`],
  }[shape] ?? [shape, shape];
  return { en, vi };
}
