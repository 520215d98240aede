// Request and response shapes of the plans API (zod; they also make the OpenAPI document).
import { z } from 'zod';
import { localized, localizedOut } from '../../http/schema';
import type { Rag } from '../../core/plans';
import { PRIORITY_AREAS, type PriorityAreaKey } from '../../core/priority-areas';
import { PAPI_DIMENSIONS } from '../../core/indices/papi';
import { PCI_SUBINDICES } from '../../core/indices/pci';
import { PGI_SUBINDICES } from '../../core/indices/pgi';
import { kpiDirections, reportingPeriods } from './plan.table';

/** A KPI may follow an index's total ("total") or one of its published dimensions. */
const indicatorKeys: Record<string, Set<string>> = {
  PCI: new Set(['total', ...PCI_SUBINDICES.map((d) => d.key)]),
  PAPI: new Set(['total', ...PAPI_DIMENSIONS.map((d) => d.key)]),
  PGI: new Set(['total', ...PGI_SUBINDICES.map((d) => d.key)]),
};

const isoDate = z.iso.date();
const code = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/, 'letters, digits, dot, hyphen or underscore, up to 32 characters');
const areaKeys = PRIORITY_AREAS.map((a) => a.key) as [PriorityAreaKey, ...PriorityAreaKey[]];
const money = z.number().finite().min(0).max(1e12);
const longText = z.string().max(10_000);

export const idParams = z.object({ id: z.uuid() });

export const planBody = z.object({
  title: localized,
  summary: localized.extend({ vi: longText, en: longText }),
  reportingPeriod: z.enum(reportingPeriods),
  graceDays: z.number().int().min(0).max(90).default(10),
  public: z.boolean().default(false),
});
export const planPatch = planBody.partial();

export const objectiveBody = z.object({
  code,
  title: localized,
  priorityArea: z.enum(areaKeys).nullable().default(null),
  weight: z.number().finite().positive().max(1e6).nullable().default(null),
});
export const objectivePatch = objectiveBody.partial();

export const kpiBody = z
  .object({
    key: code,
    title: localized,
    unit: z.string().min(1).max(40),
    direction: z.enum(kpiDirections),
    baseline: z.number().finite(),
    target: z.number().finite(),
    indicator: z
      .object({ index: z.enum(['PCI', 'PAPI', 'PGI']), key: z.string().min(1).max(60) })
      .refine((i) => indicatorKeys[i.index].has(i.key), 'the indicator key must be "total" or a dimension of that index')
      .nullable()
      .default(null),
  })
  .refine((k) => (k.direction === 'increase' ? k.target >= k.baseline : k.target <= k.baseline), 'the target must lie in the KPI\u2019s direction from the baseline');

const actionFields = z.object({
  objectiveId: z.uuid(),
  code,
  title: localized,
  leadAgencyId: z.uuid(),
  coordinatorIds: z.array(z.uuid()).max(30).default([]),
  priorityArea: z.enum(areaKeys).nullable().default(null),
  startsOn: isoDate,
  dueOn: isoDate,
  budgetPlanned: money.nullable().default(null),
  budgetSpent: money.nullable().default(null),
  budgetSource: z.string().max(200).nullable().default(null),
  weight: z.number().finite().positive().max(1e6).nullable().default(null),
  recommendations: z.array(z.object({ consultationId: z.uuid(), optionKey: z.string().min(1).max(64) })).max(30).default([]),
  kpis: z.array(kpiBody).max(20).default([]),
});
const datesInOrder = (a: { startsOn?: string; dueOn?: string }) => !a.startsOn || !a.dueOn || a.startsOn <= a.dueOn;
const distinctKpis = (a: { kpis?: { key: string }[] }) => !a.kpis || new Set(a.kpis.map((k) => k.key)).size === a.kpis.length;
export const actionBody = actionFields.refine(datesInOrder, 'the due date must not be before the start date').refine(distinctKpis, 'KPI keys must be distinct');
export const actionPatch = actionFields.partial().refine(datesInOrder, 'the due date must not be before the start date').refine(distinctKpis, 'KPI keys must be distinct');

export const reportBody = z.object({
  period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/, 'a month "2025-03" or a quarter "2025-Q1"'),
  percent: z.number().finite().min(0).max(100),
  statusNote: z.string().max(500).default(''),
  narrative: longText.default(''),
  kpiValues: z.record(z.string(), z.number().finite()).default({}),
});

export const evidenceQuery = z.object({ name: z.string().min(1).max(200) });
export const remindersQuery = z.object({ agency: z.uuid().optional() });
export const scorecardQuery = z.object({ agency: z.uuid().optional(), from: z.string().optional(), to: z.string().optional() });
export const exportQuery = z.object({ sheet: z.enum(['actions', 'progress']).default('actions') });
export const importQuery = z.object({ format: z.enum(['xlsx', 'csv']), sheet: z.enum(['actions', 'progress']).optional(), name: z.string().min(1).max(200).default('upload') });

// Responses: what plan.presenter.ts sends.
const rag = z.enum(['done', 'not-started', 'green', 'amber', 'red'] satisfies Rag[]);
const progressNode = { progress: z.number(), expected: z.number(), status: rag };

