// Picks the page for the current path and keeps the user on the right side of the sign-in:
// no session → /login?next=<where they were>; a session on /login → back to next, or /.
// The projector view is the one page drawn without the header: it fills a hall's screen.
// Consultation pages load on first visit, so signing in and browsing spaces never waits for them.
import { lazy, Suspense, useEffect } from 'react';
import { ErrorNote, Loading } from '../shared/layout/Status';
import { Layout } from '../shared/layout/Layout';
import { LoginPage } from '../features/accounts/LoginPage';
import { NotFoundPage } from '../shared/layout/NotFoundPage';
import { SpaceDetailPage } from '../features/spaces/SpaceDetailPage';
import { SpacesPage } from '../features/spaces/SpacesPage';
import { SpaceEvidenceLink } from '../features/indicators/SpaceEvidenceLink';
import { matchPath, navigate, safeNext, useLocation } from './router';
import { useSession } from '../features/accounts/session';

const ConsultationPage = lazy(() => import('../features/consultations/ConsultationPage').then((m) => ({ default: m.ConsultationPage })));
const ConsultationCreatePage = lazy(() => import('../features/consultations/ConsultationCreatePage').then((m) => ({ default: m.ConsultationCreatePage })));
const ProjectorPage = lazy(() => import('../features/consultations/ProjectorPage').then((m) => ({ default: m.ProjectorPage })));
const PaperPage = lazy(() => import('../features/consultations/paper/PaperPage').then((m) => ({ default: m.PaperPage })));
const ExercisePage = lazy(() => import('../features/priorities/ExercisePage').then((m) => ({ default: m.ExercisePage })));
const EvidenceRoutes = lazy(() => import('../features/indicators/EvidenceRoutes').then((m) => ({ default: m.EvidenceRoutes })));
const PlanRoutes = lazy(() => import('../features/plans/PlanRoutes').then((m) => ({ default: m.PlanRoutes })));

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
  const projector = matchPath('/consultations/:id/projector', path);
  if (projector && me) {
    return (
      <Suspense fallback={<Loading />}>
        <ProjectorPage key={projector.id} id={projector.id} />
      </Suspense>
    );
  }
  return (
    <Layout me={me} path={path}>
      {state.status === 'error' ? (
        <ErrorNote error={state.error} onRetry={reload} />
      ) : state.status === 'signed-out' && onLogin ? (
        <LoginPage />
      ) : state.status === 'signed-in' && !onLogin ? (
        <Suspense fallback={<Loading />}>
          <SignedInPage path={path} />
        </Suspense>
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
  if (space) return <><SpaceDetailPage key={space.id} id={space.id} /><SpaceEvidenceLink key={`evidence-${space.id}`} spaceId={space.id} /></>;
  if (path === '/evidence' || path.startsWith('/evidence/')) return <EvidenceRoutes path={path} />;
  if (path.startsWith('/plans/')) return <PlanRoutes path={path} />;
  const exercise = matchPath('/priorities/:id', path);
  if (exercise) return <ExercisePage key={exercise.id} id={exercise.id} />;
  const create = matchPath('/spaces/:id/consultations/new', path);
  if (create) return <ConsultationCreatePage key={create.id} spaceId={create.id} />;
  const consultation = matchPath('/consultations/:id', path);
  if (consultation) return <ConsultationPage key={consultation.id} id={consultation.id} />;
  const paper = matchPath('/consultations/:id/paper', path) ?? matchPath('/consultations/:id/paper/:key', path);
  if (paper) return <PaperPage key={`${paper.id}/${paper.key ?? ''}`} id={paper.id} batchKey={paper.key ?? null} />;
  return <NotFoundPage />;
}
