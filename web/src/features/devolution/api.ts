// Shapes of the devolution API (src/modules/devolution) as the staff app reads them, from the generated
// shared/api/openapi.ts, and the paths it calls.
import type { ApiBody, ApiResponse, Schema } from '../../shared/api/schema';

export type Comparison = Schema<'DevolutionComparison'>;
export type Scenarios = Schema<'DevolutionScenarios'>;
export type Scenario = Scenarios['scenarios'][number];
export type DevolutionSpace = ApiResponse<'/api/spaces/{id}/devolution', 'get'>;
export type Activities = ApiResponse<'/api/spaces/{id}/devolution/activities', 'get'>;
export type Activity = Activities['activities'][number];
export type Reviews = ApiResponse<'/api/spaces/{id}/devolution/reviews', 'get'>;
export type Notes = ApiResponse<'/api/spaces/{id}/devolution/reviews/{unit}/notes', 'get'>;
export type NoteBody = ApiBody<'/api/spaces/{id}/devolution/reviews/{unit}/notes', 'post'>;
export type ScenarioBody = ApiBody<'/api/spaces/{id}/devolution/scenarios', 'post'>;
export type ScenarioAnalysis = ApiResponse<'/api/spaces/{id}/devolution/scenarios/{scenarioId}', 'get'>;
export type ScenarioMove = Scenario['moves'][number];
export type ActivityBody = ApiBody<'/api/spaces/{id}/devolution/activities', 'post'>;
export type InventoryImport = ApiResponse<'/api/spaces/{id}/devolution/inventory.xlsx', 'post'>;

export const CRITERIA = ['subsidiarity', 'scale', 'spillover', 'capacity', 'accountability'] as const;

const enc = encodeURIComponent;
const base = (spaceId: string) => `/api/spaces/${enc(spaceId)}/devolution`;
export const paths = {
  space: (spaceId: string) => base(spaceId),
  activities: (spaceId: string) => `${base(spaceId)}/activities`,
  activity: (spaceId: string, code: string) => `${base(spaceId)}/activities/${enc(code)}`,
  inventory: (spaceId: string) => `${base(spaceId)}/inventory.xlsx`,
  inventoryImport: (spaceId: string, file: string) => `${base(spaceId)}/inventory.xlsx?name=${enc(file)}`,
  reviews: (spaceId: string) => `${base(spaceId)}/reviews`,
  notes: (spaceId: string, unit: string) => `${base(spaceId)}/reviews/${enc(unit)}/notes`,
  signOff: (spaceId: string, unit: string) => `${base(spaceId)}/reviews/${enc(unit)}/sign-off`,
  comparison: (spaceId: string, query = '') => `${base(spaceId)}/comparison${query}`,
  scenarios: (spaceId: string) => `${base(spaceId)}/scenarios`,
  scenario: (spaceId: string, scenarioId: string) => `${base(spaceId)}/scenarios/${enc(scenarioId)}`,
  /** The Word report, in English when the page is (the server's ?lang=en). */
  report: (spaceId: string, scenarioId: string, lang: 'vi' | 'en' = 'vi') => `${base(spaceId)}/scenarios/${enc(scenarioId)}/report.docx${lang === 'en' ? '?lang=en' : ''}`,
};

/** Names carry English only where it was given; the page falls back to the Vietnamese. */
export const localized = (text: { vi: string; en: string | null }) => ({ vi: text.vi, en: text.en ?? text.vi });
