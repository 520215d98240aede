// Regional projects spanning several localities: each with its status, steering body, the agreement it
// carries out, its total cost and who bears which share (each locality, the central budget requested and
// granted, and what no one has taken yet). A locality's official sets their own locality's share; the
// server says which lines the caller may change (`editable`); a coordinator also sets the status and the central
// budget granted (ProjectSteer), and records a new project (ProjectForm).
import { useState } from 'react';
import { Link } from 'wouter';
import { useApi } from '../../shared/api/useApi';
import { usePick, useT } from '../../shared/i18n/i18n';
import { ErrorNote, Loading } from '../../shared/layout/Status';
import type { MessageKey } from '../../shared/i18n/vi';
import { localized, paths, type Project } from './api';
import { useSectorName } from './labels';
import { ProjectForm } from './ProjectForm';
import { ProjectShares } from './ProjectShares';
import { ProjectSteer } from './ProjectSteer';
import type { RegionView } from './RegionShell';

export function ProjectsPage({ region }: { region: RegionView }) {
  const t = useT();
  const [version, setVersion] = useState(0);
  const result = useApi<{ projects: Project[] }>(paths.projects(region.spaceId), version);
  return (
    <>
      <section className="panel" aria-labelledby="lk-projects">
        <h2 id="lk-projects">{t('linkage.projects.title')}</h2>
        <p className="muted">{t('linkage.projects.intro')}</p>
        {result.status === 'loading' && version === 0 && <Loading />}
        {result.status === 'error' && <ErrorNote error={result.error} onRetry={result.retry} />}
        {result.status === 'done' && result.data.projects.length === 0 && <p className="muted">{t('linkage.projects.empty')}</p>}
        {result.status === 'done' && (
          <ul className="lk-cards">
            {result.data.projects.map((p) => <ProjectCard key={p.id} region={region} project={p} onChange={() => setVersion((v) => v + 1)} />)}
          </ul>
        )}
      </section>
      {region.permissions.coordinate && <ProjectForm region={region} onAdded={() => setVersion((v) => v + 1)} />}
    </>
  );
}

function ProjectCard({ region, project: p, onChange }: { region: RegionView; project: Project; onChange: () => void }) {
  const t = useT();
  const pick = usePick();
  const sector = useSectorName(region);
  return (
    <li className="lk-card" data-testid="project">
      <p className="lk-card__head">
        <span className="tag" data-testid="project-status">{t(`linkage.projectStatus.${p.status}` as MessageKey)}</span> <strong>{pick(localized(p.name))}</strong>
      </p>
      <p className="muted lk-card__meta">
        <span>{sector(p.sector)}</span>
        <span>{p.localities.map((l) => l.name).join(', ')}</span>
        <span>{t('linkage.projects.steering', { name: pick(localized(p.steering)) })}</span>
        {p.agreement && <Link to={paths.agreementPage(region.spaceId, p.agreement.id)}>{pick(localized(p.agreement.title))}</Link>}
      </p>
      <ProjectShares spaceId={region.spaceId} project={p} onChange={onChange} />
      {p.editable && <ProjectSteer spaceId={region.spaceId} project={p} onChange={onChange} />}
      {p.illustrativeNote && <p className="note">{p.illustrativeNote}</p>}
    </li>
  );
}
