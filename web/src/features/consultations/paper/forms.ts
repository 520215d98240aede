// Reading a paper form as a clerk types it, for every ballot type that has a paper form:
//   approval  the numbers of the ticked options, "2 5 7" (or "257" with at most nine options);
//   ranking   the numbers of the options in order of preference, "3 1 5": option 3 first;
//   score     one score per option in the order printed, "4 3 0 5" ("4305" when scores are single
//             digits), "-" for an option left blank;
//   budget    one number of points per option, "40 0 25 35", never more than the points available.
// "h" marks a spoilt form ("0" too for approval and ranking, where 0 is no option). The checks
// mirror the server's ballot rules, so a form the server would refuse is flagged while the paper is
// still in the clerk's hand. Pure: no React, no I/O. Pairwise ballots have no paper form.
import type { BallotSpec, Keyed } from '../api';
import { parseForm as parseNumbers, type FormProblem } from './approval';
import type { PaperForm, Reading } from './paper.api';

export type PaperKind = 'approval' | 'ranking' | 'score' | 'budget';
export const paperKinds: readonly string[] = ['approval', 'ranking', 'score', 'budget'];
export const hasPaperForm = (spec: BallotSpec) => paperKinds.includes(spec.type);

export interface Rules {
  kind: PaperKind;
  options: number;
  /** How many options a form must choose, rank or score. */
  min: number;
  max: number;
  /** score and budget: the lowest and highest number one option may get. */
  low: number;
  high: number;
  /** budget: the points a form shares out. */
  points: number;
}

export function rulesOf(spec: BallotSpec, options: number): Rules {
  const kind = (paperKinds.includes(spec.type) ? spec.type : 'approval') as PaperKind;
  const scale = typeof spec.scale === 'object' ? spec.scale : { min: 0, max: spec.scale ?? 5 };
  const points = spec.points ?? 100;
  return {
    kind,
    options,
    min: Math.max(spec.min ?? 1, 1),
    max: Math.min(spec.max ?? options, options),
    low: kind === 'budget' ? 0 : scale.min,
    high: kind === 'budget' ? points : scale.max,
    points,
  };
}

export type { FormProblem };

export type TypedForm =
  | { kind: 'empty' }
  | { kind: 'spoilt' }
  // numbers: the option numbers chosen (approval, ranking: in the order typed) or given a score.
  // values (score, budget): what was typed for each option in turn, null for "-".
  // pending: the only problem is that typing on can still fix it.
  | { kind: 'choice'; numbers: number[]; values?: (number | null)[]; problem: FormProblem | null; pending: boolean };

/** Single-digit scores can be typed run together; anything bigger needs spaces. */
export const digitsRunTogether = (rules: Rules) =>
  rules.kind === 'score' ? rules.low >= 0 && rules.high <= 9 : rules.kind === 'budget' ? false : rules.options <= 9;

export function parseForm(text: string, rules: Rules): TypedForm {
  if (rules.kind === 'approval' || rules.kind === 'ranking') return parseNumbers(text, rules);
  return parseValues(text, rules);
}

function parseValues(text: string, rules: Rules): TypedForm {
  const typed = text.trim().toLowerCase();
  if (!typed) return { kind: 'empty' };
  if (typed === 'h') return { kind: 'spoilt' };
  const stray = /[^0-9\s,;\-]/.exec(typed);
  const fail = (problem: FormProblem, values: (number | null)[] = [], pending = false): TypedForm => ({ kind: 'choice', numbers: [], values, problem, pending });
  if (stray) return fail({ key: 'paper.problem.characterScore', vars: { char: stray[0] } });
  const tokens = /[\s,;]/.test(typed) || !digitsRunTogether(rules) ? typed.split(/[\s,;]+/).filter(Boolean) : typed.split('');
  const values: (number | null)[] = [];
  for (const token of tokens) {
    if (token === '-') values.push(null);
    else if (/^-?\d+$/.test(token)) values.push(Number(token));
    else return fail({ key: 'paper.problem.characterScore', vars: { char: token } });
  }
  if (values.length > rules.options) return fail({ key: 'paper.problem.tooManyValues', vars: { options: rules.options, given: values.length } }, values);
  const off = values.findIndex((v) => v !== null && (v < rules.low || v > rules.high));
  if (off >= 0) return fail({ key: 'paper.problem.scoreRange', vars: { n: off + 1, min: rules.low, max: rules.high } }, values);
  if (values.length < rules.options) return fail({ key: 'paper.problem.needValues', vars: { options: rules.options, given: values.length } }, values, true);
  // Points not given and 0 points mean the same on a budget form, so both read as nothing given.
  const numbers = values.flatMap((v, i) => (v === null || (rules.kind === 'budget' && v === 0) ? [] : [i + 1]));
  const total = values.reduce<number>((sum, v) => sum + (v ?? 0), 0);
  if (rules.kind === 'budget' && total > rules.points) return { kind: 'choice', numbers, values, problem: { key: 'paper.problem.points', vars: { total, points: rules.points } }, pending: false };
  if (numbers.length > rules.max) return { kind: 'choice', numbers, values, problem: { key: 'paper.problem.tooManyScored', vars: { max: rules.max, given: numbers.length } }, pending: false };
  if (numbers.length < rules.min) return { kind: 'choice', numbers, values, problem: { key: 'paper.problem.tooFewScored', vars: { min: rules.min, given: numbers.length } }, pending: false };
  return { kind: 'choice', numbers, values, problem: null, pending: false };
}

