// Checks one ballot against its consultation: the right field for the ballot type, known options,
// none repeated, within min/max, scores within the scale, points within the budget. Returns the
// ballot in its stored form, or the first problem as a stable code with the facts for the message.
import { fieldOf, scoreRange, type BallotInput, type BallotSpec, type StoredChoice } from './spec';

export type BallotProblem = { code: BallotProblemCode; params: Record<string, string | number> };
export type BallotProblemCode =
  | 'ballot.wrong_field'
  | 'ballot.malformed'
  | 'ballot.unknown_option'
  | 'ballot.repeated_option'
  | 'ballot.too_few_choices'
  | 'ballot.too_many_choices'
  | 'ballot.score_out_of_range'
  | 'ballot.points_exceeded';

export type BallotCheck = { ok: true; choice: StoredChoice } | { ok: false; problem: BallotProblem };

const fail = (code: BallotProblemCode, params: Record<string, string | number> = {}): BallotCheck => ({ ok: false, problem: { code, params } });

export function checkBallot(spec: BallotSpec, options: ReadonlySet<string>, input: BallotInput): BallotCheck {
  const field = fieldOf[spec.type];
  const allowed = spec.type === 'pairwise' ? ['pairs', 'skipped'] : [field];
  const others = (['approve', 'ranking', 'scores', 'pairs', 'skipped'] as const).filter((f) => !allowed.includes(f) && input[f] !== undefined);
  const given = spec.type === 'pairwise' ? input.pairs !== undefined || input.skipped !== undefined : input[field] !== undefined;
  if (!given || others.length) return fail('ballot.wrong_field', { field, type: spec.type });
  if (field === 'approve') return checkApproval(spec, options, input.approve);
  if (field === 'ranking') return checkRanking(spec, options, input.ranking);
  if (field === 'pairs') return checkPairs(options, input.pairs ?? [], input.skipped ?? []);
  return checkScores(spec, options, input.scores);
}

function checkApproval(spec: BallotSpec, options: ReadonlySet<string>, value: unknown): BallotCheck {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return fail('ballot.malformed', { field: 'approve' });
  const listed = checkKeys(options, value);
  if (!Array.isArray(listed)) return listed;
  return checkCount(spec, listed.length) ?? { ok: true, choice: { approve: listed } };
}

function checkRanking(spec: BallotSpec, options: ReadonlySet<string>, value: unknown): BallotCheck {
  if (!Array.isArray(value) || value.length === 0) return fail('ballot.malformed', { field: 'ranking' });
  const groups: string[][] = [];
  for (const entry of value) {
    const group = typeof entry === 'string' ? [entry] : entry;
    if (!Array.isArray(group) || group.length === 0 || !group.every((v) => typeof v === 'string')) return fail('ballot.malformed', { field: 'ranking' });
    groups.push(group);
  }
  const listed = checkKeys(options, groups.flat());
  if (!Array.isArray(listed)) return listed;
  return checkCount(spec, listed.length) ?? { ok: true, choice: { ranking: groups } };
}

const MAX_PAIRS = 50;

/** Pairs answered (winner first) and pairs skipped: two different known options each, no pair twice. */
function checkPairs(options: ReadonlySet<string>, pairs: unknown, skipped: unknown): BallotCheck {
  const isPairList = (v: unknown): v is [string, string][] =>
    Array.isArray(v) && v.length <= MAX_PAIRS && v.every((p) => Array.isArray(p) && p.length === 2 && p.every((k) => typeof k === 'string'));
  if (!isPairList(pairs)) return fail('ballot.malformed', { field: 'pairs' });
  if (!isPairList(skipped)) return fail('ballot.malformed', { field: 'skipped' });
  if (pairs.length + skipped.length === 0) return fail('ballot.too_few_choices', { min: 1, given: 0 });
  const seen = new Set<string>();
  for (const [a, b] of [...pairs, ...skipped]) {
    for (const key of [a, b]) if (!options.has(key)) return fail('ballot.unknown_option', { option: key.slice(0, 80) });
    const id = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    if (a === b || seen.has(id)) return fail('ballot.repeated_option', { option: a === b ? a : `${a} – ${b}` });
    seen.add(id);
  }
  return { ok: true, choice: { pairs, skipped } };
}

function checkScores(spec: BallotSpec, options: ReadonlySet<string>, value: unknown): BallotCheck {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('ballot.malformed', { field: 'scores' });
  const entries = Object.entries(value as Record<string, unknown>);
  const listed = checkKeys(options, entries.map(([k]) => k));
  if (!Array.isArray(listed)) return listed;
  const range = spec.type === 'budget' ? { min: 0, max: spec.points ?? 100 } : scoreRange(spec);
  let total = 0;
  for (const [key, score] of entries) {
    if (typeof score !== 'number' || !Number.isInteger(score) || score < range.min || score > range.max) {
      return fail('ballot.score_out_of_range', { option: key, min: range.min, max: range.max });
    }
    total += score;
  }
  if (spec.type === 'budget' && total > (spec.points ?? 100)) return fail('ballot.points_exceeded', { total, points: spec.points ?? 100 });
  return checkCount(spec, listed.length) ?? { ok: true, choice: { scores: Object.fromEntries(entries) as Record<string, number> } };
}

function checkKeys(options: ReadonlySet<string>, keys: string[]): string[] | BallotCheck {
  const seen = new Set<string>();
  for (const key of keys) {
    if (!options.has(key)) return fail('ballot.unknown_option', { option: key.slice(0, 80) });
    if (seen.has(key)) return fail('ballot.repeated_option', { option: key });
    seen.add(key);
  }
  return keys;
}

function checkCount(spec: BallotSpec, n: number): BallotCheck | null {
  if (spec.min !== undefined && n < spec.min) return fail('ballot.too_few_choices', { min: spec.min, given: n });
  if (spec.max !== undefined && n > spec.max) return fail('ballot.too_many_choices', { max: spec.max, given: n });
  if (n === 0) return fail('ballot.too_few_choices', { min: Math.max(1, spec.min ?? 1), given: 0 });
  return null;
}
