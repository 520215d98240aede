// Reads BLT election files (the format of OpenSTV, RCTab and the ERS): `candidates seats`, an
// optional line of negative numbers for withdrawn candidates, ballot lines `weight c1 c2 … 0`,
// a lone `0`, then each candidate's name in quotes and the election's title in quotes.
// Read as a stream of tokens rather than lines, because writers differ in how they break lines.
// `c1=c2` is accepted as a tie, as OpenSTV writes it. Withdrawn candidates are dropped entirely.
import type { Profile } from './profile';
import { ProfileBuilder } from './profile.builder';
import { lineError, parseWeight, quote, stripBom } from './source';

class Tokens {
  private pos = 0;
  line = 1;
  /** Line of the token last returned (of the last one, at the end of the text). */
  at = 1;
  quoted = false;

  constructor(private readonly text: string) {}

  /** The next token, or null at the end. Quoted strings come back without their quotes. */
  next(): string | null {
    const { text } = this;
    let p = this.pos;
    for (; p < text.length; p++) {
      const c = text.charCodeAt(p);
      if (c === 10) this.line++;
      else if (c !== 32 && c !== 9 && c !== 13) break;
    }
    if (p >= text.length) {
      // at the end, problems are reported on the line of the last token
      this.pos = p;
      return null;
    }
    this.at = this.line;
    this.quoted = text.charCodeAt(p) === 34;
    if (this.quoted) {
      const close = text.indexOf('"', p + 1);
      const end = close < 0 ? text.length : close;
      const body = text.slice(p + 1, end);
      for (let k = 0; k < body.length; k++) if (body.charCodeAt(k) === 10) this.line++;
      this.pos = end + 1;
      return close < 0 ? null : body;
    }
    const from = p;
    while (p < text.length) {
      const c = text.charCodeAt(p);
      if (c === 32 || c === 9 || c === 10 || c === 13) break;
      p++;
    }
    this.pos = p;
    return text.slice(from, p);
  }
}

export function parseBlt(source: string, file: string): Profile {
  const tokens = new Tokens(stripBom(source));
  const fail = (problem: string) => lineError(file, tokens.at, problem);
  const whole = (token: string | null, what: string): number => {
    if (token === null || !/^\d+$/.test(token)) throw fail(`expected ${what}, found ${token === null ? 'the end of the file' : quote(token)}.`);
    return Number(token);
  };

  const n = whole(tokens.next(), 'the number of candidates');
  if (n < 1) throw fail('an election needs at least one candidate.');
  const seats = whole(tokens.next(), 'the number of seats');
  if (seats < 1 || seats > n) throw fail(`the number of seats must be between 1 and ${n}, not ${seats}.`);

  let token = tokens.next();
  const withdrawn = new Set<number>();
  while (token !== null && token.startsWith('-')) {
    const c = whole(token.slice(1), 'a withdrawn candidate as a negative number');
    if (c < 1 || c > n) throw fail(`withdrawn candidate ${c} is not among the ${n} declared.`);
    withdrawn.add(c);
    token = tokens.next();
  }
  // standing candidates get consecutive indices; withdrawn ones map to −1
  const index = new Int32Array(n + 1).fill(-1);
  let standing = 0;
  for (let c = 1; c <= n; c++) if (!withdrawn.has(c)) index[c] = standing++;

  const builder = new ProfileBuilder(Array.from({ length: standing }, (_, k) => String(k + 1)));
  const items: number[] = [];
  const levels: number[] = [];
  const seen = new Uint32Array(n + 1);
  let serial = 0;
  for (;;) {
    if (token === null) throw fail('the ballots must end with a line holding a single 0.');
    if (token === '0') break;
    const weight = parseWeight(token);
    if (Number.isNaN(weight)) throw fail(`a ballot must start with its weight (a positive number), not ${quote(token)}.`);
    items.length = 0;
    levels.length = 0;
    serial++;
    let rank = 0;
    for (token = tokens.next(); token !== '0'; token = tokens.next()) {
      if (token === null) throw fail('a ballot must end with 0.');
      let listed = false;
      for (const part of token.split('=')) {
        const c = whole(part, 'a candidate number');
        if (c < 1 || c > n) throw fail(`candidate ${c} is not among the ${n} declared.`);
        if (seen[c] === serial) throw fail(`candidate ${c} appears twice on one ballot.`);
        seen[c] = serial;
        if (index[c] < 0) continue;
        items.push(index[c]);
        levels.push(rank);
        listed = true;
      }
      if (listed) rank++;
    }
    builder.addRanking(items, levels, weight);
    token = tokens.next();
  }

  const names: string[] = [];
  const withdrawnNames: string[] = [];
  for (let c = 1; c <= n; c++) {
    const name = tokens.next();
    if (name === null || !tokens.quoted) throw fail(`expected the name of candidate ${c} in double quotes.`);
    (index[c] >= 0 ? names : withdrawnNames).push(name);
  }
  if (new Set(names).size !== names.length) throw fail('two candidates have the same name.');
  const title = tokens.next();
  if (title !== null && !tokens.quoted) throw fail(`expected the title in double quotes, found ${quote(title)}.`);
  const extra = tokens.next();
  if (extra !== null) throw fail(`unexpected ${quote(extra)} after the title.`);

  const profile = builder.build();
  return {
    ...profile,
    candidates: names,
    seats,
    ...(title !== null ? { title } : {}),
    ...(withdrawnNames.length ? { withdrawn: withdrawnNames } : {}),
  };
}
