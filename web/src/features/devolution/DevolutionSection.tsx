// On the page of a space of kind 'devolution': the scenarios compared with the current assignment
// (ComparisonSection: method, weights, ranking, sensitivity, each scenario's Word report), a chosen scenario's
// analysis (ScenarioAnalysis), the review of each unit's functions (ReviewPanel), the inventory edited on screen
// and in Excel (InventoryPanel) and the facilitator's scenario builder (coordinators).
import { useEffect, useState } from 'react';
import { useApi } from '../../shared/api/useApi';
import { useT } from '../../shared/i18n/i18n';
import { ErrorNote, Loading } from '../../shared/layout/Status';
import { paths, type DevolutionSpace, type Scenario, type Scenarios } from './api';
import { ComparisonSection } from './ComparisonSection';
import { InventoryPanel } from './InventoryPanel';
import { ReviewPanel } from './ReviewPanel';
import { ScenarioAnalysis } from './ScenarioAnalysis';
import { ScenarioBuilder } from './ScenarioBuilder';
import { useInventory } from './useInventory';

export function DevolutionSection({ spaceId }: { spaceId: string }) {
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((v) => v + 1);
  const space = useApi<DevolutionSpace>(paths.space(spaceId));
  // notes, sign-offs and scenarios leave the inventory as it is: it loads again only after an edit or an import
  const inventory = useInventory(spaceId);
  const edited = () => { inventory.reload(); changed(); };
  const [scenarios, scenarioList] = useScenarios(spaceId, version);
  const work = () => {
    if (space.status === 'error') return <ErrorNote error={space.error} onRetry={space.retry} />;
    if (inventory.error) return <ErrorNote error={inventory.error.error} onRetry={inventory.error.retry} />;
    if (!scenarios && scenarioList.status === 'error') return <ErrorNote error={scenarioList.error} onRetry={scenarioList.retry} />;
    if (space.status !== 'done' || !inventory.activities || !scenarios) return <Loading />;
    const activities = inventory.activities;
    return (
      <>
        {scenarios.length > 0 && <ScenarioAnalysis spaceId={spaceId} space={space.data} activities={activities} scenarios={scenarios} version={version} />}
        <ReviewPanel spaceId={spaceId} space={space.data} activities={activities} onChange={changed} version={version} />
        <InventoryPanel spaceId={spaceId} space={space.data} activities={activities} onChange={edited} />
        {space.data.permissions.coordinate && <ScenarioBuilder spaceId={spaceId} space={space.data} activities={activities} scenarios={scenarios} onSaved={changed} />}
      </>
    );
  };
  return (
    <>
      <InPage coordinate={space.status === 'done' && space.data.permissions.coordinate} analysis={(scenarios?.length ?? 0) > 0} />
      <ComparisonSection spaceId={spaceId} version={version} scenarios={scenarios} />
      {work()}
    </>
  );
}

/** Links to the page's parts, in their order: the page is long, and an official usually wants one part. */
function InPage({ coordinate, analysis }: { coordinate: boolean; analysis: boolean }) {
  const t = useT();
  const parts: [string, string][] = [
    ['devolution-heading', t('devolution.section.title')],
    ...(analysis ? [['devolution-analysis-heading', t('devolution.analysis.title')] as [string, string]] : []),
    ['devolution-review-heading', t('devolution.review.title')],
    ['devolution-inventory-heading', t('devolution.inventory.title')],
    ...(coordinate ? [['devolution-builder-heading', t('devolution.builder.title')] as [string, string]] : []),
  ];
  return (
    <nav className="dv-in-page" aria-label={t('devolution.inPage')} data-testid="devolution-in-page">
      {parts.map(([id, label]) => (
        <a key={id} href={`#${id}`}>{label}</a>
      ))}
    </nav>
  );
}

/** The scenarios, the last list loaded kept while a newer one loads (the builder keeps its state meanwhile). */
function useScenarios(spaceId: string, version: number) {
  const list = useApi<Scenarios>(paths.scenarios(spaceId), version);
  const [known, setKnown] = useState<Scenario[] | null>(null);
  const loaded = list.status === 'done' ? list.data.scenarios : null;
  useEffect(() => { if (loaded) setKnown(loaded); }, [loaded]);
  return [known, list] as const;
}
