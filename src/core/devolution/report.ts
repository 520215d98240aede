// The Word report of a scenario as a document model (the shape core/forums' minutes use, so the same
// layout in src/reports/minutes.docx.ts writes it): inventory summary, the moves with their rationale,
// figures per level and per level × sector before and after, the capacity check, the roadmap by phase and
// each unit's review status. Vietnamese by default, or English (lang 'en'): the report's own words, levels,
// sectors and statuses in the language, figures 1.234,5 or 1,234.5, dates dd/mm/yyyy in both; what people
// typed (names given in one language only, rationales, phases) as typed.
import { formatDate, formatNumber } from '../format';
import type { MinutesBlock, MinutesDocument } from '../forums/minutes';
import { analyseScenario, inventoryTotals, type Figures } from './apply';
import { DEVOLUTION_SECTORS, LEVEL_LABELS, devolutionSectorLabel } from './labels';
import { LEVELS, type Activity, type Move } from './model';

export interface ScenarioReportInput {
  /** 'vi' when left out. The caller gives names (space, scenario, units) in this language where it has them. */
  lang?: 'vi' | 'en';
  spaceTitle: string;
  scenario: { name: string; date: string; moves: Move[]; illustrativeNote: string | null };
  activities: Activity[];
  units: { key: string; name: string }[];
  reviews: { unit: string; status: 'not-started' | 'in-review' | 'signed-off'; signedOffAt: Date | null }[];
  createdAt: Date;
}

type Lang = 'vi' | 'en';

const WORDS = {
  vi: {
    status: { 'not-started': 'Chưa rà soát', 'in-review': 'Đang rà soát', 'signed-off': 'Đã ký xác nhận' },
    figures: ['Chức năng', 'Hoạt động', 'Khối lượng (hồ sơ/năm)', 'Biên chế', 'Ngân sách (triệu đồng/năm)'],
    summaryWidths: [20, 12, 12, 20, 14, 22],
    level: 'Cấp',
    total: 'Tổng cộng',
    summary: '1. Tóm tắt danh mục chức năng hiện hành',
    inventory: (functions: string, activities: string, count: number, sectors: string) => `${functions} chức năng, ${activities} hoạt động thuộc ${count} lĩnh vực: ${sectors}.`,
    moves: '2. Các hoạt động chuyển cấp và lý do',
    movesHead: ['Mã', 'Hoạt động', 'Từ cấp', 'Đến cấp', 'Lý do'],
    perLevel: '3. Theo cấp và lĩnh vực: trước → sau',
    perLevelHead: ['Cấp', 'Lĩnh vực', 'Chức năng', 'Khối lượng', 'Biên chế', 'Ngân sách'],
    capacity: 'Kiểm tra năng lực: khối lượng công việc trên một biên chế ở cấp nhận, trước và sau khi chuyển.',
    capacityHead: ['Cấp nhận', 'Số hoạt động nhận', 'Hồ sơ/biên chế trước', 'Hồ sơ/biên chế sau'],
    roadmap: '4. Lộ trình thực hiện',
    roadmapHead: ['Giai đoạn', 'Từ ngày', 'Đến ngày', 'Hoạt động', 'Vốn đầu tư (triệu đồng)'],
    investment: 'Tổng vốn đầu tư:',
    investmentText: (amount: string) => `${amount} triệu đồng.`,
    review: '5. Tình trạng rà soát của các đơn vị',
    reviewHead: ['Đơn vị', 'Tình trạng', 'Ngày ký xác nhận'],
    waiting: 'Chưa ký xác nhận:',
    noneWaiting: 'không còn đơn vị nào.',
    facts: (date: string, moves: string) => `Ngày áp dụng: ${date}. Số hoạt động chuyển cấp: ${moves}.`,
    note: (note: string) => `Lưu ý: ${note}`,
    stranded: (count: string, codes: string) => `Còn ${count} hoạt động ở cấp không còn tồn tại vào ngày áp dụng: ${codes}.`,
    title: (name: string) => `Báo cáo kịch bản phân cấp: ${name}`,
    footer: (date: string) => `Lập bằng Đối Thoại ngày ${date}.`,
  },
  en: {
    status: { 'not-started': 'Not started', 'in-review': 'In review', 'signed-off': 'Signed off' },
    figures: ['Functions', 'Activities', 'Workload (cases a year)', 'Staff', 'Budget (million đồng a year)'],
    // "Commune/ward", "Functions" and "Activities" each on one line
    summaryWidths: [22, 15, 15, 16, 11, 21],
    level: 'Level',
    total: 'Total',
    summary: '1. The current inventory of functions',
    inventory: (functions: string, activities: string, count: number, sectors: string) => `${functions} functions, ${activities} activities in ${count} sectors: ${sectors}.`,
    moves: '2. Activities moved and why',
    movesHead: ['Code', 'Activity', 'From', 'To', 'Rationale'],
    perLevel: '3. By level and sector: before → after',
    perLevelHead: ['Level', 'Sector', 'Functions', 'Workload', 'Staff', 'Budget'],
    capacity: 'Capacity check: workload per staff member at each receiving level, before and after the moves.',
    capacityHead: ['Receiving level', 'Activities received', 'Cases per staff before', 'Cases per staff after'],
    roadmap: '4. Roadmap',
    roadmapHead: ['Phase', 'From', 'To', 'Activities', 'Investment (million đồng)'],
    investment: 'Total investment:',
    investmentText: (amount: string) => `${amount} million đồng.`,
    review: '5. Review status of the units',
    reviewHead: ['Unit', 'Status', 'Signed off on'],
    waiting: 'Not yet signed off:',
    noneWaiting: 'no unit.',
    facts: (date: string, moves: string) => `Effective date: ${date}. Activities moved: ${moves}.`,
    note: (note: string) => `Note: ${note}`,
    stranded: (count: string, codes: string) => `${count} activities are left at a level that no longer exists on the effective date: ${codes}.`,
    title: (name: string) => `Decentralisation scenario report: ${name}`,
    footer: (date: string) => `Made with Đối Thoại on ${date}.`,
  },
} as const;

