// Keeps the user on the right side of the sign-in: no session → /login?next=<where they were>; a session
// on /login → back to next, or /. Both replace the address, so Back does not return to a page that only
// redirects; leaving on purpose (sign-out) pushes /login with no next.
import { useEffect } from 'react';
import { useLocation, useRoute, useSearch } from 'wouter';
import type { SessionState } from './session';

// Only same-site paths may be a redirect target, so a crafted ?next= cannot send a user elsewhere;
// /login itself would loop, so it means the start page.
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next.startsWith('/login') ? '/' : next;
}

export function useSignInRedirect(state: SessionState): { onLogin: boolean } {
  const [path, navigate] = useLocation();
  const search = useSearch();
  const [onLogin] = useRoute('/login');
  const url = search ? `${path}?${search}` : path;
  const next = new URLSearchParams(search).get('next');

  useEffect(() => {
    if (state.status === 'signed-out' && !onLogin) {
      const back = url === '/' || state.afterLogout ? '' : `?next=${encodeURIComponent(url)}`;
      navigate(`/login${back}`, { replace: !state.afterLogout });
    } else if (state.status === 'signed-in' && onLogin) {
      navigate(safeNext(next), { replace: true });
    }
  }, [state, onLogin, url, next, navigate]);
  return { onLogin };
}
