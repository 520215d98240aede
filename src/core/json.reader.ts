// Reading a JSON file people edit by hand (ballot files, MCDA problems, group weights). JSON.parse gives
// the value; only when something is wrong does @humanwhocodes/momoa, a parser that keeps every node's
// line and column, read the text again: to say where a syntax error is, or where the field at a path
// starts. Syntax errors are worded from the tokens before them ("expected "]" or "," after a value in a list").
import { parse, tokenize, type AnyNode, type Token } from '@humanwhocodes/momoa';
import { lineError } from './errors';

export type JsonPath = readonly (string | number)[];
export interface Position {
  line: number;
  column: number;
}

/** `criteria.judgments`, `matrix[2]`: a path as a person reads it. */
export function fieldName(path: JsonPath): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i ? `.${key}` : key)).join('');
}

/** A byte-order mark (files saved by Excel or Notepad) is not part of the document. */
const withoutBom = (text: string) => text.replace(/^\uFEFF/, '');

/** The document, or a refusal naming line and column of the syntax error, in Vietnamese and English. */
export function readJsonDocument(source: string, file: string): unknown {
  const text = withoutBom(source);
  try {
    return JSON.parse(text);
  } catch (err) {
    const { line, column, en, vi } = syntaxError(text) ?? atPosition(text, (err as Error).message);
    throw lineError(file, line, `the JSON is malformed${en}. Column ${column}.`, `JSON sai cú pháp${vi}. Cột ${column}.`);
  }
}

/**
 * Where the value at `path` starts in a well-formed text; where a key is missing, where the deepest
 * value that is there starts (a missing field is reported at its parent).
 */
export function positionAt(source: string, path: JsonPath): Position {
  let node: AnyNode = parse(withoutBom(source)).body;
  for (const key of path) {
    const next = childOf(node, key);
    if (!next) break;
    node = next;
  }
  return { line: node.loc.start.line, column: node.loc.start.column };
}

function childOf(node: AnyNode, key: string | number): AnyNode | undefined {
  if (node.type === 'Array' && typeof key === 'number') return node.elements[key]?.value;
  // JSON.parse keeps the last of two equal keys, and so does this
  if (node.type === 'Object') return node.members.findLast((m) => m.name.type === 'String' && m.name.value === String(key))?.value;
  return undefined;
}

type SyntaxProblem = Position & { en: string; vi: string };

function syntaxError(text: string): SyntaxProblem | null {
  try {
    parse(text);
  } catch (err) {
    const at = err as Partial<Position> & { offset?: number };
    if (typeof at.offset !== 'number') return null;
    const before = expectedAfter(tokensOf(text.slice(0, at.offset)));
    // momoa names the last token when the text ends early; a token the grammar takes there means just that
    const atEnd = at.offset >= text.length || takes(before, tokensOf(text.slice(at.offset))[0]?.type);
    const offset = atEnd ? text.length : at.offset;
    const expected = atEnd ? expectedAfter(tokensOf(text)) : before;
    const found = atEnd ? { en: 'the end of the file', vi: 'chỗ hết tệp' } : { en: `"${text[offset]}"`, vi: `"${text[offset]}"` };
    const cutShort = atEnd && text.trim() !== '' && tokensOf(text).length === 0; // "x or tru at the end
    const said = cutShort ? { en: 'the file ends in the middle of a value', vi: 'tệp hết giữa chừng một giá trị' } : explain(expected, found, atEnd);
    return { ...positionOf(text, offset), en: `: ${said.en}`, vi: `: ${said.vi}` };
  }
  return null; // momoa takes what JSON.parse refused (a line break inside a string)
}

/** Where JSON.parse's own message says ("… at position 8"), or line 1 when it says nowhere. */
function atPosition(text: string, message: string): SyntaxProblem {
  const offset = /at position (\d+)/.exec(message)?.[1];
  return { ...(offset === undefined ? { line: 1, column: 1 } : positionOf(text, Number(offset))), en: '', vi: '' };
}

function positionOf(text: string, offset: number): Position {
  const lines = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

type Expected = 'key' | 'colon' | 'list' | 'object' | 'end' | 'value';
const EXPECTED: Record<Exclude<Expected, 'end' | 'value'>, Said> = {
  key: { en: 'a key in double quotes', vi: 'một khóa trong dấu ngoặc kép' },
  colon: { en: '":" after a key', vi: '":" sau một khóa' },
  list: { en: '"]" or "," after a value in a list', vi: '"]" hoặc "," sau một giá trị trong danh sách' },
  object: { en: '"}" or "," after a value in an object', vi: '"}" hoặc "," sau một giá trị trong đối tượng' },
};

type Said = { en: string; vi: string };

function explain(expected: Expected, found: Said, atEnd: boolean): Said {
  if (expected === 'end') return { en: `unexpected ${found.en} after the end of the document`, vi: `gặp ${found.vi} sau khi tài liệu đã hết` };
  if (expected === 'value') {
    return atEnd ? { en: 'the file ends where a value was expected', vi: 'tệp hết ở chỗ cần một giá trị' } : { en: `unexpected ${found.en}`, vi: `gặp ${found.vi} không đúng chỗ` };
  }
  return { en: `expected ${EXPECTED[expected].en}, found ${found.en}`, vi: `cần ${EXPECTED[expected].vi}, nhưng gặp ${found.vi}` };
}

/** Whether a token of this type may come where `expected` says. */
function takes(expected: Expected, type: string | undefined): boolean {
  const allowed: Record<Expected, string[]> = {
    value: ['String', 'Number', 'Boolean', 'Null', 'LBrace', 'LBracket'],
    key: ['String'],
    colon: ['Colon'],
    list: ['Comma', 'RBracket'],
    object: ['Comma', 'RBrace'],
    end: [],
  };
  return type !== undefined && allowed[expected].includes(type);
}

function tokensOf(text: string): Token[] {
  try {
    return tokenize(text);
  } catch {
    return []; // the error is inside a token (a string); say only what was found
  }
}

/** What the grammar wants after these tokens, from the innermost open object or list and the last two tokens. */
function expectedAfter(tokens: readonly Token[]): Expected {
  const open: string[] = [];
  for (const { type } of tokens) {
    if (type === 'LBrace' || type === 'LBracket') open.push(type);
    else if (type === 'RBrace' || type === 'RBracket') open.pop();
  }
  const [before, last] = [tokens.at(-2)?.type, tokens.at(-1)?.type];
  const inside = open.at(-1);
  const endsValue = last === 'String' || last === 'Number' || last === 'Boolean' || last === 'Null' || last === 'RBrace' || last === 'RBracket';
  if (!endsValue) return inside === 'LBrace' && (last === 'LBrace' || last === 'Comma') ? 'key' : 'value';
  if (inside === undefined) return 'end';
  if (inside === 'LBracket') return 'list';
  return last === 'String' && (before === 'LBrace' || before === 'Comma') ? 'colon' : 'object';
}
