// Picks the page for the current address (wouter's <Switch>, first match wins) and keeps the user on the
// right side of the sign-in (features/accounts/signInRedirect.ts).
// The projector view and a forum's hall and point screens are drawn without the header: they fill a hall's screen.
// Consultation, evidence, priority, plan and forum pages load on first visit, so signing in and browsing
// spaces never waits for them; /evidence/…, /plans/… and /linkage/… pick their own page from their own table.
import { lazy, Suspense } from 'react';
import { Route, Switch, useLocation, useRoute } from 'wouter';
import { ErrorNote, Loading } from '../shared/layout/Status';
import { Layout } from '../shared/layout/Layout';
import { LoginPage } from '../features/accounts/LoginPage';
import { NotFoundPage } from '../shared/layout/NotFoundPage';
import { SpaceDetailPage } from '../features/spaces/SpaceDetailPage';
import { SpacesPage } from '../features/spaces/SpacesPage';
import { SpaceEvidenceLink } from '../features/indicators/SpaceEvidenceLink';
import { useSession } from '../features/accounts/session';
import { useSignInRedirect } from '../features/accounts/signInRedirect';
import { decoded } from '../shared/routing';

const ConsultationPage = lazy(() => import('../features/consultations/ConsultationPage').then((m) => ({ default: m.ConsultationPage })));
const ConsultationCreatePage = lazy(() => import('../features/consultations/ConsultationCreatePage').then((m) => ({ default: m.ConsultationCreatePage })));
const ProjectorPage = lazy(() => import('../features/consultations/ProjectorPage').then((m) => ({ default: m.ProjectorPage })));
const PaperPage = lazy(() => import('../features/consultations/paper/PaperPage').then((m) => ({ default: m.PaperPage })));
const ExercisePage = lazy(() => import('../features/priorities/ExercisePage').then((m) => ({ default: m.ExercisePage })));
const EvidenceRoutes = lazy(() => import('../features/indicators/EvidenceRoutes').then((m) => ({ default: m.EvidenceRoutes })));
const ForumPage = lazy(() => import('../features/forums/ForumPage').then((m) => ({ default: m.ForumPage })));
const ScreenPage = lazy(() => import('../features/forums/screens/ScreenPage').then((m) => ({ default: m.ScreenPage })));
const ModeratePage = lazy(() => import('../features/forums/screens/ModeratePage').then((m) => ({ default: m.ModeratePage })));
const LinkageRoutes = lazy(() => import('../features/linkage/LinkageRoutes').then((m) => ({ default: m.LinkageRoutes })));
const ConversationPage = lazy(() => import('../features/opinion/ConversationPage').then((m) => ({ default: m.ConversationPage })));
const PlanRoutes = lazy(() => import('../features/plans/PlanRoutes').then((m) => ({ default: m.PlanRoutes })));

export function App() {
  const [path] = useLocation();
  const { state, reload } = useSession();
  const { onLogin } = useSignInRedirect(state);
  const [onProjector, projector] = useRoute('/consultations/:id/projector');
  const [, hallScreen] = useRoute('/forums/:id/screen');
  const [, pointScreen] = useRoute('/forums/:id/points/:pointId/screen');
  const screen = pointScreen ?? (hallScreen && { ...hallScreen, pointId: undefined });

  const me = state.status === 'signed-in' ? state.me : null;
  if (onProjector && me) {
    return <Suspense fallback={<Loading />}>{decoded(projector, ({ id }) => <ProjectorPage key={id} id={id} />)}</Suspense>;
  }
  if (screen && me) {
    return <Suspense fallback={<Loading />}>{decoded(screen, ({ id, pointId }) => <ScreenPage key={`${id}/${pointId ?? ''}`} forumId={id} pointId={pointId ?? null} />)}</Suspense>;
  }
  return (
    <Layout me={me} path={path}>
      {state.status === 'error' ? (
        <ErrorNote error={state.error} onRetry={reload} />
      ) : state.status === 'signed-out' && onLogin ? (
        <LoginPage />
      ) : state.status === 'signed-in' && !onLogin ? (
        <Suspense fallback={<Loading />}>
          <SignedInPage />
        </Suspense>
      ) : (
        // Still asking /api/me, or about to redirect.
        <Loading />
      )}
    </Layout>
  );
}

// key per id: another space (consultation, exercise…) is a fresh page, never the previous one's data for a moment.
function SignedInPage() {
  return (
    <Switch>
      <Route path="/" component={SpacesPage} />
      <Route path="/spaces/:id">
        {(raw) => decoded(raw, ({ id }) => (
          <>
            <SpaceDetailPage key={id} id={id} />
            <SpaceEvidenceLink key={`evidence-${id}`} spaceId={id} />
          </>
        ))}
      </Route>
      <Route path="/evidence/*?" component={EvidenceRoutes} />
      <Route path="/plans/*" component={PlanRoutes} />
      <Route path="/linkage/*" component={LinkageRoutes} />
      <Route path="/forums/:id">{(raw) => decoded(raw, ({ id }) => <ForumPage key={id} id={id} />)}</Route>
      <Route path="/forums/:id/moderate">{(raw) => decoded(raw, ({ id }) => <ModeratePage key={id} forumId={id} />)}</Route>
      <Route path="/forums/:id/points/:pointId/moderate">
        {(raw) => decoded(raw, ({ id, pointId }) => <ModeratePage key={`${id}/${pointId}`} forumId={id} pointId={pointId} />)}
      </Route>
      <Route path="/conversations/:id">{(raw) => decoded(raw, ({ id }) => <ConversationPage key={id} id={id} />)}</Route>
      <Route path="/priorities/:id">{(raw) => decoded(raw, ({ id }) => <ExercisePage key={id} id={id} />)}</Route>
      <Route path="/spaces/:id/consultations/new">{(raw) => decoded(raw, ({ id }) => <ConsultationCreatePage key={id} spaceId={id} />)}</Route>
      <Route path="/consultations/:id">{(raw) => decoded(raw, ({ id }) => <ConsultationPage key={id} id={id} />)}</Route>
      <Route path="/consultations/:id/paper/:key?">
        {(raw) => decoded(raw, ({ id, key }) => <PaperPage key={`${id}/${key ?? ''}`} id={id} batchKey={key ?? null} />)}
      </Route>
      <Route component={NotFoundPage} />
    </Switch>
  );
}
