// Shapes of the plans API (src/modules/plans, /work/notes/plans-api.md) as the staff pages read them,
// the paths they call, and the raw-body uploads (evidence files, Excel/CSV import). Kept by hand.
import { ApiError } from '../../shared/api/client';
import type { Localized } from '../../shared/i18n/i18n';

export type Rag = 'done' | 'not-started' | 'green' | 'amber' | 'red';
export const RAGS: Rag[] = ['green', 'amber', 'red', 'done', 'not-started'];
export type ReportingPeriod = 'monthly' | 'quarterly';

export interface PlanSummary {
  id: string;
  spaceId: string;
  title: Localized;
  summary: Localized;
  reportingPeriod: ReportingPeriod;
  graceDays: number;
  public: boolean;
}

export interface Kpi {
  key: string;
  title: Localized;
  unit: string;
  direction: 'increase' | 'decrease';
  baseline: number;
  target: number;
  indicator: { index: string; key: string } | null;
  value: number | null;
  attainment: number | null;
  series: { period: string; value: number }[];
}

export interface Node {
  progress: number;
  expected: number;
  status: Rag;
}

export interface PlanAction extends Node {
  id: string;
  objectiveId: string;
  code: string;
  title: Localized;
  leadAgencyId: string;
  coordinatorIds: string[];
  priorityArea: string | null;
  startsOn: string;
  dueOn: string;
  budgetPlanned: number | null;
  budgetSpent: number | null;
  budgetSource: string | null;
  weight: number | null;
  recommendations: { consultationId: string; optionKey: string }[];
  lastPeriod: string | null;
  kpis: Kpi[];
}

export interface Objective extends Node {
  id: string;
  code: string;
  title: Localized;
  priorityArea: string | null;
  weight: number | null;
  actions: PlanAction[];
}

export interface PlanView extends PlanSummary, Node {
  today: string;
  objectives: Objective[];
  agencies: { id: string; name: Localized }[];
  /** `reportOn`: the ids of the actions the caller may report progress on. */
  permissions: { manage: boolean; reportOn: string[] };
}

export interface Evidence {
  id: string;
  fileName: string;
  mediaType: string;
  size: number;
}

export interface Report {
  id: string;
  actionId: string;
  period: string;
  percent: number;
  statusNote: string;
  narrative: string;
  kpiValues: Record<string, number>;
  submittedOn: string;
  evidence?: Evidence[];
}

export interface ReminderItem {
  actionId: string;
  code: string;
  title: Localized;
  kind: 'report-overdue' | 'report-due' | 'action-overdue';
  period: string | null;
  deadline: string;
}

export interface Scorecard {
  agencyId: string;
  agencyName: Localized;
  period: string;
  reportsDue: number;
  reportsOnTime: number;
  onTimeRate: number | null;
  actions: number;
  actionsOnTrack: number;
  kpiAttainment: number | null;
  overdue: number;
}

export interface ImportProblem {
  sheet: string;
  row: number | null;
  column: string | null;
  vi: string;
  en: string;
}

export interface ImportOutcome {
  actions: { created: number; updated: number; unchanged: number };
  reports: { created: number; updated: number; unchanged: number };
}

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

/** POSTs a file as the raw body (the plans API takes files that way); JSON answer or FileRejected. */
export async function sendFile<T>(path: string, file: Blob, csrfToken: string): Promise<T> {
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/octet-stream', accept: 'application/json', 'x-csrf-token': csrfToken },
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
