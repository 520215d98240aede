// Import of actions and progress from an XLSX workbook or a CSV table. All-or-nothing: every row is
// checked first and every problem listed (sheet, row, column, in Vietnamese and English); only a
// clean file is stored, in one transaction. Rows equal to what is stored change nothing, so an
// exported file imported again leaves the plan as it was. KPIs are kept as they are (edited in the
// app, not in the file).
import { isIsoDate, isPeriodKey, periodStart, periodsBetween, vietnamDay, type IsoDate } from '../../core/plans';
import type { ArchiveLimits } from '../../core/archive';
import { PRIORITY_AREAS } from '../../core/priority-areas';
import type { Db } from '../../db/connection';
import type { Actor } from '../../http/actor';
import { csvGrid } from '../../importers/csv';
import { columnLetter, fold, isBlank, type Cell, type Grid } from '../../importers/grid';
import { readNumber } from '../../core/vn-number';
import { readXlsxGrids } from '../../importers/xlsx.reader';
import { organisationSlugs } from '../accounts';
import { optionKeysInSpace } from '../consultations';
import type { Space } from '../spaces';
import { ACTION_COLUMNS, PROGRESS_COLUMNS, SHEETS, isoFromCell, splitList } from './plan.columns';
import { organisationOf, planContents, type Action, type Plan } from './plan.load';
import { planPolicy } from './plan.policy';
import type { ActionBody, ReportBody } from './plan.schema';
import { actionAsBody, writeAction } from './plan.service';
import { writeReport } from './report.service';

/** A number cell from Excel, or text typed the Vietnamese way ("12.000" is twelve thousand; see vn-number.ts). */
const numberIn = (cell: Cell): number | null => (typeof cell === 'number' ? (Number.isFinite(cell) ? cell : null) : typeof cell === 'string' ? readNumber(cell) : null);

export type PlanProblem = { sheet: string; row: number | null; column: string | null; vi: string; en: string };

export class PlanFileError extends Error {
  constructor(readonly file: string, readonly problems: PlanProblem[]) {
    super(`${file}: ${problems.length} problems`);
  }
}

type Columns<K extends string> = Map<K, number>;

function locateColumns<K extends string>(grid: Grid, spec: readonly { key: K; header: string }[], problems: PlanProblem[], required: readonly K[]): Columns<K> {
  const found = new Map<K, number>();
  for (let c = 1; c <= grid.columnCount; c++) {
    const text = fold(grid.cell(1, c));
    const hit = spec.find((s) => fold(s.header) === text || (text.length > 3 && fold(s.header).startsWith(text)));
    if (hit && !found.has(hit.key)) found.set(hit.key, c);
  }
  for (const key of required) {
    if (!found.has(key)) {
      const header = spec.find((s) => s.key === key)!.header;
      problems.push({ sheet: grid.name, row: 1, column: null, vi: `thiếu cột "${header}"`, en: `the column "${header}" is missing` });
    }
  }
  return found;
}

const text = (cell: Cell) => (cell === null ? '' : String(cell).normalize('NFC').trim());

type Ctx = {
  plan: Plan;
  space: Space;
  actor: Actor;
  actorOrg: string | null;
  objectives: Map<string, string>;
  orgBySlug: Map<string, string>;
  options: Set<string>;
  actions: Map<string, Action>;
  today: IsoDate;
};

type ActionRow = { row: number; code: string; body: ActionBody };
type ProgressRow = { row: number; code: string; body: ReportBody };

