// Numbers as each language writes them, one set of rules for server and web: 1.234,5 in Vietnamese,
// 1,234.5 in English; a true minus sign ("−0,12" reads as negative at a glance, a hyphen does not);
// a percentage sign held to its figure by a no-break space in Vietnamese ("15,6 %"), none in English.
import { INTL_LOCALE, type Locale } from '../i18n';

export type NumberStyle = {
  /** Most decimals shown (3 unless said); with `fixed`, exactly this many. */
  digits?: number;
  fixed?: boolean;
  /** Show "+" on positive numbers too (differences, changes). */
  signed?: boolean;
};

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, digits: number, fixed: boolean, signed: boolean): Intl.NumberFormat {
  const key = `${locale}|${digits}|${fixed}|${signed}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], {
      minimumFractionDigits: fixed ? digits : 0,
      maximumFractionDigits: digits,
      signDisplay: signed ? 'exceptZero' : 'negative',
    });
    formatters.set(key, format);
  }
  return format;
}

export function formatNumber(value: number, locale: Locale, { digits = 3, fixed = false, signed = false }: NumberStyle = {}): string {
  return formatter(locale, digits, fixed, signed).format(value).replace('-', '\u2212');
}

/** A share 0…1 as a percentage with its sign: "15,6 %" (vi), "15.6%" (en); one decimal unless said. */
export function formatPercent(share: number, locale: Locale, { digits = 1, ...style }: NumberStyle = {}): string {
  const figure = formatNumber(share * 100, locale, { digits, ...style });
  return locale === 'vi' ? `${figure}\u00a0%` : `${figure}%`;
}