type Words = (typeof WORDS)[Lang];
/** What each part of the report needs: its words, figures and level and sector names in the report's language. */
interface Say {
  w: Words;
  n: (x: number) => string;
  level: (l: Activity['level']) => string;
  sector: (key: string) => string;
}

const sayIn = (lang: Lang): Say => ({
  w: WORDS[lang],
  n: (x) => formatNumber(x, lang, { digits: 1 }),
  level: (l) => LEVEL_LABELS[l][lang],
  sector: (key) => devolutionSectorLabel(key)[lang],
});

const table = (header: string[], rows: string[][], widths: number[], right: number[] = []): MinutesBlock => ({
  kind: 'table',
  header,
  rows,
  widths,
  align: header.map((_, i) => (right.includes(i) ? 'right' : 'left')),
});

const figureRow = ({ n }: Say, label: string[], f: Figures) => [...label, n(f.functions), n(f.activities), n(f.workload), n(f.staff), n(f.budget)];

function summary(say: Say, input: ScenarioReportInput, analysis: ReturnType<typeof analyseScenario>): MinutesBlock[] {
  const { w, n, level } = say;
  const total = inventoryTotals(input.activities);
  const sectors = DEVOLUTION_SECTORS.filter((s) => input.activities.some((a) => a.sector === s.key)).map((s) => say.sector(s.key));
  return [
    { kind: 'heading', text: w.summary, level: 1 },
    { kind: 'paragraph', text: w.inventory(n(total.functions), n(total.activities), sectors.length, sectors.join('; ')) },
    table([w.level, ...w.figures], [...LEVELS.map((l) => figureRow(say, [level(l)], analysis.levels.before[l])), figureRow(say, [w.total], total)], [...w.summaryWidths], [1, 2, 3, 4, 5]),
  ];
}

function moves({ w, level, sector }: Say, input: ScenarioReportInput): MinutesBlock[] {
  const byCode = new Map(input.activities.map((a) => [a.code, a]));
  const rows = input.scenario.moves.map((m) => {
    const a = byCode.get(m.activity);
    return [m.activity, a ? `${a.name} (${sector(a.sector)})` : '', a ? level(a.level) : '', level(m.to), m.rationale];
  });
  return [{ kind: 'heading', text: w.moves, level: 1 }, table([...w.movesHead], rows, [13, 29, 14, 14, 30])];
}

