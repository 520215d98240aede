// The evidence hub's pages under /evidence, loaded as one chunk the first time one of them is opened
// (App.tsx hands every /evidence path here). Its styles come with it.
import { matchPath } from '../../app/router';
import { NotFoundPage } from '../../shared/layout/NotFoundPage';
import { AreaMappingPage } from './AreaMappingPage';
import { ComparePage } from './ComparePage';
import { ImportPage } from './ImportPage';
import { ProfilePage } from './ProfilePage';
import { RankingPage } from './RankingPage';
import './evidence.css';
import './evidence-pages.css';
import './area-mapping.css';

export function EvidenceRoutes({ path }: { path: string }) {
  if (path === '/evidence') return <RankingPage />;
  if (path === '/evidence/compare') return <ComparePage />;
  if (path === '/evidence/import') return <ImportPage />;
  if (path === '/evidence/mapping') return <AreaMappingPage />;
  const province = matchPath('/evidence/provinces/:code', path);
  // key: another province is a fresh page, never the previous one's figures for a moment.
  if (province) return <ProfilePage key={province.code} code={province.code} />;
  return <NotFoundPage />;
}
