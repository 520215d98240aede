// An agreement's follow-through for the region's council, as a document model — headings, paragraphs and
// tables in reading order — built from plain data (ReportInput) the linkage module maps its rows onto, so
// that the Word file (src/reports/linkage-report.docx.ts) only lays it out. Sections: the agreement (period,
// review date, sectors), its parties and their 2025 successors, commitments (who, what, when, budget shares,
// latest progress, red/amber/green, stage), paper to practice per province in force and quarter by quarter,
// and the regional projects carrying it out. Vietnamese first, English on request; figures and dates through
// core/format.
import { formatDate, formatNumber, formatPercent } from '../format';
import type { Rag } from '../plans';
import type { Practice, Stage } from './practice';
import { sectorLabel } from './sectors';

type Lang = 'vi' | 'en';
type Text = { vi: string; en: string | null };
type Place = { id: string; name: string; successor: { id: string; name: string } };

export type ReportInput = {
  region: Text;
  agreement: { title: Text; parties: Place[]; startsOn: string; endsOn: string; reviewOn: string | null; sectors: string[]; nowInternal: boolean; illustrativeNote: string | null };
  commitments: { party: Place; sector: string; what: Text; startsOn: string; dueOn: string; budgetShares: Record<string, number>; progress: number; lastPeriod: string | null; status: Rag; stage: Stage }[];
  practice: Practice;
  provinces: { locality: Place; practice: Practice; from: string[] }[];
  overTime: { quarter: string; practice: Practice }[];
  projects: { name: Text; localities: Place[]; status: string; totalCost: number; centralRequested: number; centralGranted: number | null; steering: Text }[];
  day: string;
};

export type ReportBlock = { kind: 'heading'; text: string } | { kind: 'paragraph'; text: string } | { kind: 'table'; header: string[]; rows: string[][]; widths: number[] };
export type ReportDocument = { heading: string; title: string; blocks: ReportBlock[]; footer: string };

const WORDS = {
  heading: { vi: 'BÁO CÁO TÌNH HÌNH THỰC HIỆN THỎA THUẬN LIÊN KẾT VÙNG', en: 'REPORT ON CARRYING OUT A REGIONAL LINKAGE AGREEMENT' },
  region: { vi: 'Vùng', en: 'Region' },
  period: { vi: 'Thời hạn', en: 'Period' },
  review: { vi: 'Ngày rà soát', en: 'Review date' },
  sectors: { vi: 'Lĩnh vực', en: 'Sectors' },
  asOf: { vi: 'Số liệu tính đến ngày', en: 'Figures as of' },
  parties: { vi: '1. Các bên và tỉnh kế thừa từ 1/7/2025', en: '1. Parties and their successors since 1 July 2025' },
  party: { vi: 'Bên', en: 'Party' },
  successor: { vi: 'Tỉnh từ 1/7/2025', en: 'Province since 1 July 2025' },
  internal: { vi: 'Các bên nay đã hợp nhất thành một tỉnh: thỏa thuận nay là nội bộ của tỉnh.', en: 'The parties have since merged into one province: the agreement is now internal to it.' },
  commitments: { vi: '2. Các cam kết', en: '2. Commitments' },
  what: { vi: 'Nội dung', en: 'What' },
  when: { vi: 'Thời hạn', en: 'When' },
  shares: { vi: 'Tỷ lệ ngân sách', en: 'Budget shares' },
  progress: { vi: 'Tiến độ mới nhất, tình trạng', en: 'Latest progress, status' },
  status: { vi: 'Tình trạng', en: 'Status' },
  central: { vi: 'Trung ương', en: 'Central' },
  none: { vi: 'Không có.', en: 'None.' },
  notReported: { vi: 'chưa báo cáo', en: 'not reported' },
  practice: { vi: '3. Từ văn bản đến thực tiễn', en: '3. From paper to practice' },
  province: { vi: 'Tỉnh (từ 1/7/2025)', en: 'Province (since 1 July 2025)' },
  fromParties: { vi: 'Gồm các bên', en: 'From the parties' },
  count: { vi: 'Số cam kết', en: 'Commitments' },
  moved: { vi: 'Đã chuyển động', en: 'Moved' },
  rate: { vi: 'Tỷ lệ', en: 'Rate' },
  quarter: { vi: 'Quý', en: 'Quarter' },
  onPaper: { vi: 'Trên giấy', en: 'On paper' },
  started: { vi: 'Đã bắt đầu', en: 'Started' },
  onTrack: { vi: 'Đúng tiến độ', en: 'On track' },
  done: { vi: 'Hoàn thành', en: 'Done' },
  overTime: { vi: 'Theo thời gian (cuối mỗi quý)', en: 'Over time (at the end of each quarter)' },
  projects: { vi: '4. Dự án vùng liên quan', en: '4. Related regional projects' },
  project: { vi: 'Dự án', en: 'Project' },
  places: { vi: 'Địa phương', en: 'Localities' },
  cost: { vi: 'Tổng vốn (tỷ đồng)', en: 'Total cost (billion đồng)' },
  centralShare: { vi: 'Trung ương: xin / được cấp', en: 'Central: requested / granted' },
  steering: { vi: 'Cơ quan chỉ đạo', en: 'Steering body' },
  footer: { vi: 'Lập bằng Đối Thoại ngày {day}.', en: 'Made with Đối Thoại on {day}.' },
} as const;

