// A small History-API router. The server answers every non-/api path with index.html, so real
// paths such as /spaces/abc survive a reload without a hash.
import { useMemo, useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

// pushState fires no event of its own; navigate() announces itself with this one.
const NAVIGATED = 'doithoai:navigated';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATED, onChange);
  };
}

const currentUrl = () => window.location.pathname + window.location.search;

export function useLocation(): { path: string; url: string; query: URLSearchParams } {
  const url = useSyncExternalStore(subscribe, currentUrl);
  return useMemo(() => {
    const { pathname, searchParams } = new URL(url, window.location.origin);
    return { path: pathname.replace(/(.)\/+$/, '$1'), url, query: searchParams };
  }, [url]);
}

export function navigate(to: string, { replace = false } = {}): void {
  if (to === currentUrl()) return;
  if (replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATED));
}

// Matches '/spaces/:id' against a path; returns the decoded parameters, or null.
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    if (want[i].startsWith(':')) {
      if (!got[i]) return null;
      try {
        params[want[i].slice(1)] = decodeURIComponent(got[i]);
      } catch {
        return null; // a malformed %-escape is no page of ours
      }
    } else if (want[i] !== got[i]) return null;
  }
  return params;
}

// Only same-site paths may be a redirect target, so a crafted ?next= cannot send a user elsewhere.
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next.startsWith('/login') ? '/' : next;
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { to: string };

export function Link({ to, onClick, ...rest }: LinkProps) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    // Let the browser handle new-tab and download gestures itself.
    const modified = event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
    if (event.defaultPrevented || event.button !== 0 || modified || rest.target || rest.download) return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={handleClick} {...rest} />;
}