export const planSummaryResponse = z
  .object({ id: z.string(), spaceId: z.string(), title: localizedOut, summary: localizedOut, reportingPeriod: z.enum(reportingPeriods), graceDays: z.number(), public: z.boolean() })
  .meta({ id: 'PlanSummary' });
export const planListResponse = z.object({ plans: z.array(planSummaryResponse), permissions: z.object({ manage: z.boolean() }) });

export const objectiveResponse = z
  .object({ id: z.string(), planId: z.string(), code: z.string(), position: z.number(), title: localizedOut, priorityArea: z.string().nullable(), weight: z.number().nullable() })
  .meta({ id: 'PlanObjective' });

const kpiResponse = z.object({
  key: z.string(),
  title: localizedOut,
  unit: z.string(),
  direction: z.enum(kpiDirections),
  baseline: z.number(),
  target: z.number(),
  indicator: z.object({ index: z.string(), key: z.string() }).nullable(),
});

export const actionResponse = z
  .object({
    id: z.string(),
    objectiveId: z.string(),
    code: z.string(),
    title: localizedOut,
    leadAgencyId: z.string(),
    coordinatorIds: z.array(z.string()),
    priorityArea: z.string().nullable(),
    startsOn: z.string(),
    dueOn: z.string(),
    budgetPlanned: z.number().nullable(),
    budgetSpent: z.number().nullable(),
    budgetSource: z.string().nullable(),
    weight: z.number().nullable(),
    recommendations: z.array(z.object({ consultationId: z.string(), optionKey: z.string() })),
    kpis: z.array(kpiResponse),
  })
  .meta({ id: 'PlanAction' });

const kpiStateResponse = kpiResponse
  .extend({ value: z.number().nullable(), attainment: z.number().nullable(), series: z.array(z.object({ period: z.string(), value: z.number() })) })
  .meta({ id: 'PlanKpi' });
const actionStateResponse = actionResponse
  .extend({ ...progressNode, lastPeriod: z.string().nullable(), kpis: z.array(kpiStateResponse) })
  .meta({ id: 'PlanActionState' });
const objectiveStateResponse = objectiveResponse
  .omit({ planId: true, position: true })
  .extend({ ...progressNode, actions: z.array(actionStateResponse) })
  .meta({ id: 'PlanObjectiveState' });

export const planViewResponse = planSummaryResponse
  .extend({
    today: z.string(),
    ...progressNode,
    objectives: z.array(objectiveStateResponse),
    agencies: z.array(z.object({ id: z.string(), name: localizedOut })),
    /** `reportOn`: the ids of the actions the caller may report progress on. */
    permissions: z.object({ manage: z.boolean(), reportOn: z.array(z.string()) }),
  })
  .meta({ id: 'PlanView' });

export const evidenceResponse = z
  .object({ id: z.string(), fileName: z.string(), mediaType: z.string(), size: z.number(), sha256: z.string(), createdAt: z.string() })
  .meta({ id: 'PlanEvidence' });

export const reportResponse = z
  .object({
    id: z.string(),
    actionId: z.string(),
    period: z.string(),
    percent: z.number(),
    statusNote: z.string(),
    narrative: z.string(),
    kpiValues: z.record(z.string(), z.number()),
    submittedOn: z.string(),
  })
  .meta({ id: 'PlanReport' });
export const reportListResponse = z.object({ reports: z.array(reportResponse.extend({ evidence: z.array(evidenceResponse) })) });

export const remindersResponse = z.object({
  today: z.string(),
  agencies: z.array(
    z.object({
      id: z.string(),
      name: localizedOut,
      items: z.array(
        z
          .object({ actionId: z.string(), code: z.string(), title: localizedOut, kind: z.enum(['report-overdue', 'report-due', 'action-overdue']), period: z.string().nullable(), deadline: z.string() })
          .meta({ id: 'PlanReminder' }),
      ),
    }),
  ),
});
export const remindersSentResponse = z.object({ agencies: z.number(), sent: z.number() });

export const scorecardsResponse = z.object({
  today: z.string(),
  periods: z.array(z.string()),
  scorecards: z.array(
    z
      .object({
        agencyId: z.string(),
        agencyName: localizedOut,
        period: z.string(),
        reportsDue: z.number(),
        reportsOnTime: z.number(),
        onTimeRate: z.number().nullable(),
        actions: z.number(),
        actionsOnTrack: z.number(),
        kpiAttainment: z.number().nullable(),
        overdue: z.number(),
      })
      .meta({ id: 'PlanScorecard' }),
  ),
});

const importCounts = z.object({ created: z.number(), updated: z.number(), unchanged: z.number() });
export const importResponse = z.object({ actions: importCounts, reports: importCounts }).meta({ id: 'PlanImportOutcome' });

export type PlanBody = z.output<typeof planBody>;
export type ObjectiveBody = z.output<typeof objectiveBody>;
export type ActionBody = z.output<typeof actionBody>;
export type ActionPatch = z.output<typeof actionPatch>;
export type ReportBody = z.output<typeof reportBody>;
export type KpiBody = z.output<typeof kpiBody>;
