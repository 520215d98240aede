// Shapes of the plans API (src/modules/plans, /work/notes/plans-api.md) as the staff pages read them,
// the paths they call, and the raw-body uploads (evidence files, Excel/CSV import). The shapes are the
// server's own, from the generated shared/api/openapi.ts.
import { ApiError } from '../../shared/api/client';
import type { Schema } from '../../shared/api/schema';

export type Rag = Schema<'PlanView'>['status'];
export const RAGS: Rag[] = ['green', 'amber', 'red', 'done', 'not-started'];
export type ReportingPeriod = Schema<'PlanSummary'>['reportingPeriod'];

export type PlanSummary = Schema<'PlanSummary'>;
export type Kpi = Schema<'PlanKpi'>;
export type Node = Pick<Schema<'PlanView'>, 'progress' | 'expected' | 'status'>;
export type PlanAction = Schema<'PlanActionState'>;
export type Objective = Schema<'PlanObjectiveState'>;
/** `permissions.reportOn`: the ids of the actions the caller may report progress on. */
export type PlanView = Schema<'PlanView'>;
export type Evidence = Schema<'PlanEvidence'>;
export type Report = Schema<'PlanReport'> & { evidence?: Evidence[] };
export type ReminderItem = Schema<'PlanReminder'>;
export type Scorecard = Schema<'PlanScorecard'>;
export type ImportProblem = Schema<'FileProblem'>;
export type ImportOutcome = Schema<'PlanImportOutcome'>;

const enc = encodeURIComponent;
export const paths = {
  list: (spaceId: string) => `/api/spaces/${enc(spaceId)}/plans`,
  plan: (id: string) => `/api/plans/${enc(id)}`,
  reports: (actionId: string) => `/api/actions/${enc(actionId)}/reports`,
  evidenceUpload: (reportId: string, name: string) => `/api/reports/${enc(reportId)}/evidence?name=${enc(name)}`,
  evidence: (id: string) => `/api/evidence/${enc(id)}`,
  reminders: (id: string) => `/api/plans/${enc(id)}/reminders`,
  sendReminders: (id: string) => `/api/plans/${enc(id)}/reminders/send`,
  scorecards: (id: string) => `/api/plans/${enc(id)}/scorecards`,
  xlsx: (id: string) => `/api/plans/${enc(id)}/export.xlsx`,
  csv: (id: string, sheet: 'actions' | 'progress') => `/api/plans/${enc(id)}/export.csv?sheet=${sheet}`,
  import: (id: string, format: 'xlsx' | 'csv', sheet: 'actions' | 'progress' | null, name: string) =>
    `/api/plans/${enc(id)}/import?format=${format}${sheet ? `&sheet=${sheet}` : ''}&name=${enc(name)}`,
  // Staff pages of this app.
  page: (id: string) => `/plans/${enc(id)}`,
  actionPage: (planId: string, actionId: string) => `/plans/${enc(planId)}/actions/${enc(actionId)}`,
  scorecardsPage: (id: string) => `/plans/${enc(id)}/scorecards`,
  dashboard: (slug: string, lang: 'vi' | 'en') => `/d/${enc(slug)}${lang === 'en' ? '?lang=en' : ''}`,
};

/** An error answer that lists bad rows of an imported file. */
export class FileRejected extends ApiError {
  constructor(status: number, code: string, vi: string, en: string, readonly problems: ImportProblem[]) {
    super(status, code, vi, en);
  }
}

/** POSTs a file as the raw body (the plans API takes files that way); JSON answer or FileRejected.
 * The CSRF token is null only for a caller signed in without a session (an API token), who needs none. */
export async function sendFile<T>(path: string, file: Blob, csrfToken: string | null): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/octet-stream', accept: 'application/json' };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers,
    body: file,
  }).catch(() => {
    throw new ApiError(0, 'network');
  });
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return body as T;
  const error = (body as { error?: { code?: string; vi?: string; en?: string; problems?: ImportProblem[] } } | null)?.error;
  throw new FileRejected(response.status, error?.code ?? 'http', error?.vi ?? '', error?.en ?? '', error?.problems ?? []);
}

/** The evidence limits the server applies (report.service / core/plans/evidence-type). */
export const EVIDENCE_MAX_BYTES = 5 * 1024 * 1024;
export const EVIDENCE_ACCEPT = '.pdf,.jpg,.jpeg,.png,.docx,.xlsx,application/pdf,image/jpeg,image/png';
