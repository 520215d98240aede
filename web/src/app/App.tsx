// Picks the page for the current path and keeps the user on the right side of the sign-in:
// no session → /login?next=<where they were>; a session on /login → back to next, or /.
import { useEffect } from 'react';
import { ErrorNote, Loading } from '../components/Status';
import { Layout } from '../components/Layout';
import { LoginPage } from '../pages/LoginPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { SpaceDetailPage } from '../pages/SpaceDetailPage';
import { SpacesPage } from '../pages/SpacesPage';
import { matchPath, navigate, safeNext, useLocation } from './router';
import { useSession } from './session';

export function App() {
  const { path, url, query } = useLocation();
  const { state, reload } = useSession();
  const onLogin = path === '/login';
  const next = query.get('next');

  useEffect(() => {
    if (state.status === 'signed-out' && !onLogin) {
      const back = url === '/' || state.afterLogout ? '' : `?next=${encodeURIComponent(url)}`;
      navigate(`/login${back}`, { replace: !state.afterLogout });
    } else if (state.status === 'signed-in' && onLogin) {
      navigate(safeNext(next), { replace: true });
    }
  }, [state, onLogin, url, next]);

  const me = state.status === 'signed-in' ? state.me : null;
  return (
    <Layout me={me} path={path}>
      {state.status === 'error' ? (
        <ErrorNote error={state.error} onRetry={reload} />
      ) : state.status === 'signed-out' && onLogin ? (
        <LoginPage />
      ) : state.status === 'signed-in' && !onLogin ? (
        <SignedInPage path={path} />
      ) : (
        // Still asking /api/me, or about to redirect.
        <Loading />
      )}
    </Layout>
  );
}

function SignedInPage({ path }: { path: string }) {
  if (path === '/') return <SpacesPage />;
  const space = matchPath('/spaces/:id', path);
  // key: a different space is a fresh page, never the previous one's data for a moment.
  if (space) return <SpaceDetailPage key={space.id} id={space.id} />;
  return <NotFoundPage />;
}
