// /spaces/:id: what a space is for, its consultations, where it stands in its phases, and — for
// those allowed — who takes part in it.
import type { SpaceDetail, SpacePermissions } from '../../shared/api/types';
import { useApi } from '../../shared/api/useApi';
import { Link } from 'wouter';
import { IllustrativeBadge, KindTag } from '../../shared/layout/Badges';
import { LocalityAndPhaseFacts } from './SpaceFacts';
import { ConsultationsSection } from '../consultations/ConsultationsSection';
import { MembersSection } from './MembersSection';
import { PhaseTimeline } from './PhaseTimeline';
import { ErrorNote, Loading } from '../../shared/layout/Status';
import { PrioritiesSection } from '../priorities/PrioritiesSection';
import { PlansSection } from '../plans/PlansSection';
import { ForumsSection } from '../forums/ForumsSection';
import { LinkageSection } from '../linkage/LinkageSection';
import { DevolutionSection } from '../devolution/DevolutionSection';
import { OpinionSection } from '../opinion/OpinionSection';
import { labelOf, usePick, useT } from '../../shared/i18n/i18n';
import './spaces.css';

export function SpaceDetailPage({ id }: { id: string }) {
  const t = useT();
  const pick = usePick();
  const result = useApi<{ space: SpaceDetail; permissions: SpacePermissions }>(`/api/spaces/${encodeURIComponent(id)}`);

  const back = (
    <nav className="crumbs" aria-label={t('app.breadcrumb')}>
      <Link to="/">← {t('space.back')}</Link>
    </nav>
  );
  if (result.status === 'loading') return <>{back}<Loading /></>;
  if (result.status === 'error') return <>{back}<ErrorNote error={result.error} onRetry={result.retry} /></>;

  const { space, permissions } = result.data;
  // Authors separate paragraphs with blank lines; single line breaks are kept by CSS.
  const paragraphs = pick(space.description).split(/\n\s*\n/).filter((p) => p.trim());

  return (
    <>
      {back}
      <header className="page-head">
        <p className="page-head__tags">
          <KindTag kind={space.kind} />
          {space.illustrative && <IllustrativeBadge testId="illustrative-badge" />}
        </p>
        <h1 data-testid="space-title">{pick(space.title)}</h1>
        {pick(space.summary) && <p className="lead">{pick(space.summary)}</p>}
        {space.illustrative && <p className="note">{t('space.illustrativeHint')}</p>}
      </header>

      <div className="detail">
        <div className="detail__main">
          {space.kind === 'linkage' && <LinkageSection spaceId={space.id} />}
          {space.kind === 'devolution' && <DevolutionSection spaceId={space.id} />}
          <ConsultationsSection spaceId={space.id} canCreate={permissions.update} />
          <PrioritiesSection spaceId={space.id} canCreate={permissions.update} localityCode={space.locality?.code ?? null} always={space.kind === 'priority-setting'} />
          <PlansSection space={space} />
          <ForumsSection spaceId={space.id} canCreate={permissions.update} />
          <OpinionSection spaceId={space.id} canCreate={permissions.update} />
          {paragraphs.length > 0 && (
            <section className="panel" aria-labelledby="description-heading">
              <h2 id="description-heading">{t('space.description')}</h2>
              <div className="prose">
                {paragraphs.map((text, i) => (
                  <p key={i}>{text}</p>
                ))}
              </div>
            </section>
          )}
          <section className="panel" aria-labelledby="phases-heading">
            <h2 id="phases-heading">{t('space.phases')}</h2>
            <PhaseTimeline phases={space.phases} />
          </section>
        </div>

        <aside className="panel detail__facts" aria-label={t('space.facts')}>
          <dl className="facts">
            <div>
              <dt>{t('space.kind')}</dt>
              <dd>{labelOf(t, 'kind', space.kind)}</dd>
            </div>
            <LocalityAndPhaseFacts space={space} />
            <div>
              <dt>{t('space.visibility')}</dt>
              <dd>{labelOf(t, 'visibility', space.visibility)}</dd>
            </div>
            <div>
              <dt>{t('space.myRole')}</dt>
              <dd>{space.myRole ? labelOf(t, 'role', space.myRole) : t('space.noRole')}</dd>
            </div>
          </dl>
        </aside>
      </div>

      {permissions.readMembers && <MembersSection spaceId={space.id} />}
    </>
  );
}