function readActions(grid: Grid, ctx: Ctx, problems: PlanProblem[]): ActionRow[] {
  const cols = locateColumns(grid, ACTION_COLUMNS, problems, ['code', 'objective', 'titleVi', 'lead', 'startsOn', 'dueOn']);
  if (problems.length) return [];
  const out: ActionRow[] = [];
  const seen = new Set<string>();
  const areas = new Set<string>(PRIORITY_AREAS.map((a) => a.key));
  for (let r = 2; r <= grid.rowCount; r++) {
    const get = (k: (typeof ACTION_COLUMNS)[number]['key']) => (cols.has(k) ? grid.cell(r, cols.get(k)!) : null);
    if (ACTION_COLUMNS.every((c) => isBlank(get(c.key)))) continue;
    const bad = (k: (typeof ACTION_COLUMNS)[number]['key'], vi: string, en: string) =>
      problems.push({ sheet: grid.name, row: r, column: cols.has(k) ? columnLetter(cols.get(k)!) : null, vi, en });
    const before = problems.length;
    const code = text(get('code'));
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/.test(code)) bad('code', `mã nhiệm vụ "${code}" không hợp lệ`, `the action code "${code}" is not valid`);
    else if (seen.has(code)) bad('code', `mã nhiệm vụ "${code}" lặp lại`, `the action code "${code}" appears twice`);
    seen.add(code);
    const objectiveId = ctx.objectives.get(text(get('objective')));
    if (!objectiveId) bad('objective', `không có mục tiêu mã "${text(get('objective'))}"`, `there is no objective "${text(get('objective'))}"`);
    const titleVi = text(get('titleVi'));
    if (!titleVi) bad('titleVi', 'thiếu tên nhiệm vụ', 'the action has no title');
    const lead = ctx.orgBySlug.get(text(get('lead')));
    if (!lead) bad('lead', `không có đơn vị "${text(get('lead'))}"`, `there is no agency "${text(get('lead'))}"`);
    const coordinatorIds: string[] = [];
    for (const s of splitList(text(get('coordinators')))) {
      const id = ctx.orgBySlug.get(s);
      if (id) coordinatorIds.push(id);
      else bad('coordinators', `không có đơn vị "${s}"`, `there is no agency "${s}"`);
    }
    const area = text(get('area'));
    if (area && !areas.has(area)) bad('area', `lĩnh vực "${area}" không có trong danh mục`, `"${area}" is not a priority area`);
    const dates = (['startsOn', 'dueOn'] as const).map((k) => {
      const iso = isoFromCell(text(get(k)));
      if (!iso || !isIsoDate(iso)) bad(k, `ngày "${text(get(k))}" không hợp lệ (dd/mm/yyyy)`, `"${text(get(k))}" is not a date (dd/mm/yyyy)`);
      return iso ?? '';
    });
    if (problems.length === before && dates[0] > dates[1]) bad('dueOn', 'hạn hoàn thành trước ngày bắt đầu', 'the due date is before the start date');
    const amount = (k: 'budgetPlanned' | 'budgetSpent' | 'weight') => {
      if (isBlank(get(k))) return null;
      const n = numberIn(get(k));
      if (n === null || n < 0 || (k === 'weight' && n === 0)) bad(k, `"${text(get(k))}" không phải số hợp lệ`, `"${text(get(k))}" is not a valid number`);
      return n;
    };
    const [budgetPlanned, budgetSpent, weight] = [amount('budgetPlanned'), amount('budgetSpent'), amount('weight')];
    const recommendations = splitList(text(get('recommendations'))).map((ref) => {
      const i = ref.lastIndexOf(':');
      const r = { consultationId: ref.slice(0, i), optionKey: ref.slice(i + 1) };
      if (i < 1 || !ctx.options.has(ref)) bad('recommendations', `không có khuyến nghị "${ref}" trong không gian này`, `there is no recommendation "${ref}" in this space`);
      return r;
    });
    if (problems.length > before) continue;
    const existing = ctx.actions.get(code);
    const body: ActionBody = {
      objectiveId: objectiveId!,
      code,
      title: { vi: titleVi, en: text(get('titleEn')) || titleVi },
      leadAgencyId: lead!,
      coordinatorIds: [...new Set(coordinatorIds)].filter((id) => id !== lead).sort(),
      priorityArea: (area || null) as ActionBody['priorityArea'],
      startsOn: dates[0],
      dueOn: dates[1],
      budgetPlanned,
      budgetSpent,
      budgetSource: text(get('budgetSource')) || null,
      weight,
      recommendations,
      kpis: existing ? actionAsBody(existing).kpis : [],
    };
    if (!(existing && sameAction(existing, body)) && !planPolicy.manage(ctx.actor, ctx.space)) {
      bad('code', 'chỉ cán bộ đầu mối được thêm hoặc sửa nhiệm vụ', 'only facilitators may add or change actions');
      continue;
    }
    out.push({ row: r, code, body });
  }
  return out;
}

