// Reads ballots written as JSON: { "candidates": [...], "ballots": [ { "ranking": [["A"],["B","C"]]
// | "approve": [...] | "scores": {"A": 4} | "pair": ["A","B"], "weight"?, "group"?, "cluster"? } ] },
// optionally "seats" and "title". Ranking entries may be a name or a list of tied names.
// The shape is checked by a zod schema, names against the declared candidates here; a problem names
// the line, column and field of the offending value (core/json.reader.ts finds them only on failure).
import { z } from 'zod';
import { fieldName, positionAt, readJsonDocument, type JsonPath } from '../json.reader';
import type { Profile } from './profile';
import { ProfileBuilder } from './profile.builder';
import { lineError, quote } from './source';

const KINDS = ['ranking', 'approve', 'scores', 'pair'] as const;
const said = (problem: Problem) => ({ error: problem });
const listOf = z.array(z.unknown(), said('list'));

const Ballot = z
  .record(z.string(), z.unknown(), said('ballot'))
  .refine((ballot) => KINDS.filter((kind) => ballot[kind] !== undefined).length === 1, said('kinds'))
  .pipe(
    z.object({
      weight: z.number(said('weight')).positive(said('weight')).nullish(),
      group: z.string(said('text')).optional(),
      cluster: z.string(said('text')).optional(),
      ranking: z.array(z.unknown().refine((entry) => !Array.isArray(entry) || entry.length > 0, said('tie')), said('list')).optional(),
      approve: listOf.optional(),
      scores: z.record(z.string(), z.number(said('score')), said('scores')).optional(),
      pair: listOf.length(2, said('pair')).optional(),
    }),
  );

const BallotDocument = z.object(
  {
    candidates: z.array(z.string(said('candidates')).min(1, said('candidates')), said('candidates')).min(1, said('candidates')),
    ballots: z.array(Ballot, said('ballots')),
    seats: z.int(said('seats')).min(1, said('seats')).optional(),
    title: z.unknown().optional(),
  },
  said('document'),
);

type Problem = 'document' | 'candidates' | 'ballots' | 'seats' | 'ballot' | 'kinds' | 'weight' | 'text' | 'list' | 'tie' | 'scores' | 'score' | 'pair';
type Said = { en: string; vi: string };
type Fail = (path: JsonPath, problem: Said) => Error;

export function parseBallotJson(source: string, file: string): Profile {
  const fail: Fail = (path, problem) => {
    const { line, column } = positionAt(source, path);
    const field = path.length ? `, field "${fieldName(path)}"` : '';
    const fieldVi = path.length ? `, trường "${fieldName(path)}"` : '';
    return lineError(file, line, `${problem.en} Column ${column}${field}.`, `${problem.vi} Cột ${column}${fieldVi}.`);
  };
  const parsed = BallotDocument.safeParse(readJsonDocument(source, file));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue.path.filter((key) => typeof key !== 'symbol');
    throw fail(path, explain(issue.message as Problem, path));
  }
  const { candidates, ballots, seats, title } = parsed.data;
  const builder = new ProfileBuilder();
  candidates.forEach((name, c) => {
    if (builder.candidateIndex(name) >= 0) throw fail(['candidates', c], { en: `the candidate ${quote(name)} is declared twice.`, vi: `ứng viên ${quote(name)} được khai báo hai lần.` });
    builder.addCandidate(name);
  });
  ballots.forEach((ballot, b) => addBallot(builder, ballot, nameReader(builder, b, candidates.length, fail)));
  return { ...builder.build(), ...(seats !== undefined ? { seats } : {}), ...(typeof title === 'string' ? { title } : {}) };
}

