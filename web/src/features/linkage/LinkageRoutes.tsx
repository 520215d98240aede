// The region's pages under /linkage/:spaceId/…, loaded on first visit (App.tsx imports this file lazily).
// Every page stands in the region's shell (name, tabs, the caller's standing); patterns are whole paths.
import { Route, Switch } from 'wouter';
import { NotFoundPage } from '../../shared/layout/NotFoundPage';
import { decoded } from '../../shared/routing';
import { AgreementPage } from './AgreementPage';
import { IntentsPage } from './IntentsPage';
import { NetworkPage } from './NetworkPage';
import { OverviewPage } from './OverviewPage';
import { ProjectsPage } from './ProjectsPage';
import { RegionShell } from './RegionShell';
import { SuggestionsPage } from './SuggestionsPage';

export function LinkageRoutes() {
  return (
    <Switch>
      <Route path="/linkage/:spaceId">{(raw) => decoded(raw, ({ spaceId }) => <RegionShell key={spaceId} spaceId={spaceId} tab="" page={(r) => <OverviewPage region={r} />} />)}</Route>
      <Route path="/linkage/:spaceId/intents">{(raw) => decoded(raw, ({ spaceId }) => <RegionShell key={spaceId} spaceId={spaceId} tab="intents" page={(r) => <IntentsPage region={r} />} />)}</Route>
      <Route path="/linkage/:spaceId/suggestions">
        {(raw) => decoded(raw, ({ spaceId }) => <RegionShell key={spaceId} spaceId={spaceId} tab="suggestions" page={(r) => <SuggestionsPage region={r} />} />)}
      </Route>
      <Route path="/linkage/:spaceId/projects">{(raw) => decoded(raw, ({ spaceId }) => <RegionShell key={spaceId} spaceId={spaceId} tab="projects" page={(r) => <ProjectsPage region={r} />} />)}</Route>
      <Route path="/linkage/:spaceId/network">{(raw) => decoded(raw, ({ spaceId }) => <RegionShell key={spaceId} spaceId={spaceId} tab="network" page={(r) => <NetworkPage region={r} />} />)}</Route>
      <Route path="/linkage/:spaceId/agreements/:agreementId">
        {(raw) => decoded(raw, ({ spaceId, agreementId }) => <RegionShell key={`${spaceId}/${agreementId}`} spaceId={spaceId} tab={null} page={(r) => <AgreementPage region={r} agreementId={agreementId} />} />)}
      </Route>
      <Route component={NotFoundPage} />
    </Switch>
  );
}