/** JSON with keys sorted: jsonb columns come back with their keys in PostgreSQL's order, not ours. */
const stable = (x: unknown): string =>
  Array.isArray(x) ? `[${x.map(stable).join(',')}]` : x && typeof x === 'object' ? `{${Object.keys(x).sort().map((k) => `${JSON.stringify(k)}:${stable((x as Record<string, unknown>)[k])}`).join(',')}}` : JSON.stringify(x ?? null);
const canonical = (b: ActionBody) => stable({ ...b, coordinatorIds: [...b.coordinatorIds].sort() });
const sameAction = (a: Action, b: ActionBody) => canonical(actionAsBody(a)) === canonical(b);

function readProgress(grid: Grid, ctx: Ctx, actionRows: ActionRow[], problems: PlanProblem[]): ProgressRow[] {
  const cols = locateColumns(grid, PROGRESS_COLUMNS, problems, ['code', 'period', 'percent']);
  if (problems.some((p) => p.sheet === grid.name)) return [];
  const out: ProgressRow[] = [];
  const seen = new Set<string>();
  const fromFile = new Map(actionRows.map((a) => [a.code, a.body]));
  for (let r = 2; r <= grid.rowCount; r++) {
    const get = (k: (typeof PROGRESS_COLUMNS)[number]['key']) => (cols.has(k) ? grid.cell(r, cols.get(k)!) : null);
    if (PROGRESS_COLUMNS.every((c) => isBlank(get(c.key)))) continue;
    const bad = (k: (typeof PROGRESS_COLUMNS)[number]['key'], vi: string, en: string) =>
      problems.push({ sheet: grid.name, row: r, column: cols.has(k) ? columnLetter(cols.get(k)!) : null, vi, en });
    const before = problems.length;
    const code = text(get('code'));
    const stored = ctx.actions.get(code);
    const action = fromFile.get(code) ?? (stored ? actionAsBody(stored) : undefined);
    if (!action) {
      bad('code', `không có nhiệm vụ mã "${code}"`, `there is no action "${code}"`);
      continue;
    }
    const period = text(get('period'));
    if (!isPeriodKey(ctx.plan.reportingPeriod, period)) bad('period', `kỳ "${period}" không đúng dạng ${ctx.plan.reportingPeriod === 'monthly' ? '2025-03' : '2025-Q1'}`, `the period "${period}" is not of the form ${ctx.plan.reportingPeriod === 'monthly' ? '2025-03' : '2025-Q1'}`);
    else if (!periodsBetween(ctx.plan.reportingPeriod, action.startsOn, action.dueOn).includes(period)) bad('period', `kỳ "${period}" nằm ngoài thời gian thực hiện nhiệm vụ`, `the period "${period}" is outside the action's dates`);
    else if (periodStart(ctx.plan.reportingPeriod, period) > ctx.today) bad('period', `kỳ "${period}" chưa bắt đầu`, `the period "${period}" has not begun`);
    else if (seen.has(`${code} ${period}`)) bad('period', `nhiệm vụ "${code}" có hai dòng cho kỳ "${period}"`, `action "${code}" has two rows for the period "${period}"`);
    seen.add(`${code} ${period}`);
    const percent = numberIn(get('percent'));
    if (percent === null || percent < 0 || percent > 100) bad('percent', `tiến độ "${text(get('percent'))}" phải là số từ 0 đến 100`, `progress "${text(get('percent'))}" must be a number from 0 to 100`);
    const kpiValues: Record<string, number> = {};
    const keys = new Set(action.kpis.map((k) => k.key));
    for (const pair of splitList(text(get('kpis')))) {
      const [key, value] = pair.split('=').map((s) => s.trim());
      const n = numberIn(value ?? null);
      if (!keys.has(key)) bad('kpis', `nhiệm vụ không có chỉ tiêu "${key}"`, `the action has no KPI "${key}"`);
      else if (n === null) bad('kpis', `giá trị chỉ tiêu "${pair}" không phải số`, `the KPI value "${pair}" is not a number`);
      else kpiValues[key] = n;
    }
    const ref = { leadOrganisationId: action.leadAgencyId, coordinatorIds: action.coordinatorIds };
    if (!planPolicy.report(ctx.actor, ctx.space, ctx.actorOrg, ref)) bad('code', `đơn vị của bạn không chủ trì hay phối hợp nhiệm vụ "${code}"`, `your agency neither leads nor coordinates action "${code}"`);
    if (problems.length > before) continue;
    out.push({ row: r, code, body: { period, percent: percent!, statusNote: text(get('statusNote')), narrative: text(get('narrative')), kpiValues } });
  }
  return out;
}

