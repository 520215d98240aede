// Looks a message up in the chosen language and fills it in as ICU MessageFormat (src/core/i18n,
// shared with the server), so a count reads "1 ballot" / "2 ballots" and "1 phiếu" / "2 phiếu".
// Pure, so it can be tested without React; useT() in i18n.tsx binds it to the current language.
import { formatMessage, type Locale, type MessageValues } from '../../../../src/core/i18n';
import { en } from './en';
import { vi, type MessageKey } from './vi';

const dictionaries: Record<Locale, Record<MessageKey, string>> = { vi, en };

export function translate(lang: Locale, key: MessageKey, vars?: MessageValues): string {
  const text = dictionaries[lang][key] ?? key;
  try {
    return formatMessage(lang, text, vars);
  } catch {
    // A value the message needs was not given: show the text as written rather than break the page.
    return text;
  }
}
