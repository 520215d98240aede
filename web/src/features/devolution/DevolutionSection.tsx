// On the page of a space of kind 'devolution': the review of each unit's functions (ReviewPanel), the
// facilitator's scenario builder (coordinators), and the scenarios compared with the current assignment
// (scores per criterion, the weighted sum, the rank) with each scenario's Word report to download.
import { useEffect, useState } from 'react';
import { useApi } from '../../shared/api/useApi';
import { usePick, useT } from '../../shared/i18n/i18n';
import { ErrorNote, Loading } from '../../shared/layout/Status';
import { paths, type Activities, type Comparison, type DevolutionSpace, type Scenario, type Scenarios } from './api';
import { ComparisonTable } from './ComparisonTable';
import { ReviewPanel } from './ReviewPanel';
import { ScenarioAnalysis } from './ScenarioAnalysis';
import { ScenarioBuilder } from './ScenarioBuilder';

export function DevolutionSection({ spaceId }: { spaceId: string }) {
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((v) => v + 1);
  const space = useApi<DevolutionSpace>(paths.space(spaceId));
  // notes, sign-offs and scenarios leave the inventory as it is: it loads once
  const activities = useApi<Activities>(paths.activities(spaceId));
  const scenarios = useScenarios(spaceId, version);
  const work = () => {
    if (space.status === 'error') return <ErrorNote error={space.error} onRetry={space.retry} />;
    if (activities.status === 'error') return <ErrorNote error={activities.error} onRetry={activities.retry} />;
    if (space.status !== 'done' || activities.status !== 'done' || !scenarios) return <Loading />;
    return (
      <>
        {scenarios.length > 0 && <ScenarioAnalysis spaceId={spaceId} space={space.data} activities={activities.data.activities} scenarios={scenarios} version={version} />}
        <ReviewPanel spaceId={spaceId} space={space.data} activities={activities.data.activities} onChange={changed} version={version} />
        {space.data.permissions.coordinate && <ScenarioBuilder spaceId={spaceId} space={space.data} activities={activities.data.activities} scenarios={scenarios} onSaved={changed} />}
      </>
    );
  };
  return (
    <>
      <ComparisonSection spaceId={spaceId} version={version} />
      {work()}
    </>
  );
}

/** The scenarios, the last list loaded kept while a newer one loads (the builder keeps its state meanwhile). */
function useScenarios(spaceId: string, version: number): Scenario[] | null {
  const list = useApi<Scenarios>(paths.scenarios(spaceId), version);
  const [known, setKnown] = useState<Scenario[] | null>(null);
  const loaded = list.status === 'done' ? list.data.scenarios : null;
  useEffect(() => { if (loaded) setKnown(loaded); }, [loaded]);
  return known;
}

function ComparisonSection({ spaceId, version }: { spaceId: string; version: number }) {
  const t = useT();
  const pick = usePick();
  const comparison = useApi<Comparison>(paths.comparison(spaceId), version);
  const scenarios = useApi<Scenarios>(paths.scenarios(spaceId), version);
  const body = () => {
    if (comparison.status === 'error') return <ErrorNote error={comparison.error} onRetry={comparison.retry} />;
    if (scenarios.status === 'error') return <ErrorNote error={scenarios.error} onRetry={scenarios.retry} />;
    if (comparison.status !== 'done' || scenarios.status !== 'done') return <Loading />;
    if (scenarios.data.scenarios.length === 0) return <p className="muted">{t('devolution.section.empty')}</p>;
    const top = comparison.data.alternatives.find((a) => a.key === comparison.data.ranking[0]?.[0]);
    return (
      <>
        {top && <p data-testid="devolution-top">{t('devolution.top', { name: pick({ vi: top.name.vi, en: top.name.en ?? top.name.vi }) })}</p>}
        <ComparisonTable spaceId={spaceId} comparison={comparison.data} scenarios={scenarios.data.scenarios} />
      </>
    );
  };
  return (
    <section className="panel" aria-labelledby="devolution-heading" data-testid="devolution-section">
      <h2 id="devolution-heading">{t('devolution.section.title')}</h2>
      <p className="muted">{t('devolution.section.intro')}</p>
      {body()}
    </section>
  );
}
