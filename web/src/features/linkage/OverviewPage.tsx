// A region's home: its member localities read across the 2025 merger with their officials, paper to
// practice per province in force today, and its agreements.
import { AgreementsPanel } from './AgreementsPanel';
import { LocalitiesPanel } from './LocalitiesPanel';
import { ProvincePracticePanel } from './ProvincePracticePanel';
import type { RegionView } from './RegionShell';

export function OverviewPage({ region }: { region: RegionView }) {
  return (
    <>
      <AgreementsPanel region={region} />
      <ProvincePracticePanel spaceId={region.spaceId} />
      <LocalitiesPanel region={region} />
    </>
  );
}
