// Reading an approval form as a clerk types it: the numbers printed beside the ticked options
// ("2 5 7", or "257" when the form has at most nine options), or h / 0 for a spoilt form. The
// checks mirror the server's ballot rules, so a form the server would refuse is flagged while
// the paper is still in the clerk's hand. Pure: no React, no I/O.
import type { BallotSpec, Keyed } from '../api/consultations';
import type { MessageKey } from '../i18n/vi';
import type { FormComparison, PaperBatch, PaperForm, Reading } from './paper.api';

export interface Rules {
  options: number;
  min: number;
  max: number;
}

export function rulesOf(spec: BallotSpec, options: number): Rules {
  return { options, min: Math.max(spec.min ?? 1, 1), max: Math.min(spec.max ?? options, options) };
}

export type FormProblem = { key: MessageKey; vars?: Record<string, string | number> };

export type TypedForm =
  | { kind: 'empty' }
  | { kind: 'spoilt' }
  // `pending`: the only problem is too few choices, which typing on can still fix.
  | { kind: 'choice'; numbers: number[]; problem: FormProblem | null; pending: boolean };

const SEPARATORS = /[\s,.;+]+/;

export function parseForm(text: string, rules: Rules): TypedForm {
  const typed = text.trim().toLowerCase();
  if (!typed) return { kind: 'empty' };
  if (typed === 'h' || typed === '0') return { kind: 'spoilt' };
  const stray = /[^0-9\s,.;+]/.exec(typed);
  if (stray) return { kind: 'choice', numbers: [], problem: { key: 'paper.problem.character', vars: { char: stray[0] } }, pending: false };
  // Up to nine options every digit is one option, so "257" needs no spaces; beyond that, numbers are separated.
  const tokens = rules.options <= 9 ? typed.replace(/[^0-9]/g, '').split('') : typed.split(SEPARATORS).filter(Boolean);
  const numbers = tokens.map(Number);
  const seen = new Set<number>();
  for (const n of numbers) {
    if (n < 1 || n > rules.options) return { kind: 'choice', numbers, problem: { key: 'paper.problem.unknown', vars: { n, max: rules.options } }, pending: false };
    if (seen.has(n)) return { kind: 'choice', numbers, problem: { key: 'paper.problem.repeated', vars: { n } }, pending: false };
    seen.add(n);
  }
  if (numbers.length > rules.max) return { kind: 'choice', numbers, problem: { key: 'paper.problem.tooMany', vars: { max: rules.max, given: numbers.length } }, pending: false };
  if (numbers.length < rules.min) return { kind: 'choice', numbers, problem: { key: 'paper.problem.tooFew', vars: { min: rules.min, given: numbers.length } }, pending: true };
  return { kind: 'choice', numbers, problem: null, pending: false };
}

export const isDone = (form: TypedForm) => form.kind === 'spoilt' || (form.kind === 'choice' && form.problem === null);

/**
 * The form as the server takes it. Options are sent in the order printed on the form, whatever
 * order they were typed in: the server compares the two entries as written, so "52" and "25"
 * must not look like a difference.
 */
export function paperFormOf(form: TypedForm, options: Keyed[]): PaperForm | null {
  if (form.kind === 'spoilt') return { spoilt: true };
  if (form.kind !== 'choice' || form.problem) return null;
  return { approve: [...form.numbers].sort((a, b) => a - b).map((n) => options[n - 1].key) };
}

/** The numbers of the options a reading chose, in the order printed on the form. */
export function numbersOf(reading: Reading, options: Keyed[]): number[] {
  if (!('choice' in reading)) return [];
  const keys = reading.choice.approve ?? [];
  return keys.map((k) => options.findIndex((o) => o.key === k) + 1).sort((a, b) => a - b);
}

export const isSpoilt = (reading: Reading | null | undefined) => !!reading && 'spoilt' in reading;

/** What a clerk would type for a reading: "2 5 7", or "h" for a spoilt form. */
export function typedOf(reading: Reading | null | undefined, options: Keyed[]): string {
  if (!reading) return '';
  return isSpoilt(reading) ? 'h' : numbersOf(reading, options).join(' ');
}

/** A reading sent back as a resolution, in the form the entry endpoints take. */
export function paperFormOfReading(reading: Reading): PaperForm {
  return 'choice' in reading ? { approve: reading.choice.approve ?? [] } : { spoilt: true };
}

export function sameReading(a: Reading | null | undefined, b: Reading | null | undefined, options: Keyed[]): boolean {
  if (!a || !b) return false;
  if (isSpoilt(a) || isSpoilt(b)) return isSpoilt(a) && isSpoilt(b);
  return numbersOf(a, options).join(' ') === numbersOf(b, options).join(' ');
}

/** The reading that counts for each form: the facilitator's where the entries differ, else the agreed one. */
export function finalReadings(batch: PaperBatch, comparison: FormComparison[]): (Reading | null)[] {
  return comparison.map((c) => batch.resolutions[String(c.form)] ?? (c.same ? c.first : null));
}

export function tally(readings: (Reading | null)[]) {
  const settled = readings.filter((r): r is Reading => r !== null);
  const spoilt = settled.filter(isSpoilt).length;
  return { ballots: settled.length - spoilt, spoilt, unresolved: readings.length - settled.length };
}
