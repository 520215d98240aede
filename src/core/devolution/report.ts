// The Word report of a scenario as a document model (the shape core/forums' minutes use, so the same
// layout in src/reports/minutes.docx.ts writes it): inventory summary, the moves with their rationale,
// figures per level and per level × sector before and after, the capacity check, the roadmap by phase and
// each unit's review status. Vietnamese, figures and dates the Vietnamese way (core/format).
import { formatDate, formatNumber } from '../format';
import type { MinutesBlock, MinutesDocument } from '../forums/minutes';
import { analyseScenario, inventoryTotals, type Figures } from './apply';
import { DEVOLUTION_SECTORS, LEVEL_LABELS, devolutionSectorLabel } from './labels';
import { LEVELS, type Activity, type Move } from './model';

export interface ScenarioReportInput {
  spaceTitle: string;
  scenario: { name: string; date: string; moves: Move[]; illustrativeNote: string | null };
  activities: Activity[];
  units: { key: string; name: string }[];
  reviews: { unit: string; status: 'not-started' | 'in-review' | 'signed-off'; signedOffAt: Date | null }[];
  createdAt: Date;
}

const n = (x: number) => formatNumber(x, 'vi', { digits: 1 });
const level = (l: Activity['level']) => LEVEL_LABELS[l].vi;
const STATUS = { 'not-started': 'Chưa rà soát', 'in-review': 'Đang rà soát', 'signed-off': 'Đã ký xác nhận' } as const;

const table = (header: string[], rows: string[][], widths: number[], right: number[] = []): MinutesBlock => ({
  kind: 'table',
  header,
  rows,
  widths,
  align: header.map((_, i) => (right.includes(i) ? 'right' : 'left')),
});

const figureRow = (label: string[], f: Figures) => [...label, n(f.functions), n(f.activities), n(f.workload), n(f.staff), n(f.budget)];
const FIGURE_HEAD = ['Chức năng', 'Hoạt động', 'Khối lượng (hồ sơ/năm)', 'Biên chế', 'Ngân sách (triệu đồng/năm)'];

function summary(input: ScenarioReportInput, analysis: ReturnType<typeof analyseScenario>): MinutesBlock[] {
  const total = inventoryTotals(input.activities);
  const sectors = DEVOLUTION_SECTORS.filter((s) => input.activities.some((a) => a.sector === s.key)).map((s) => s.vi);
  return [
    { kind: 'heading', text: '1. Tóm tắt danh mục chức năng hiện hành', level: 1 },
    { kind: 'paragraph', text: `${n(total.functions)} chức năng, ${n(total.activities)} hoạt động thuộc ${sectors.length} lĩnh vực: ${sectors.join('; ')}.` },
    table(['Cấp', ...FIGURE_HEAD], [...LEVELS.map((l) => figureRow([level(l)], analysis.levels.before[l])), figureRow(['Tổng cộng'], total)], [20, 12, 12, 20, 14, 22], [1, 2, 3, 4, 5]),
  ];
}

function moves(input: ScenarioReportInput): MinutesBlock[] {
  const byCode = new Map(input.activities.map((a) => [a.code, a]));
  const rows = input.scenario.moves.map((m) => {
    const a = byCode.get(m.activity);
    return [m.activity, a ? `${a.name} (${devolutionSectorLabel(a.sector).vi})` : '', a ? level(a.level) : '', level(m.to), m.rationale];
  });
  return [{ kind: 'heading', text: '2. Các hoạt động chuyển cấp và lý do', level: 1 }, table(['Mã', 'Hoạt động', 'Từ cấp', 'Đến cấp', 'Lý do'], rows, [13, 29, 14, 14, 30])];
}