function addBallot(builder: ProfileBuilder, ballot: z.infer<typeof Ballot>, id: NameReader): void {
  const weight = ballot.weight ?? 1;
  const group = builder.groupId(ballot.group);
  const cluster = builder.clusterId(ballot.cluster);
  if (ballot.scores) {
    const entries = Object.entries(ballot.scores);
    builder.addScores(entries.map(([name]) => id(name, ['scores', name])), entries.map(([, score]) => score), weight, group, cluster);
  } else if (ballot.approve) {
    builder.addApproval(ballot.approve.map((name, i) => id(name, ['approve', i])), weight, group, cluster);
  } else if (ballot.pair) {
    builder.addPair(id(ballot.pair[0], ['pair', 0]), id(ballot.pair[1], ['pair', 1]), weight, group, cluster);
  } else {
    const items: number[] = [];
    const levels: number[] = [];
    (ballot.ranking ?? []).forEach((entry, level) => {
      const tied = Array.isArray(entry) ? entry : [entry];
      tied.forEach((name, i) => {
        items.push(id(name, Array.isArray(entry) ? ['ranking', level, i] : ['ranking', level]));
        levels.push(level);
      });
    });
    builder.addRanking(items, levels, weight, group, cluster);
  }
}

/** A candidate's number for a name in ballot `b`, refusing a name not declared or named twice in the ballot. */
type NameReader = (name: unknown, at: JsonPath) => number;

function nameReader(builder: ProfileBuilder, b: number, count: number, fail: Fail): NameReader {
  const seen = new Set<number>();
  return (name, at) => {
    const path = ['ballots', b, ...at];
    const shown = typeof name === 'string' ? quote(name) : String(name);
    const c = typeof name === 'string' ? builder.candidateIndex(name) : -1;
    if (c < 0) {
      throw fail(path, { en: `ballot ${b + 1} names ${shown}, which is not among the ${count} declared candidates.`, vi: `phiếu ${b + 1} nêu ${shown}, không có trong ${count} ứng viên đã khai báo.` });
    }
    if (seen.has(c)) throw fail(path, { en: `ballot ${b + 1} names ${shown} twice.`, vi: `phiếu ${b + 1} nêu ${shown} hai lần.` });
    seen.add(c);
    return c;
  };
}

/** The sentence for a schema problem at `path`, in English and Vietnamese. */
function explain(problem: Problem, path: JsonPath): Said {
  const n = typeof path[1] === 'number' ? path[1] + 1 : 0;
  const key = String(path[2]);
  const [en, vi] = {
    document: ['expected an object with "candidates" and "ballots".', 'cần một đối tượng có "candidates" và "ballots".'],
    candidates: ['"candidates" must be a non-empty list of names.', '"candidates" phải là một danh sách tên, không rỗng.'],
    ballots: ['"ballots" must be a list.', '"ballots" phải là một danh sách.'],
    seats: ['"seats" must be a whole number of at least 1.', '"seats" phải là một số nguyên từ 1 trở lên.'],
    ballot: [`ballot ${n} must be an object.`, `phiếu ${n} phải là một đối tượng.`],
    kinds: [`ballot ${n} must hold exactly one of "ranking", "approve", "scores" or "pair".`, `phiếu ${n} phải có đúng một trong "ranking", "approve", "scores" hoặc "pair".`],
    weight: [`ballot ${n} has a weight that is not a positive number.`, `phiếu ${n} có trọng số (weight) không phải là một số dương.`],
    text: [`ballot ${n} has a "${key}" that is not text.`, `phiếu ${n} có "${key}" không phải là văn bản.`],
    list: [`ballot ${n}: "${key}" must be a list.`, `phiếu ${n}: "${key}" phải là một danh sách.`],
    tie: [`ballot ${n} has an empty tie group in its ranking.`, `phiếu ${n} có một nhóm đồng hạng rỗng trong thứ hạng.`],
    scores: [`ballot ${n}: "scores" must map candidate names to numbers.`, `phiếu ${n}: "scores" phải gán cho mỗi tên ứng viên một số.`],
    score: [`ballot ${n} gives ${quote(String(path[3]))} a score that is not a number.`, `phiếu ${n} cho ${quote(String(path[3]))} một điểm không phải là số.`],
    pair: [`ballot ${n}: "pair" must name the preferred candidate, then the other.`, `phiếu ${n}: "pair" phải nêu ứng viên được ưa hơn, rồi ứng viên kia.`],
  }[problem] ?? [problem, problem];
  return { en, vi };
}
