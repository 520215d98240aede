// A ballot posted from the HTML form → the same input the JSON API takes.
import type { BallotInput, BallotType } from '../../../core/consultations/spec';

export type FormBody = Record<string, string | string[] | undefined>;

export function ballotFromForm(type: BallotType, form: FormBody): BallotInput {
  if (type === 'approval') return { approve: [form.approve ?? []].flat() };
  if (type === 'pairwise') return pairsFromForm(form);
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

/** The pairs the page served (hidden `pair.i` = "a|b") and what was picked for each (`pick.i`; empty = skipped). */
export function servedPairs(form: FormBody): [string, string][] {
  return Object.keys(form)
    .filter((name) => /^pair\.\d+$/.test(name))
    .sort((x, y) => Number(x.slice(5)) - Number(y.slice(5)))
    .map((name) => String(form[name]).split('|', 2) as [string, string]);
}

function pairsFromForm(form: FormBody): BallotInput {
  const pairs: [string, string][] = [];
  const skipped: [string, string][] = [];
  servedPairs(form).forEach(([a, b], i) => {
    const pick = form[`pick.${i}`];
    if (!pick) skipped.push([a, b]);
    else pairs.push(pick === b ? [b, a] : [String(pick), pick === a ? b : a]);
  });
  return { pairs, skipped };
}
