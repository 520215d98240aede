// A ballot posted from the HTML form → the same input the JSON API takes.
import type { BallotInput, BallotType } from '../../../core/consultations/spec';

export type FormBody = Record<string, string | string[] | undefined>;

export function ballotFromForm(type: BallotType, form: FormBody): BallotInput {
  if (type === 'approval') return { approve: [form.approve ?? []].flat() };
  const prefix = type === 'ranking' ? 'rank.' : type === 'score' ? 'score.' : 'points.';
  const entries = Object.entries(form)
    .filter(([name, value]) => name.startsWith(prefix) && typeof value === 'string' && value.trim() !== '')
    .map(([name, value]) => [name.slice(prefix.length), Number(value)] as const);
  if (type !== 'ranking') return { scores: Object.fromEntries(entries) };
  // Equal numbers are a tie; numbers need not be consecutive.
  const levels = [...new Set(entries.map(([, n]) => n))].sort((a, b) => a - b);
  if (levels.some((n) => !Number.isFinite(n))) return { ranking: 'not-a-ranking' };
  return { ranking: levels.map((n) => entries.filter(([, m]) => m === n).map(([key]) => key)) };
}
