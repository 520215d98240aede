// The plan pages under /plans/…, loaded on first visit (App.tsx imports this file lazily). Patterns are
// whole paths, as every link to a plan page is.
import { Route, Switch } from 'wouter';
import { NotFoundPage } from '../../shared/layout/NotFoundPage';
import { decoded } from '../../shared/routing';
import { ActionPage } from './ActionPage';
import { PlanPage } from './PlanPage';
import { ScorecardsPage } from './ScorecardsPage';

export function PlanRoutes() {
  return (
    <Switch>
      <Route path="/plans/:id/actions/:actionId">
        {(raw) => decoded(raw, ({ id, actionId }) => <ActionPage key={`${id}/${actionId}`} planId={id} actionId={actionId} />)}
      </Route>
      <Route path="/plans/:id/scorecards">{(raw) => decoded(raw, ({ id }) => <ScorecardsPage key={id} id={id} />)}</Route>
      <Route path="/plans/:id">{(raw) => decoded(raw, ({ id }) => <PlanPage key={id} id={id} />)}</Route>
      <Route component={NotFoundPage} />
    </Switch>
  );
}
