// A small JSON reader that remembers on which line every object and array starts. JSON.parse
// does the real work; this one runs only when something is wrong, to say on which line: Node 20's
// JSON.parse reports no position, and a ballot file's problems are found after parsing anyway.
export class JsonSyntaxError extends Error {
  constructor(readonly line: number, readonly problem: string) {
    super(problem);
  }
}

export interface LocatedJson {
  value: unknown;
  /** Line on which an object or array of `value` starts. */
  lineOf(node: object): number | undefined;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

export function parseJsonWithLines(text: string): LocatedJson {
  const lines = new WeakMap<object, number>();
  let p = 0;
  let line = 1;
  const fail = (problem: string): never => {
    throw new JsonSyntaxError(line, problem);
  };
  const space = () => {
    for (; p < text.length; p++) {
      const c = text[p];
      if (c === '\n') line++;
      else if (c !== ' ' && c !== '\t' && c !== '\r') return;
    }
  };
  const expect = (c: string, where: string) => {
    space();
    if (text[p] !== c) fail(`expected "${c}" ${where}, found ${p < text.length ? `"${text[p]}"` : 'the end of the file'}`);
    p++;
  };
  const string = (): string => {
    const from = p;
    for (p++; p < text.length && text[p] !== '"'; p++) {
      if (text[p] === '\\') p++;
      else if (text[p] === '\n') fail('a string is not closed before the end of the line');
    }
    if (p >= text.length) fail('a string is not closed');
    p++;
    try {
      return JSON.parse(text.slice(from, p)) as string;
    } catch {
      return fail('a string holds an invalid escape');
    }
  };
  const value = (): unknown => {
    space();
    const c = text[p];
    if (c === '{') {
      const node: Record<string, unknown> = {};
      lines.set(node, line);
      p++;
      space();
      if (text[p] === '}') { p++; return node; }
      for (;;) {
        space();
        if (text[p] !== '"') fail('expected a key in double quotes');
        const key = string();
        expect(':', 'after a key');
        node[key] = value();
        space();
        if (text[p] === ',') { p++; continue; }
        expect('}', 'or "," after a value in an object');
        return node;
      }
    }
    if (c === '[') {
      const node: unknown[] = [];
      lines.set(node, line);
      p++;
      space();
      if (text[p] === ']') { p++; return node; }
      for (;;) {
        node.push(value());
        space();
        if (text[p] === ',') { p++; continue; }
        expect(']', 'or "," after a value in a list');
        return node;
      }
    }
    if (c === '"') return string();
    for (const [word, literal] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, p)) { p += word.length; return literal; }
    }
    NUMBER.lastIndex = p;
    const number = NUMBER.exec(text);
    if (number) { p += number[0].length; return Number(number[0]); }
    return fail(p < text.length ? `unexpected "${c}"` : 'the file ends where a value was expected');
  };
  if (text.charCodeAt(0) === 0xfeff) p = 1;
  const result = value();
  space();
  if (p < text.length) fail(`unexpected "${text[p]}" after the end of the document`);
  return { value: result, lineOf: (node) => lines.get(node) };
}
