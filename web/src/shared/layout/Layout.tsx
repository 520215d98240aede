// Page frame: skip link, header, and the main region that receives focus after each navigation
// so keyboard and screen-reader users start at the new content rather than the old link.
import { useEffect, useRef, type ReactNode } from 'react';
import type { Me } from '../api/types';
import { useT } from '../i18n/i18n';
import { Header } from './Header';

export function Layout({ me, path, children }: { me: Me | null; path: string; children: ReactNode }) {
  const t = useT();
  const main = useRef<HTMLElement>(null);
  const shownPath = useRef(path);

  useEffect(() => {
    // The first page load keeps the browser's own focus and scroll position.
    if (path === shownPath.current) return;
    shownPath.current = path;
    window.scrollTo(0, 0);
    main.current?.focus({ preventScroll: true });
  }, [path]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <Header me={me} />
      <main id="main" ref={main} tabIndex={-1} className="page">
        {children}
      </main>
    </>
  );
}
