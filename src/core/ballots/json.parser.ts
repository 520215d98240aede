// Reads ballots written as JSON: { "candidates": [...], "ballots": [ { "ranking": [["A"],["B","C"]]
// | "approve": [...] | "scores": {"A": 4} | "pair": ["A","B"], "weight"?, "group"?, "cluster"? } ] },
// optionally "seats" and "title". Ranking entries may be a name or a list of tied names.
// Problems name the line of the offending ballot, found by re-reading the text only on failure.
import type { Profile } from './profile';
import { ProfileBuilder } from './profile.builder';
import { JsonSyntaxError, parseJsonWithLines, type LocatedJson } from './json.lines';
import { lineError, quote, stripBom } from './source';

type Path = (string | number)[];

export function parseBallotJson(source: string, file: string): Profile {
  const text = stripBom(source);
  let located: LocatedJson | null = null;
  const fail = (path: Path, problem: string) => {
    located ??= parseJsonWithLines(text);
    return lineError(file, lineAt(located, path), problem);
  };

  const doc = readJsonDocument(text, file);
  if (!isObject(doc)) throw fail([], 'expected an object with "candidates" and "ballots".');
  const { candidates, ballots } = doc;
  if (!Array.isArray(candidates) || candidates.length === 0 || !candidates.every((c) => typeof c === 'string' && c !== '')) {
    throw fail(['candidates'], '"candidates" must be a non-empty list of names.');
  }
  if (!Array.isArray(ballots)) throw fail([], '"ballots" must be a list.');
  const seats = doc.seats;
  if (seats !== undefined && !(Number.isInteger(seats) && (seats as number) >= 1)) throw fail([], '"seats" must be a whole number of at least 1.');

  const builder = new ProfileBuilder();
  for (const name of candidates as string[]) {
    if (builder.candidateIndex(name) >= 0) throw fail(['candidates'], `the candidate ${quote(name)} is declared twice.`);
    builder.addCandidate(name);
  }

  ballots.forEach((ballot: unknown, b: number) => {
    const path: Path = ['ballots', b];
    const label = `ballot ${b + 1}`;
    if (!isObject(ballot)) throw fail(path, `${label} must be an object.`);
    const given = (['ranking', 'approve', 'scores', 'pair'] as const).filter((key) => ballot[key] !== undefined);
    if (given.length !== 1) throw fail(path, `${label} must hold exactly one of "ranking", "approve", "scores" or "pair".`);
    const weight = ballot.weight ?? 1;
    if (typeof weight !== 'number' || !(weight > 0) || !Number.isFinite(weight)) throw fail(path, `${label} has a weight that is not a positive number.`);
    for (const key of ['group', 'cluster'] as const) {
      if (ballot[key] !== undefined && typeof ballot[key] !== 'string') throw fail(path, `${label} has a "${key}" that is not text.`);
    }
    const group = builder.groupId(ballot.group as string | undefined);
    const cluster = builder.clusterId(ballot.cluster as string | undefined);
    const seen = new Set<number>();
    const id = (name: unknown): number => {
      const c = typeof name === 'string' ? builder.candidateIndex(name) : -1;
      if (c < 0) throw fail(path, `${label} names ${typeof name === 'string' ? quote(name) : String(name)}, which is not among the ${candidates.length} declared candidates.`);
      if (seen.has(c)) throw fail(path, `${label} names ${quote(name as string)} twice.`);
      seen.add(c);
      return c;
    };
    const kind = given[0];
    const body = ballot[kind];
    if (kind === 'scores') {
      if (!isObject(body)) throw fail(path, `${label}: "scores" must map candidate names to numbers.`);
      const items: number[] = [];
      const values: number[] = [];
      for (const [name, score] of Object.entries(body)) {
        if (typeof score !== 'number' || !Number.isFinite(score)) throw fail(path, `${label} gives ${quote(name)} a score that is not a number.`);
        items.push(id(name));
        values.push(score);
      }
      builder.addScores(items, values, weight, group, cluster);
      return;
    }
    if (!Array.isArray(body)) throw fail(path, `${label}: "${kind}" must be a list.`);
    if (kind === 'approve') {
      builder.addApproval(body.map(id), weight, group, cluster);
    } else if (kind === 'pair') {
      if (body.length !== 2) throw fail(path, `${label}: "pair" must name the preferred candidate, then the other.`);
      builder.addPair(id(body[0]), id(body[1]), weight, group, cluster);
    } else {
      const items: number[] = [];
      const levels: number[] = [];
      body.forEach((entry: unknown, level: number) => {
        const tied = Array.isArray(entry) ? entry : [entry];
        if (tied.length === 0) throw fail(path, `${label} has an empty tie group in its ranking.`);
        for (const name of tied) {
          items.push(id(name));
          levels.push(level);
        }
      });
      builder.addRanking(items, levels, weight, group, cluster);
    }
  });

  const profile = builder.build();
  return {
    ...profile,
    ...(typeof seats === 'number' ? { seats } : {}),
    ...(typeof doc.title === 'string' ? { title: doc.title } : {}),
  };
}

/** JSON.parse, but a syntax error is reported with its file and line. */
export function readJsonDocument(source: string, file: string): unknown {
  const text = stripBom(source);
  try {
    return JSON.parse(text);
  } catch {
    try {
      parseJsonWithLines(text);
    } catch (err) {
      if (err instanceof JsonSyntaxError) throw lineError(file, err.line, `the JSON is malformed: ${err.problem}.`);
      throw err;
    }
    throw lineError(file, 1, 'the JSON is malformed.');
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// The line of the deepest object or list on the path (a plain value is reported at its parent's line).
function lineAt(located: LocatedJson, path: Path): number {
  let node: unknown = located.value;
  let line = typeof node === 'object' && node !== null ? located.lineOf(node) ?? 1 : 1;
  for (const key of path) {
    node = (node as Record<string | number, unknown> | undefined)?.[key];
    if (typeof node === 'object' && node !== null) line = located.lineOf(node) ?? line;
  }
  return line;
}
