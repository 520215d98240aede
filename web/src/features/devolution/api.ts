// Shapes of the devolution API (src/modules/devolution) as the space page reads them, from the generated
// shared/api/openapi.ts, and the paths it calls.
import type { Schema } from '../../shared/api/schema';

export type Comparison = Schema<'DevolutionComparison'>;
export type Scenarios = Schema<'DevolutionScenarios'>;
export type Scenario = Scenarios['scenarios'][number];

export const CRITERIA = ['subsidiarity', 'scale', 'spillover', 'capacity', 'accountability'] as const;

const enc = encodeURIComponent;
const base = (spaceId: string) => `/api/spaces/${enc(spaceId)}/devolution`;
export const paths = {
  comparison: (spaceId: string) => `${base(spaceId)}/comparison`,
  scenarios: (spaceId: string) => `${base(spaceId)}/scenarios`,
  report: (spaceId: string, scenarioId: string) => `${base(spaceId)}/scenarios/${enc(scenarioId)}/report.docx`,
};

/** Names carry English only where it was given; the page falls back to the Vietnamese. */
export const localized = (text: { vi: string; en: string | null }) => ({ vi: text.vi, en: text.en ?? '' });
