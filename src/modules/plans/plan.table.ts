// Action plans of a space: objectives → actions (lead and coordinating agencies, budget, dates,
// priority area, the recommendations they answer, KPIs), progress reports with KPI values, and the
// evidence files attached to reports (kept in the database, checked by their first bytes).
import { sql } from 'drizzle-orm';
import { boolean, customType, date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Localized } from '../../i18n/messages';
import { organisations, users } from '../accounts/account.table';
import { spaces } from '../spaces/space.table';

export const reportingPeriods = ['monthly', 'quarterly'] as const;
export const kpiDirections = ['increase', 'decrease'] as const;

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

export const plans = pgTable(
  'plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    spaceId: uuid('space_id').notNull().references(() => spaces.id, { onDelete: 'cascade' }),
    title: jsonb('title').$type<Localized>().notNull(),
    summary: jsonb('summary').$type<Localized>().notNull(),
    reportingPeriod: text('reporting_period', { enum: reportingPeriods }).notNull(),
    /** Days after a period ends by which its report is due. */
    graceDays: integer('grace_days').notNull(),
    /** Shown on the public dashboard even when the space is private. */
    public: boolean('public').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('plans_space_idx').on(t.spaceId)],
);

export const planObjectives = pgTable(
  'plan_objectives',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id').notNull().references(() => plans.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    position: integer('position').notNull(),
    title: jsonb('title').$type<Localized>().notNull(),
    priorityArea: text('priority_area'),
    weight: doublePrecision('weight'),
  },
  (t) => [uniqueIndex('plan_objectives_code_key').on(t.planId, t.code)],
);

export type RecommendationRef = { consultationId: string; optionKey: string };

export const planActions = pgTable(
  'plan_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id').notNull().references(() => plans.id, { onDelete: 'cascade' }),
    objectiveId: uuid('objective_id').notNull().references(() => planObjectives.id, { onDelete: 'cascade' }),
    /** Stable across export and import: the key officials see in Excel. */
    code: text('code').notNull(),
    position: integer('position').notNull(),
    title: jsonb('title').$type<Localized>().notNull(),
    leadOrganisationId: uuid('lead_organisation_id').notNull().references(() => organisations.id),
    priorityArea: text('priority_area'),
    startsOn: date('starts_on').notNull(),
    dueOn: date('due_on').notNull(),
    /** Million đồng. */
    budgetPlanned: doublePrecision('budget_planned'),
    budgetSpent: doublePrecision('budget_spent'),
    budgetSource: text('budget_source'),
    weight: doublePrecision('weight'),
    recommendations: jsonb('recommendations').$type<RecommendationRef[]>().notNull().default(sql`'[]'::jsonb`),
  },
  (t) => [uniqueIndex('plan_actions_code_key').on(t.planId, t.code), index('plan_actions_lead_idx').on(t.leadOrganisationId)],
);

export const planActionCoordinators = pgTable(
  'plan_action_coordinators',
  {
    actionId: uuid('action_id').notNull().references(() => planActions.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
  },
  (t) => [primaryKey({ columns: [t.actionId, t.organisationId] }), index('plan_action_coordinators_org_idx').on(t.organisationId)],
);

export type IndicatorRef = { index: string; key: string };

export const planKpis = pgTable(
  'plan_kpis',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    actionId: uuid('action_id').notNull().references(() => planActions.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    position: integer('position').notNull(),
    title: jsonb('title').$type<Localized>().notNull(),
    unit: text('unit').notNull(),
    direction: text('direction', { enum: kpiDirections }).notNull(),
    baseline: doublePrecision('baseline').notNull(),
    target: doublePrecision('target').notNull(),
    /** A published index figure (e.g. PCI, dimension "transparency"), or null for a custom KPI. */
    indicator: jsonb('indicator').$type<IndicatorRef | null>(),
  },
  (t) => [uniqueIndex('plan_kpis_key').on(t.actionId, t.key)],
);

export const planReports = pgTable(
  'plan_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    actionId: uuid('action_id').notNull().references(() => planActions.id, { onDelete: 'cascade' }),
    /** "2025-03" or "2025-Q1", by the plan's reporting period. */
    period: text('period').notNull(),
    percent: doublePrecision('percent').notNull(),
    statusNote: text('status_note').notNull(),
    narrative: text('narrative').notNull(),
    kpiValues: jsonb('kpi_values').$type<Record<string, number>>().notNull(),
    /** The day (Vietnam) the period's report first came in: what on-time reporting is judged on. */
    submittedOn: date('submitted_on').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    reporterUserId: uuid('reporter_user_id').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [uniqueIndex('plan_reports_period_key').on(t.actionId, t.period)],
);

export const planEvidence = pgTable(
  'plan_evidence',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id').notNull().references(() => planReports.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    bytes: bytea('bytes').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('plan_evidence_report_idx').on(t.reportId)],
);