async function context(db: Db, actor: Actor, plan: Plan, space: Space, today: IsoDate): Promise<Ctx> {
  const contents = await planContents(db, plan.id);
  const slugs = await organisationSlugs(db);
  const opts = await optionKeysInSpace(db, space.id);
  return {
    today,
    plan,
    space,
    actor,
    actorOrg: await organisationOf(db, actor.userId),
    objectives: new Map(contents.objectives.map((o) => [o.code, o.id])),
    orgBySlug: new Map([...slugs].map(([id, slug]) => [slug, id])),
    options: new Set(opts.map((o) => `${o.consultationId}:${o.key}`)),
    actions: new Map(contents.actions.map((a) => [a.code, a])),
  };
}

export type ImportInput = { bytes: Buffer; name: string; format: 'xlsx' | 'csv'; sheet?: 'actions' | 'progress'; limits?: ArchiveLimits };

async function gridsOf(input: ImportInput): Promise<{ actions?: Grid; progress?: Grid }> {
  if (input.format === 'csv') {
    const sheet = input.sheet ?? 'progress';
    return { [sheet]: csvGrid(input.name, input.bytes.toString('utf8')) };
  }
  const grids = await readXlsxGrids(input.bytes, input.name, input.limits);
  const find = (name: string) => grids.find((g) => fold(g.name) === fold(name));
  const out = { actions: input.sheet === 'progress' ? undefined : find(SHEETS.actions), progress: input.sheet === 'actions' ? undefined : find(SHEETS.progress) };
  if (!out.actions && !out.progress) throw new PlanFileError(input.name, [{ sheet: input.name, row: null, column: null, vi: `không có trang tính "${SHEETS.actions}" hay "${SHEETS.progress}"`, en: `there is no sheet "${SHEETS.actions}" or "${SHEETS.progress}"` }]);
  return out;
}

export async function importPlanFile(db: Db, actor: Actor, plan: Plan, space: Space, input: ImportInput, now: Date) {
  const grids = await gridsOf(input);
  const ctx = await context(db, actor, plan, space, vietnamDay(now));
  const problems: PlanProblem[] = [];
  const actionRows = grids.actions ? readActions(grids.actions, ctx, problems) : [];
  const progressRows = grids.progress ? readProgress(grids.progress, ctx, actionRows, problems) : [];
  if (problems.length) throw new PlanFileError(input.name, problems);
  const counts = { actions: { created: 0, updated: 0, unchanged: 0 }, reports: { created: 0, updated: 0, unchanged: 0 } };
  const today = vietnamDay(now);
  await db.transaction(async (tx) => {
    for (const row of actionRows) {
      const existing = ctx.actions.get(row.code) ?? null;
      if (existing && sameAction(existing, row.body)) counts.actions.unchanged++;
      else {
        await writeAction(tx, actor, plan, existing, row.body, now);
        counts.actions[existing ? 'updated' : 'created']++;
      }
    }
    const fresh = await planContents(tx, plan.id);
    for (const row of progressRows) {
      const action = fresh.actions.find((a) => a.code === row.code)!;
      const existed = fresh.reports.some((r) => r.actionId === action.id && r.period === row.body.period);
      const { changed } = await writeReport(tx, actor, plan, action, row.body, today, now);
      counts.reports[!changed ? 'unchanged' : existed ? 'updated' : 'created']++;
    }
  });
  return counts;
}
