// Reading option numbers as a clerk types them, for approval forms (the ticked options) and ranking
// forms (the options in order of preference): "2 5 7", or "257" when the form has at most nine
// options, or h / 0 for a spoilt form; plus the count of a batch's settled readings. forms.ts puts
// this together with score and budget forms. Pure: no React, no I/O.
import type { MessageKey } from '../../../shared/i18n/vi';
import type { FormComparison, PaperBatch, Reading } from './paper.api';

export interface Rules {
  options: number;
  min: number;
  max: number;
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

const isSpoilt = (reading: Reading | null | undefined) => !!reading && 'spoilt' in reading;

/** The reading that counts for each form: the facilitator's where the entries differ, else the agreed one. */
export function finalReadings(batch: PaperBatch, comparison: FormComparison[]): (Reading | null)[] {
  return comparison.map((c) => batch.resolutions[String(c.form)] ?? (c.same ? c.first : null));
}

export function tally(readings: (Reading | null)[]) {
  const settled = readings.filter((r): r is Reading => r !== null);
  const spoilt = settled.filter(isSpoilt).length;
  return { ballots: settled.length - spoilt, spoilt, unresolved: readings.length - settled.length };
}
