// The plan pages under /plans/…, loaded on first visit (App.tsx imports this file lazily).
import { matchPath } from '../../app/router';
import { NotFoundPage } from '../../shared/layout/NotFoundPage';
import { ActionPage } from './ActionPage';
import { PlanPage } from './PlanPage';
import { ScorecardsPage } from './ScorecardsPage';

export function PlanRoutes({ path }: { path: string }) {
  const action = matchPath('/plans/:id/actions/:actionId', path);
  if (action) return <ActionPage key={`${action.id}/${action.actionId}`} planId={action.id} actionId={action.actionId} />;
  const cards = matchPath('/plans/:id/scorecards', path);
  if (cards) return <ScorecardsPage key={cards.id} id={cards.id} />;
  const plan = matchPath('/plans/:id', path);
  if (plan) return <PlanPage key={plan.id} id={plan.id} />;
  return <NotFoundPage />;
}
