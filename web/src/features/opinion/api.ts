// Shapes of the opinion-mapping API (src/modules/opinion) as the staff app reads them, from the generated
// shared/api/openapi.ts, and the paths it calls (the public pages' and open data's addresses too).
import type { ApiBody, ApiResponse } from '../../shared/api/schema';

export type Conversation = ApiResponse<'/api/conversations/{id}', 'get'>;
export type Conversations = ApiResponse<'/api/spaces/{id}/conversations', 'get'>;
export type ConversationBody = ApiBody<'/api/spaces/{id}/conversations', 'post'>;
export type Statements = ApiResponse<'/api/conversations/{id}/statements', 'get'>;
export type Statement = Statements['statements'][number];
export type MapAnswer = ApiResponse<'/api/conversations/{id}/map', 'get'>;
export type StoredMap = NonNullable<MapAnswer['map']>;
export type Participation = ApiResponse<'/api/conversations/{id}/participation', 'get'>;
export type Decision = ApiBody<'/api/conversations/{id}/statements/{tid}/moderation', 'post'>['decision'];

const enc = encodeURIComponent;
const base = (id: string) => `/api/conversations/${enc(id)}`;
export const paths = {
  list: (spaceId: string) => `/api/spaces/${enc(spaceId)}/conversations`,
  page: (id: string) => `/conversations/${enc(id)}`,
  conversation: base,
  statements: (id: string, status?: Statement['status']) => `${base(id)}/statements${status ? `?status=${status}` : ''}`,
  moderation: (id: string, tid: number) => `${base(id)}/statements/${tid}/moderation`,
  map: (id: string) => `${base(id)}/map`,
  participation: (id: string) => `${base(id)}/participation`,
  status: (id: string, action: 'open' | 'close') => `${base(id)}/${action}`,
  word: (id: string) => `${base(id)}/report.docx`,
  exports: (id: string) => (['comments.csv', 'votes.csv', 'participants-votes.csv'] as const).map((file) => ({ file, href: `${base(id)}/export/${file}` })),
  publicPage: (id: string) => `/o/${enc(id)}`,
  publicReport: (id: string) => `/o/${enc(id)}/report`,
};

/** Names carry English only where it was given; the page falls back to the Vietnamese. */
export const localized = (text: { vi: string; en: string | null }) => ({ vi: text.vi, en: text.en ?? text.vi });