const RAG: Record<Rag, Text> = { done: { vi: 'Hoàn thành', en: 'Done' }, green: { vi: 'Xanh — đúng tiến độ', en: 'Green — on track' }, amber: { vi: 'Vàng — chậm', en: 'Amber — behind' }, red: { vi: 'Đỏ — chậm nghiêm trọng', en: 'Red — off track' }, 'not-started': { vi: 'Chưa bắt đầu', en: 'Not started' } };
const STAGE: Record<Stage, Text> = { 'on-paper': { vi: 'trên giấy', en: 'on paper' }, started: { vi: 'đã bắt đầu', en: 'started' }, 'on-track': { vi: 'đúng tiến độ', en: 'on track' }, done: { vi: 'hoàn thành', en: 'done' } };
const PROJECT_STATUS: Record<string, Text> = { proposed: { vi: 'Đề xuất', en: 'Proposed' }, approved: { vi: 'Đã phê duyệt', en: 'Approved' }, 'under-way': { vi: 'Đang thực hiện', en: 'Under way' }, done: { vi: 'Hoàn thành', en: 'Done' }, stalled: { vi: 'Đình trệ', en: 'Stalled' } };

const nfc = (s: string) => s.normalize('NFC');

export function linkageReport(input: ReportInput, lang: Lang = 'vi'): ReportDocument {
  const say = (key: keyof typeof WORDS) => WORDS[key][lang];
  const t = (x: Text) => nfc(lang === 'en' ? x.en ?? x.vi : x.vi);
  const pct = (n: number) => (lang === 'vi' ? `${formatNumber(n, lang, { digits: 1 })}\u00a0%` : `${formatNumber(n, lang, { digits: 1 })}%`);
  const rate = (p: Practice) => (p.rate === null ? '—' : formatPercent(p.rate, lang));
  const a = input.agreement;
  const nameOf = new Map([...a.parties, ...input.commitments.map((c) => c.party)].map((p) => [p.id, p.name]));
  const blocks: ReportBlock[] = [];
  const heading = (text: string) => blocks.push({ kind: 'heading', text: nfc(text) });
  const paragraph = (text: string) => blocks.push({ kind: 'paragraph', text: nfc(text) });
  const table = (header: string[], rows: string[][], widths: number[]) => blocks.push({ kind: 'table', header, rows: rows.map((r) => r.map(nfc)), widths });

  paragraph(`${say('region')}: ${t(input.region)}`);
  paragraph(`${say('period')}: ${formatDate(a.startsOn)} – ${formatDate(a.endsOn)}${a.reviewOn ? `; ${say('review').toLowerCase()}: ${formatDate(a.reviewOn)}` : ''}`);
  paragraph(`${say('sectors')}: ${a.sectors.map((s) => sectorLabel(s)[lang]).join('; ')}`);
  paragraph(`${say('asOf')} ${formatDate(input.day)}.`);
  if (a.illustrativeNote) paragraph(a.illustrativeNote);

  heading(say('parties'));
  const countOf = (id: string) => input.commitments.filter((c) => c.party.id === id);
  table([say('party'), say('successor'), say('count'), say('moved')], a.parties.map((p) => [p.name, p.successor.name, String(countOf(p.id).length), String(countOf(p.id).filter((c) => c.stage !== 'on-paper').length)]), [30, 30, 20, 20]);
  if (a.nowInternal) paragraph(say('internal'));

  heading(say('commitments'));
  // The parties in the agreement's order, then the central budget (jsonb keeps its keys in its own order).
  const order = (k: string) => (k === 'central' ? a.parties.length : a.parties.findIndex((p) => p.id === k));
  const shares = (s: Record<string, number>) => Object.entries(s).sort(([x], [y]) => order(x) - order(y)).map(([k, v]) => `${k === 'central' ? say('central') : nameOf.get(k) ?? k} ${pct(v)}`).join('; ');
  const progress = (c: ReportInput['commitments'][number]) => (c.lastPeriod ? `${pct(c.progress)} (${c.lastPeriod})` : say('notReported'));
  if (!input.commitments.length) paragraph(say('none'));
  else table(
    [say('party'), say('what'), say('when'), say('shares'), say('progress')],
    input.commitments.map((c) => [c.party.name, `${t(c.what)} (${sectorLabel(c.sector)[lang]})`, `${formatDate(c.startsOn)} – ${formatDate(c.dueOn)}`, shares(c.budgetShares), `${progress(c)}; ${RAG[c.status][lang]} (${STAGE[c.stage][lang]})`]),
    [12, 34, 15, 17, 22],
  );

  heading(say('practice'));
  const p = input.practice;
  paragraph(lang === 'vi' ? `${p.moved}/${p.total} cam kết đã chuyển động (${rate(p)}): ${p.done} hoàn thành, ${p.onTrack} đúng tiến độ, ${p.started} đã bắt đầu nhưng chậm; ${p.onPaper} còn trên giấy.` : `${p.moved} of ${p.total} commitments moved (${rate(p)}): ${p.done} done, ${p.onTrack} on track, ${p.started} started but behind; ${p.onPaper} still on paper.`);
  table([say('province'), say('fromParties'), say('count'), say('moved'), say('rate')], input.provinces.map((x) => [x.locality.name, x.from.map((id) => nameOf.get(id) ?? id).join('; '), String(x.practice.total), String(x.practice.moved), rate(x.practice)]), [24, 32, 14, 15, 15]);
  paragraph(say('overTime'));
  table([say('quarter'), say('onPaper'), say('started'), say('onTrack'), say('done'), say('rate')], input.overTime.map((q) => [q.quarter, ...[q.practice.onPaper, q.practice.started, q.practice.onTrack, q.practice.done].map(String), rate(q.practice)]), [20, 16, 16, 16, 16, 16]);

  heading(say('projects'));
  const money = (n: number) => formatNumber(n, lang, { digits: 1 });
  const central = (x: ReportInput['projects'][number]) => `${pct(x.centralRequested)} / ${x.centralGranted === null ? '—' : pct(x.centralGranted)}`;
  if (!input.projects.length) paragraph(say('none'));
  else table([say('project'), say('places'), say('status'), say('cost'), say('centralShare'), say('steering')], input.projects.map((x) => [t(x.name), x.localities.map((l) => l.name).join('; '), PROJECT_STATUS[x.status]?.[lang] ?? x.status, money(x.totalCost), central(x), t(x.steering)]), [24, 18, 13, 13, 14, 18]);

  return { heading: say('heading'), title: t(a.title), blocks, footer: say('footer').replace('{day}', formatDate(input.day)) };
}
