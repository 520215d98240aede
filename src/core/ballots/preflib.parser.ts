// Reads PrefLib files (preflib.org, 2022 format): `# KEY: value` header lines, then data lines
// `count: 1,3,{2,4}` where `{…}` is a tie. Orders (.soc .soi .toc .toi) become ranking ballots;
// categorical files (.cat) become approval ballots of their first category.
// Data lines are scanned character by character because files of a million lines are expected.
import type { Profile } from './profile';
import { ProfileBuilder } from './profile.builder';
import { lineError, quote, stripBom } from './source';

export type PrefLibKind = 'soc' | 'soi' | 'toc' | 'toi' | 'cat';

const describe: Record<PrefLibKind, string> = {
  soc: 'a complete strict order (.soc)',
  soi: 'a strict order (.soi)',
  toc: 'a complete order (.toc)',
  toi: 'an order (.toi)',
  cat: 'a categorical line (.cat)',
};

interface Header {
  alternatives?: number;
  names: Map<number, { name: string; line: number }>;
  voters?: { count: number; line: number };
}

export function parsePrefLib(source: string, file: string, kind: PrefLibKind): Profile {
  const text = stripBom(source);
  const header: Header = { names: new Map() };
  let data: DataReader | null = null;
  let line = 0;
  for (let pos = 0; pos <= text.length; ) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    line++;
    let stop = end;
    if (stop > pos && text.charCodeAt(stop - 1) === 13) stop--;
    let first = pos;
    while (first < stop && isSpace(text.charCodeAt(first))) first++;
    if (first < stop) {
      if (text.charCodeAt(first) === 35 /* # */) {
        if (data) throw lineError(file, line, 'a header line (#) comes after the data lines; headers must come first.');
        readHeaderLine(text.slice(first + 1, stop), header, file, line);
      } else {
        data ??= new DataReader(header, file, kind, line);
        data.read(text, first, stop, line);
      }
    }
    pos = end + 1;
  }
  data ??= new DataReader(header, file, kind, line);
  return data.finish();
}

function readHeaderLine(body: string, header: Header, file: string, line: number): void {
  const colon = body.indexOf(':');
  if (colon < 0) return; // a free comment
  const key = body.slice(0, colon).trim().toUpperCase();
  const value = body.slice(colon + 1).trim();
  const nameMatch = /^ALTERNATIVE NAME\s+(\d+)$/.exec(key);
  if (nameMatch) {
    const index = Number(nameMatch[1]);
    if (index < 1) throw lineError(file, line, `alternative number ${index} is not allowed; numbering starts at 1.`);
    if (header.names.has(index)) throw lineError(file, line, `alternative ${index} is named twice.`);
    header.names.set(index, { name: value, line });
  } else if (key === 'NUMBER ALTERNATIVES' || key === 'NUMBER VOTERS') {
    if (!/^\d+$/.test(value)) throw lineError(file, line, `${key} must be a whole number, not ${quote(value)}.`);
    if (key === 'NUMBER ALTERNATIVES') header.alternatives = Number(value);
    else header.voters = { count: Number(value), line };
  }
}

class DataReader {
  private readonly builder: ProfileBuilder;
  private readonly n: number;
  private items = new Int32Array(16);
  private levels = new Int32Array(16);
  private readonly seen: Uint32Array;
  private serial = 0;
  private voters = 0;

  constructor(private readonly header: Header, private readonly file: string, private readonly kind: PrefLibKind, line: number) {
    let n = header.alternatives;
    if (n === undefined) {
      if (header.names.size === 0) throw lineError(file, line, 'the header does not declare the alternatives (# NUMBER ALTERNATIVES: n).');
      n = Math.max(...header.names.keys());
    }
    const names: string[] = [];
    const used = new Set<string>();
    for (let i = 1; i <= n; i++) {
      const entry = header.names.get(i);
      const name = entry?.name || String(i);
      if (used.has(name)) throw lineError(file, entry?.line ?? line, `the name ${quote(name)} is given to two alternatives.`);
      used.add(name);
      names.push(name);
    }
    for (const [index, entry] of header.names) {
      if (index > n) throw lineError(file, entry.line, `alternative ${index} is named, but the header declares ${n}.`);
    }
    this.n = n;
    this.seen = new Uint32Array(n + 1);
    this.builder = new ProfileBuilder(names);
  }