function perLevel(analysis: ReturnType<typeof analyseScenario>): MinutesBlock[] {
  const key = (c: { level: string; sector: string }) => `${c.level}\u0000${c.sector}`;
  const before = new Map(analysis.before.map((c) => [key(c), c]));
  const after = new Map(analysis.after.map((c) => [key(c), c]));
  const keys = LEVELS.flatMap((l) => DEVOLUTION_SECTORS.map((s) => `${l}\u0000${s.key}`)).filter((k) => before.has(k) || after.has(k));
  const zero: Figures = { functions: 0, activities: 0, workload: 0, staff: 0, budget: 0 };
  const arrow = (k: string, f: keyof Figures) => `${n((before.get(k) ?? zero)[f])} → ${n((after.get(k) ?? zero)[f])}`;
  const rows = keys.map((k) => {
    const [l, s] = k.split('\u0000');
    return [level(l as Activity['level']), devolutionSectorLabel(s).vi, arrow(k, 'functions'), arrow(k, 'workload'), arrow(k, 'staff'), arrow(k, 'budget')];
  });
  const capacity = analysis.capacity.map((c) => [level(c.level), n(c.receives), c.before.perStaff === null ? '—' : n(c.before.perStaff), c.after.perStaff === null ? '—' : n(c.after.perStaff)]);
  return [
    { kind: 'heading', text: '3. Theo cấp và lĩnh vực: trước → sau', level: 1 },
    table(['Cấp', 'Lĩnh vực', 'Chức năng', 'Khối lượng', 'Biên chế', 'Ngân sách'], rows, [14, 22, 14, 18, 14, 18], [2, 3, 4, 5]),
    { kind: 'paragraph', text: 'Kiểm tra năng lực: khối lượng công việc trên một biên chế ở cấp nhận, trước và sau khi chuyển.' },
    table(['Cấp nhận', 'Số hoạt động nhận', 'Hồ sơ/biên chế trước', 'Hồ sơ/biên chế sau'], capacity, [28, 22, 25, 25], [1, 2, 3]),
  ];
}

function roadmapBlocks(analysis: ReturnType<typeof analyseScenario>): MinutesBlock[] {
  const rows = analysis.roadmap.map((p) => [p.phase, formatDate(p.from), formatDate(p.to), p.moves.map((m) => m.activity).join(', '), n(p.investment)]);
  return [
    { kind: 'heading', text: '4. Lộ trình thực hiện', level: 1 },
    table(['Giai đoạn', 'Từ ngày', 'Đến ngày', 'Hoạt động', 'Vốn đầu tư (triệu đồng)'], rows, [20, 15, 15, 30, 20], [4]),
    { kind: 'paragraph', label: 'Tổng vốn đầu tư:', text: `${n(analysis.investment)} triệu đồng.` },
  ];
}

function reviewBlocks(input: ScenarioReportInput): MinutesBlock[] {
  const rows = input.units.map((u) => {
    const r = input.reviews.find((x) => x.unit === u.key);
    return [u.name, STATUS[r?.status ?? 'not-started'], r?.signedOffAt ? formatDate(r.signedOffAt) : ''];
  });
  const waiting = input.units.filter((u) => input.reviews.find((x) => x.unit === u.key)?.status !== 'signed-off').map((u) => u.name);
  return [
    { kind: 'heading', text: '5. Tình trạng rà soát của các đơn vị', level: 1 },
    table(['Đơn vị', 'Tình trạng', 'Ngày ký xác nhận'], rows, [50, 25, 25]),
    { kind: 'paragraph', label: 'Chưa ký xác nhận:', text: waiting.length ? `${waiting.join('; ')}.` : 'không còn đơn vị nào.' },
  ];
}

export function scenarioReport(input: ScenarioReportInput): MinutesDocument {
  const analysis = analyseScenario(input.activities, input.scenario);
  const facts = [`Ngày áp dụng: ${formatDate(input.scenario.date)}. Số hoạt động chuyển cấp: ${n(input.scenario.moves.length)}.`];
  if (input.scenario.illustrativeNote) facts.push(`Lưu ý: ${input.scenario.illustrativeNote}`);
  if (analysis.stranded.length) facts.push(`Còn ${n(analysis.stranded.length)} hoạt động ở cấp không còn tồn tại vào ngày áp dụng: ${analysis.stranded.join(', ')}.`);
  return {
    heading: input.spaceTitle,
    title: `Báo cáo kịch bản phân cấp: ${input.scenario.name}`,
    facts,
    blocks: [...summary(input, analysis), ...moves(input), ...perLevel(analysis), ...roadmapBlocks(analysis), ...reviewBlocks(input)],
    footer: `Lập bằng Đối Thoại ngày ${formatDate(input.createdAt)}.`,
    createdAt: input.createdAt,
  };
}
