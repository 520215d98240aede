// A consultation like the association's cluster conferences: pick 2–3 of six recommendations.
import type { App } from '../../src/modules/module';
import { adminHeaders } from './app';

export const recommendationKeys = ['r1', 'r2', 'r3', 'r4', 'r5', 'r6'];

export function clusterConferenceSpec(overrides: Record<string, unknown> = {}) {
  return {
    title: { vi: 'Hội nghị cụm: khuyến nghị ưu tiên', en: 'Cluster conference: priority recommendations' },
    options: recommendationKeys.map((key, i) => ({ key, title: { vi: `Khuyến nghị ${i + 1}`, en: `Recommendation ${i + 1}` } })),
    ballot: { type: 'approval', min: 2, max: 3 },
    groups: [],
    clusters: [
      { key: 'dong-bac', title: { vi: 'Cụm Đông Bắc', en: 'North-East' } },
      { key: 'tay-nam-bo', title: { vi: 'Cụm Tây Nam Bộ', en: 'South-West' } },
    ],
    access: 'invite',
    ...overrides,
  };
}

/** Creates and opens a consultation; returns its id and `count` invitation tokens of one cluster. */
export async function openConsultation(app: App, spec: object, invite: { count: number; cluster?: string; group?: string }) {
  const created = await app.inject({ method: 'POST', url: '/api/consultations', headers: adminHeaders, payload: spec });
  if (created.statusCode !== 201) throw new Error(`create failed: ${created.body}`);
  const id = created.json().id as string;
  const inv = await app.inject({ method: 'POST', url: `/api/consultations/${id}/invitations`, headers: adminHeaders, payload: invite });
  await app.inject({ method: 'POST', url: `/api/consultations/${id}/open`, headers: adminHeaders });
  return { id, tokens: inv.json().tokens as string[] };
}

export const castBallot = (app: App, id: string, payload: unknown) =>
  app.inject({ method: 'POST', url: `/api/consultations/${id}/ballots`, payload: payload as object });
