// ICU MessageFormat for both server and web: "{count, plural, one {# option} other {# options}}".
// Compiled messages are memoised per locale and text, so formatting the same message again only
// fills in values. Pure: no I/O; the cache is an optimisation, not state anyone can observe.
import { IntlMessageFormat, type PrimitiveType } from 'intl-messageformat';

export type Locale = 'vi' | 'en';
export type MessageValues = Record<string, PrimitiveType>;

/** The Intl locale behind each language: numbers and dates print as officials in Viet Nam expect. */
export const INTL_LOCALE: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };

const compiled = new Map<string, IntlMessageFormat>();

function compile(locale: Locale, text: string): IntlMessageFormat {
  const key = `${locale}\u0000${text}`;
  let format = compiled.get(key);
  if (!format) {
    format = new IntlMessageFormat(text, INTL_LOCALE[locale]);
    compiled.set(key, format);
  }
  return format;
}

/** Fills an ICU message in one language; a missing value is an error, as in intl-messageformat. */
export function formatMessage(locale: Locale, text: string, values: MessageValues = {}): string {
  return String(compile(locale, text).format(values));
}