  read(text: string, from: number, stop: number, line: number): void {
    const { file } = this;
    let p = from;
    let count = 0;
    while (p < stop && isDigit(text.charCodeAt(p))) count = count * 10 + text.charCodeAt(p++) - 48;
    if (p === from) throw lineError(file, line, `a data line must start with a count, as in "3: 1,2,3"; found ${quote(text.slice(from, stop))}.`);
    while (p < stop && isSpace(text.charCodeAt(p))) p++;
    if (text.charCodeAt(p) !== 58 /* : */ || p >= stop) throw lineError(file, line, `the count must be followed by a colon, as in "3: 1,2,3".`);
    if (count === 0) throw lineError(file, line, 'the count is 0; a data line stands for at least one voter.');
    p++;
    const serial = ++this.serial;
    let len = 0;
    let group = 0;
    let firstGroupEnd = -1;
    for (;;) {
      p = skipSpaces(text, p, stop);
      if (p >= stop) {
        if (len === 0 && group === 0) break; // an empty order: the voter ranked no one
        throw lineError(file, line, 'the line ends where a candidate number was expected.');
      }
      const open = text.charCodeAt(p) === 123; /* { */
      if (open) {
        p = skipSpaces(text, p + 1, stop);
        if (text.charCodeAt(p) === 125 /* } */ && this.kind === 'cat') {
          p++;
        } else {
          for (;;) {
            p = this.readCandidate(text, p, stop, line, serial, len, group);
            len++;
            p = skipSpaces(text, p, stop);
            const c = text.charCodeAt(p);
            if (c === 44 /* , */) { p = skipSpaces(text, p + 1, stop); continue; }
            if (c === 125 /* } */) { p++; break; }
            throw lineError(file, line, `a tie opened with "{" is not closed with "}".`);
          }
        }
      } else {
        p = this.readCandidate(text, p, stop, line, serial, len, group);
        len++;
      }
      if (group === 0) firstGroupEnd = len;
      group++;
      p = skipSpaces(text, p, stop);
      if (p >= stop) break;
      if (text.charCodeAt(p) !== 44) throw lineError(file, line, `expected a comma after a candidate, found ${quote(text.slice(p, stop))}.`);
      p++;
    }
    this.check(len, group, line);
    this.voters += count;
    if (this.kind === 'cat') this.builder.addApproval(this.items, count, -1, -1, 0, Math.max(firstGroupEnd, 0));
    else this.builder.addRanking(this.items, this.levels, count, -1, -1, 0, len);
  }

  finish(): Profile {
    const declared = this.header.voters;
    if (declared && declared.count !== this.voters) {
      throw lineError(this.file, declared.line, `the header declares ${declared.count} voters but the data lines hold ${this.voters}.`);
    }
    return this.builder.build();
  }

  private readCandidate(text: string, from: number, stop: number, line: number, serial: number, len: number, group: number): number {
    let p = from;
    let c = 0;
    while (p < stop && isDigit(text.charCodeAt(p))) c = c * 10 + text.charCodeAt(p++) - 48;
    if (p === from) throw lineError(this.file, line, `expected a candidate number, found ${quote(text.slice(from, stop))}.`);
    if (c < 1 || c > this.n) throw lineError(this.file, line, `candidate ${c} is not among the ${this.n} declared.`);
    if (this.seen[c] === serial) throw lineError(this.file, line, `candidate ${c} appears twice.`);
    this.seen[c] = serial;
    if (len >= this.items.length) {
      this.items = growInt(this.items);
      this.levels = growInt(this.levels);
    }
    this.items[len] = c - 1;
    this.levels[len] = group;
    return p;
  }

  private check(len: number, groups: number, line: number): void {
    const strict = this.kind === 'soc' || this.kind === 'soi';
    const complete = this.kind === 'soc' || this.kind === 'toc';
    if (strict && groups !== len) throw lineError(this.file, line, `${describe[this.kind]} cannot hold a tie {…}.`);
    if (complete && len !== this.n) {
      throw lineError(this.file, line, `${describe[this.kind]} must rank all ${this.n} candidates; this line ranks ${len}.`);
    }
  }
}

function growInt(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

function skipSpaces(text: string, p: number, stop: number): number {
  while (p < stop && isSpace(text.charCodeAt(p))) p++;
  return p;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
