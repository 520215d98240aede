// The evidence hub's pages under /evidence, loaded as one chunk the first time one of them is opened
// (App.tsx hands every /evidence path here). Its styles come with it. Patterns are whole paths, as
// every link in the hub is.
import { Route, Switch } from 'wouter';
import { NotFoundPage } from '../../shared/layout/NotFoundPage';
import { decoded } from '../../shared/routing';
import { AreaMappingPage } from './AreaMappingPage';
import { ComparePage } from './ComparePage';
import { ImportPage } from './ImportPage';
import { ProfilePage } from './ProfilePage';
import { RankingPage } from './RankingPage';
import './evidence.css';
import './evidence-pages.css';
import './area-mapping.css';

export function EvidenceRoutes() {
  return (
    <Switch>
      <Route path="/evidence" component={RankingPage} />
      <Route path="/evidence/compare" component={ComparePage} />
      <Route path="/evidence/import" component={ImportPage} />
      <Route path="/evidence/mapping" component={AreaMappingPage} />
      {/* key: another province is a fresh page, never the previous one's figures for a moment. */}
      <Route path="/evidence/provinces/:code">{(raw) => decoded(raw, ({ code }) => <ProfilePage key={code} code={code} />)}</Route>
      <Route component={NotFoundPage} />
    </Switch>
  );
}
