// Request shapes of the plans API (zod; they also make the OpenAPI document).
import { z } from 'zod';
import { localized } from '../accounts/account.schema';
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

export type PlanBody = z.output<typeof planBody>;
export type ObjectiveBody = z.output<typeof objectiveBody>;
export type ActionBody = z.output<typeof actionBody>;
export type ActionPatch = z.output<typeof actionPatch>;
export type ReportBody = z.output<typeof reportBody>;
export type KpiBody = z.output<typeof kpiBody>;
