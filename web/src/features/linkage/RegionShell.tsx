// What every page of a region stands in: the way back to the space, the region's name, the tabs, and a
// line saying what the caller may change (a coordinator everything, an official their locality's offers,
// needs, commitments and reports, anyone else reads). The page itself gets the region as the server sent it.
import { useRef, useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import type { SpaceDetail } from '../../shared/api/types';
import { useApi } from '../../shared/api/useApi';
import { usePick, useT } from '../../shared/i18n/i18n';
import { IllustrativeBadge } from '../../shared/layout/Badges';
import { ErrorNote, Loading } from '../../shared/layout/Status';
import { paths, type Region } from './api';
import './linkage.css';

/** The region with its space's title; `reload` asks the server again (the page stays while it answers). */
export type RegionView = Region & { spaceTitle: { vi: string; en: string }; illustrative: boolean; reload: () => void };
type Tab = '' | 'intents' | 'suggestions' | 'projects' | 'network';
const TABS: Tab[] = ['', 'intents', 'suggestions', 'projects', 'network'];

export function RegionShell({ spaceId, tab, page }: { spaceId: string; tab: Tab | null; page: (region: RegionView) => ReactNode }) {
  const t = useT();
  const pick = usePick();
  const space = useApi<{ space: SpaceDetail }>(paths.space(spaceId));
  const [version, setVersion] = useState(0);
  const region = useApi<Region>(paths.region(spaceId), version);
  const last = useRef<Region | null>(null);
  if (region.status === 'done') last.current = region.data;
  const failed = space.status === 'error' ? space : region.status === 'error' ? region : null;
  if (failed) return <ErrorNote error={failed.error} onRetry={failed.retry} />;
  if (space.status !== 'done' || !last.current) return <Loading />;
  const view: RegionView = { ...last.current, spaceTitle: space.data.space.title, illustrative: space.data.space.illustrative, reload: () => setVersion((v) => v + 1) };
  return (
    <>
      <nav className="crumbs" aria-label={t('app.breadcrumb')}>
        <Link to={`/spaces/${encodeURIComponent(spaceId)}`}>← {pick(view.spaceTitle)}</Link>
      </nav>
      <header className="page-head lk-head">
        <p className="page-head__tags">
          <span className="tag">{t('linkage.section.title')}</span>
          {view.illustrative && <IllustrativeBadge />}
        </p>
        <h1 data-testid="linkage-title">{pick(view.spaceTitle)}</h1>
        <StandingLine region={view} />
      </header>
      <nav className="lk-tabs" aria-label={t('linkage.tabs.label')}>
        {TABS.map((k) => (
          <Link key={k || 'overview'} to={paths.page(spaceId, k)} className={k === tab ? 'lk-tab lk-tab--on' : 'lk-tab'} aria-current={k === tab ? 'page' : undefined}>
            {t(`linkage.tab.${k || 'overview'}`)}
          </Link>
        ))}
      </nav>
      {page(view)}
    </>
  );
}

function StandingLine({ region }: { region: RegionView }) {
  const t = useT();
  const { coordinate, editFor } = region.permissions;
  const names = region.localities.filter((l) => editFor.includes(l.id)).map((l) => l.name);
  const text = coordinate ? t('linkage.role.coordinator') : names.length ? t('linkage.role.official', { names: names.join(', ') }) : t('linkage.role.reader');
  return (
    <p className="note" data-testid="linkage-standing">
      {text}
    </p>
  );
}
