// Figures of the evidence hub in the page's language: 61,14 and 1.234,5 in Vietnamese, 61.14 and
// 1,234.5 in English. Scores keep two decimals (as the publishers print them), percentiles and needs one.
import { useMemo } from 'react';
import { formatNumber } from '../../../../src/core/format';
import { useLang, type Lang } from '../../shared/i18n/i18n';

export function formatFixed(value: number, lang: Lang, digits: number, signed = false): string {
  return formatNumber(value, lang, { digits, fixed: true, signed });
}

export interface Numbers {
  lang: Lang;
  /** A score or sub-index value: two decimals. */
  score: (value: number | null | undefined) => string;
  /** A difference of scores, with its sign. */
  gap: (value: number | null | undefined) => string;
  /** A percentile or a need score: one decimal. */
  one: (value: number | null | undefined) => string;
  /** A share 0…1 as a percentage figure. */
  share: (value: number) => string;
}

const dash = '—';

export function numbersFor(lang: Lang): Numbers {
  const ok = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);
  return {
    lang,
    score: (v) => (ok(v) ? formatFixed(v, lang, 2) : dash),
    gap: (v) => (ok(v) ? formatFixed(v, lang, 2, true) : dash),
    one: (v) => (ok(v) ? formatFixed(v, lang, 1) : dash),
    share: (v) => formatFixed(v * 100, lang, 0),
  };
}

export function useNumbers(): Numbers {
  const { lang } = useLang();
  return useMemo(() => numbersFor(lang), [lang]);
}