export const isDone = (form: TypedForm) => form.kind === 'spoilt' || (form.kind === 'choice' && form.problem === null);

/**
 * The form as the server takes it. Ticks go in the order printed on the form, whatever order they
 * were typed in ("52" and "25" are the same ticks); a ranking keeps the order typed, since that
 * order is the vote; scores go by option.
 */
export function paperFormOf(form: TypedForm, options: Keyed[], rules: Rules): PaperForm | null {
  if (form.kind === 'spoilt') return { spoilt: true };
  if (form.kind !== 'choice' || form.problem) return null;
  const key = (n: number) => options[n - 1].key;
  if (rules.kind === 'ranking') return { ranking: form.numbers.map(key) };
  if (rules.kind === 'approval') return { approve: [...form.numbers].sort((a, b) => a - b).map(key) };
  return { scores: Object.fromEntries(form.numbers.map((n) => [key(n), form.values![n - 1] as number])) };
}

export const isSpoilt = (reading: Reading | null | undefined) => !!reading && 'spoilt' in reading;

const numberOf = (key: string, options: Keyed[]) => options.findIndex((o) => o.key === key) + 1;

/** One line of a reading as shown: an option's number with its place (ranking) or its score. */
export type ReadingItem = { n: number; place?: number; value?: number | null };

/** The options ticked on an approval form; a stored choice of another kind (pairs have no paper form) ticks none. */
const approvedOf = (choice: Extract<Reading, { choice: unknown }>['choice']) => ('approve' in choice ? choice.approve : []);

export function itemsOf(reading: Reading, options: Keyed[]): ReadingItem[] {
  if (!('choice' in reading)) return [];
  const { choice } = reading;
  if ('ranking' in choice) return choice.ranking.flatMap((tied, i) => tied.map((k) => ({ n: numberOf(k, options), place: i + 1 })));
  if ('scores' in choice) {
    const scores = choice.scores;
    return options.map((o, i) => ({ n: i + 1, value: o.key in scores ? scores[o.key] : null }));
  }
  return approvedOf(choice).map((k) => numberOf(k, options)).sort((a, b) => a - b).map((n) => ({ n }));
}

/** What a clerk would type for a reading: "2 5 7", "3 1 5", "4 - 0 5", or "h" for a spoilt form. */
export function typedOf(reading: Reading | null | undefined, options: Keyed[], rules: Rules): string {
  if (!reading) return '';
  if (isSpoilt(reading)) return 'h';
  const items = itemsOf(reading, options);
  if (rules.kind === 'score' || rules.kind === 'budget') return items.map((i) => (i.value === null || i.value === undefined ? (rules.kind === 'budget' ? '0' : '-') : String(i.value))).join(' ');
  if (rules.kind === 'ranking') {
    // Options sharing a place (possible only from outside paper entry) are joined with "=".
    const places = new Map<number, number[]>();
    for (const i of items) places.set(i.place!, [...(places.get(i.place!) ?? []), i.n]);
    return [...places.values()].map((ns) => ns.join('=')).join(' ');
  }
  return items.map((i) => i.n).join(' ');
}

/** A reading sent back as a resolution, in the form the entry endpoints take. */
export function paperFormOfReading(reading: Reading): PaperForm {
  if (!('choice' in reading)) return { spoilt: true };
  const { choice } = reading;
  if ('ranking' in choice) return { ranking: choice.ranking };
  if ('scores' in choice) return { scores: choice.scores };
  return { approve: approvedOf(choice) };
}

export function sameReading(a: Reading | null | undefined, b: Reading | null | undefined, options: Keyed[], rules: Rules): boolean {
  if (!a || !b) return false;
  return typedOf(a, options, rules) === typedOf(b, options, rules);
}

/** The reading that counts for each form: the facilitator's where the entries differ, else the agreed one. */
export { finalReadings, tally } from './approval';