function perLevel({ w, n, level, sector }: Say, analysis: ReturnType<typeof analyseScenario>): MinutesBlock[] {
  const key = (c: { level: string; sector: string }) => `${c.level}\u0000${c.sector}`;
  const before = new Map(analysis.before.map((c) => [key(c), c]));
  const after = new Map(analysis.after.map((c) => [key(c), c]));
  const keys = LEVELS.flatMap((l) => DEVOLUTION_SECTORS.map((s) => `${l}\u0000${s.key}`)).filter((k) => before.has(k) || after.has(k));
  const zero: Figures = { functions: 0, activities: 0, workload: 0, staff: 0, budget: 0 };
  const arrow = (k: string, f: keyof Figures) => `${n((before.get(k) ?? zero)[f])} → ${n((after.get(k) ?? zero)[f])}`;
  const rows = keys.map((k) => {
    const [l, s] = k.split('\u0000');
    return [level(l as Activity['level']), sector(s), arrow(k, 'functions'), arrow(k, 'workload'), arrow(k, 'staff'), arrow(k, 'budget')];
  });
  const capacity = analysis.capacity.map((c) => [level(c.level), n(c.receives), c.before.perStaff === null ? '—' : n(c.before.perStaff), c.after.perStaff === null ? '—' : n(c.after.perStaff)]);
  return [
    { kind: 'heading', text: w.perLevel, level: 1 },
    table([...w.perLevelHead], rows, [14, 22, 14, 18, 14, 18], [2, 3, 4, 5]),
    { kind: 'paragraph', text: w.capacity },
    table([...w.capacityHead], capacity, [28, 22, 25, 25], [1, 2, 3]),
  ];
}

function roadmapBlocks({ w, n }: Say, analysis: ReturnType<typeof analyseScenario>): MinutesBlock[] {
  const rows = analysis.roadmap.map((p) => [p.phase, formatDate(p.from), formatDate(p.to), p.moves.map((m) => m.activity).join(', '), n(p.investment)]);
  return [
    { kind: 'heading', text: w.roadmap, level: 1 },
    table([...w.roadmapHead], rows, [20, 15, 15, 30, 20], [4]),
    { kind: 'paragraph', label: w.investment, text: w.investmentText(n(analysis.investment)) },
  ];
}

function reviewBlocks({ w }: Say, input: ScenarioReportInput): MinutesBlock[] {
  const rows = input.units.map((u) => {
    const r = input.reviews.find((x) => x.unit === u.key);
    return [u.name, w.status[r?.status ?? 'not-started'], r?.signedOffAt ? formatDate(r.signedOffAt) : ''];
  });
  const waiting = input.units.filter((u) => input.reviews.find((x) => x.unit === u.key)?.status !== 'signed-off').map((u) => u.name);
  return [
    { kind: 'heading', text: w.review, level: 1 },
    table([...w.reviewHead], rows, [50, 25, 25]),
    { kind: 'paragraph', label: w.waiting, text: waiting.length ? `${waiting.join('; ')}.` : w.noneWaiting },
  ];
}

export function scenarioReport(input: ScenarioReportInput): MinutesDocument {
  const say = sayIn(input.lang ?? 'vi');
  const { w, n } = say;
  const analysis = analyseScenario(input.activities, input.scenario);
  const facts: string[] = [w.facts(formatDate(input.scenario.date), n(input.scenario.moves.length))];
  if (input.scenario.illustrativeNote) facts.push(w.note(input.scenario.illustrativeNote));
  if (analysis.stranded.length) facts.push(w.stranded(n(analysis.stranded.length), analysis.stranded.join(', ')));
  return {
    heading: input.spaceTitle,
    title: w.title(input.scenario.name),
    facts,
    blocks: [...summary(say, input, analysis), ...moves(say, input), ...perLevel(say, analysis), ...roadmapBlocks(say, analysis), ...reviewBlocks(say, input)],
    footer: w.footer(formatDate(input.createdAt)),
    createdAt: input.createdAt,
  };
}
