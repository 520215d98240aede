// Shapes of the linkage API (src/modules/linkage) as the region's staff pages read them, from the generated
// shared/api/openapi.ts, and the paths they call.
import type { ApiBody, Schema } from '../../shared/api/schema';
import { vietnamDay } from '../../../../src/core/plans/dates';

export type Region = Schema<'LinkageRegion'>;
export type Locality = Region['localities'][number];
export type Intent = Schema<'LinkageIntent'>;
export type Agreement = Schema<'LinkageAgreement'>;
export type Commitment = Schema<'LinkageCommitment'>;
export type Practice = Schema<'LinkagePractice'>;
export type ProvincePractice = Schema<'LinkageProvincePractice'>;
export type Suggestions = Schema<'LinkageSuggestions'>;
export type Exchange = Suggestions['exchanges'][number];
export type PracticeOverTime = Schema<'LinkagePracticeOverTime'>;
export type Stage = Commitment['stage'];
export type IntentBody = ApiBody<'/api/spaces/{id}/linkage/intents', 'post'>;
export type AgreementBody = ApiBody<'/api/spaces/{id}/linkage/agreements', 'post'>;
export type IntentImport = Schema<'LinkageIntentImport'>;
export type Project = Schema<'LinkageProject'>;
export type ProjectBody = ApiBody<'/api/spaces/{id}/linkage/projects', 'post'>;
export type CommitmentBody = ApiBody<'/api/spaces/{id}/linkage/agreements/{agreementId}/commitments', 'post'>;

/** Linkage texts carry English only where it was given; pages fall back to the Vietnamese. */
export const localized = (text: { vi: string; en: string | null }) => ({ vi: text.vi, en: text.en ?? '' });

/** Today in Viet Nam, as the server counts days (dates of new agreements, commitments and reports). */
export const today = () => vietnamDay(new Date());

const enc = encodeURIComponent;
const base = (spaceId: string) => `/api/spaces/${enc(spaceId)}/linkage`;
export const paths = {
  space: (spaceId: string) => `/api/spaces/${enc(spaceId)}`,
  region: base,
  members: (spaceId: string) => `/api/spaces/${enc(spaceId)}/members`,
  official: (spaceId: string, userId: string) => `${base(spaceId)}/officials/${enc(userId)}`,
  intents: (spaceId: string) => `${base(spaceId)}/intents`,
  intent: (spaceId: string, id: string) => `${base(spaceId)}/intents/${enc(id)}`,
  intentsFile: (spaceId: string, file: 'export' | 'template') => `${base(spaceId)}/intents/${file}.xlsx`,
  intentsImport: (spaceId: string, name: string) => `${base(spaceId)}/intents/import?name=${enc(name)}`,
  suggestions: (spaceId: string, maxCycle: 2 | 3) => `${base(spaceId)}/suggestions?maxCycle=${maxCycle}`,
  practice: (spaceId: string) => `${base(spaceId)}/practice`,
  projects: (spaceId: string) => `${base(spaceId)}/projects`,
  project: (spaceId: string, id: string) => `${base(spaceId)}/projects/${enc(id)}`,
  projectShare: (spaceId: string, id: string, localityId: string) => `${base(spaceId)}/projects/${enc(id)}/cost-shares/${enc(localityId)}`,
  agreements: (spaceId: string) => `${base(spaceId)}/agreements`,
  agreement: (spaceId: string, id: string) => `${base(spaceId)}/agreements/${enc(id)}`,
  agreementPractice: (spaceId: string, id: string) => `${base(spaceId)}/agreements/${enc(id)}/practice`,
  agreementDocument: (spaceId: string, id: string) => `${base(spaceId)}/agreements/${enc(id)}/document`,
  agreementReport: (spaceId: string, id: string, lang: 'vi' | 'en') => `${base(spaceId)}/agreements/${enc(id)}/report.docx${lang === 'en' ? '?lang=en' : ''}`,
  commitments: (spaceId: string, agreementId: string) => `${base(spaceId)}/agreements/${enc(agreementId)}/commitments`,
  commitment: (spaceId: string, agreementId: string, id: string) => `${base(spaceId)}/agreements/${enc(agreementId)}/commitments/${enc(id)}`,
  reports: (spaceId: string, agreementId: string, id: string) => `${base(spaceId)}/agreements/${enc(agreementId)}/commitments/${enc(id)}/reports`,
  // Staff pages of this app.
  page: (spaceId: string, tab: '' | 'intents' | 'suggestions' | 'projects' | 'network' = '') => `/linkage/${enc(spaceId)}${tab ? `/${tab}` : ''}`,
  agreementPage: (spaceId: string, id: string) => `/linkage/${enc(spaceId)}/agreements/${enc(id)}`,
};
