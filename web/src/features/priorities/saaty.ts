// Saaty's 1–9 scale on a single slider: the left end is "A far more important", the middle "equal",
// the right end "B far more important". A position p in −8…8 is the judgment "A>B" = 1 − p when p ≤ 0
// and 1 / (1 + p) when p > 0, so every position is one of the 17 values of the scale.
import type { Translate } from '../../shared/i18n/i18n';

export const POSITIONS = 8;

export function valueAt(position: number): number {
  return position <= 0 ? 1 - position : 1 / (1 + position);
}

export function positionOf(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return 0;
  const p = value >= 1 ? 1 - Math.round(value) : Math.round(1 / value) - 1;
  return Math.max(-POSITIONS, Math.min(POSITIONS, p));
}

/** The level on Saaty's scale, 1…9, of a position, and which side it favours. */
export function levelAt(position: number): { level: number; side: 'a' | 'b' | 'equal' } {
  if (position === 0) return { level: 1, side: 'equal' };
  return { level: Math.abs(position) + 1, side: position < 0 ? 'a' : 'b' };
}

/** A judgment in words, e.g. "Tính cấp bách quan trọng hơn nhiều so với Chi phí (mức 5/9)". */
export function judgmentWords(t: Translate, a: string, b: string, position: number): string {
  const { level, side } = levelAt(position);
  if (side === 'equal') return t('priorities.saaty.equal', { a, b });
  return t('priorities.saaty.more', {
    winner: side === 'a' ? a : b,
    loser: side === 'a' ? b : a,
    how: t(`priorities.saaty.${level as 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}`),
    level,
  });
}
