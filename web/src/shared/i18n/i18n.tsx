// The i18n layer: Vietnamese by default, the user's choice kept in localStorage and mirrored on
// <html lang> so screen readers pronounce the page in the right language. Messages are ICU
// MessageFormat (plurals: "{n, plural, one {# ballot} other {# ballots}}"), filled by translate.ts.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { translate } from './translate';
import { vi, type MessageKey } from './vi';

export type Lang = 'vi' | 'en';
export type Localized = { vi: string; en: string };
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const STORAGE_KEY = 'doithoai.lang';

export function readStoredLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    // Storage can be blocked (strict privacy settings); the default language still works.
    return 'vi';
  }
}

const LangContext = createContext<{ lang: Lang; setLang: (lang: Lang) => void }>({
  lang: 'vi',
  setLang: () => {},
});

export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(readStoredLang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not persisted, but the switch still applies for this visit.
    }
  }, []);
  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

export function useLang() {
  return useContext(LangContext);
}

export function useT(): Translate {
  const { lang } = useLang();
  return useCallback<Translate>(
    (key, vars) => translate(lang, key, vars),
    [lang],
  );
}

// Labels for values the API sends as codes (kinds, roles, statuses). An unknown code — a newer
// server than this app — is shown as it came rather than hidden.
type LabelPrefix = 'kind' | 'role' | 'visibility' | 'phase.status' | 'consultation.status' | 'ballotType' | 'method' | 'scoreOf' | 'access';

export function labelOf(t: Translate, prefix: LabelPrefix, code: string): string {
  const key = `${prefix}.${code}`;
  return key in vi ? t(key as MessageKey) : code;
}

// Picks the current language from a {vi, en} pair sent by the API, falling back to the other
// language when one side was left empty.
export function usePick() {
  const { lang } = useLang();
  return useCallback(
    (text: Localized | null | undefined): string => {
      if (!text) return '';
      return text[lang] || text[lang === 'vi' ? 'en' : 'vi'] || '';
    },
    [lang],
  );
}
