// The scenario report's document model in both languages, worked by hand on four activities: the English one
// says the same with its own words, levels, sectors and statuses and writes figures 1,200.5 (Vietnamese 1.200,5).
import { describe, expect, it } from 'vitest';
import type { MinutesBlock } from '../forums/minutes';
import { scenarioReport, type ScenarioReportInput } from './report';
import type { Activity } from './model';

const base = { unit: 'so-xd', functionName: 'Cấp phép xây dựng', name: 'Cấp phép', legalDocument: 'Luật Xây dựng 2014', legalArticle: '' };
const activities: Activity[] = [
  { ...base, code: 'A1', sector: 'construction', functionCode: 'F1', kind: 'deliver', level: 'district', workload: 1200, staff: 4, budget: 800 },
  { ...base, code: 'A2', sector: 'construction', functionCode: 'F1', kind: 'monitor', level: 'province', workload: 300, staff: 2, budget: 500 },
  { ...base, code: 'A3', sector: 'health', unit: 'so-yt', functionCode: 'F2', functionName: 'Y tế cơ sở', kind: 'deliver', level: 'commune', workload: 5000, staff: 10, budget: 2000 },
];
const input = (lang?: 'vi' | 'en'): ScenarioReportInput => ({
  lang,
  spaceTitle: 'Cần Thơ',
  scenario: { name: 'Hai cấp', date: '2025-07-01', moves: [{ activity: 'A1', to: 'commune', rationale: 'gần dân', phase: 'Giai đoạn 1', date: '2025-07-01', investment: 1500.5 }], illustrativeNote: null },
  activities,
  units: [{ key: 'so-xd', name: 'Sở Xây dựng' }, { key: 'so-yt', name: 'Sở Y tế' }],
  reviews: [{ unit: 'so-xd', status: 'signed-off', signedOffAt: new Date('2025-06-01T03:00:00Z') }],
  createdAt: new Date('2026-12-04T03:00:00Z'),
});
const tables = (blocks: MinutesBlock[]) => blocks.filter((b) => b.kind === 'table') as Extract<MinutesBlock, { kind: 'table' }>[];

describe('a scenario report', () => {
  it('is Vietnamese by default', () => {
    const doc = scenarioReport(input());
    expect(doc.title).toBe('Báo cáo kịch bản phân cấp: Hai cấp');
    expect(doc.facts).toEqual(['Ngày áp dụng: 01/07/2025. Số hoạt động chuyển cấp: 1.']);
    // before: province 300, district 1.200, commune 5.000; total 6.500
    expect(tables(doc.blocks)[0].rows.map((r) => r[3])).toEqual(['300', '1.200', '5.000', '6.500']);
    expect(doc.footer).toBe('Lập bằng Đối Thoại ngày 04/12/2026.');
  });

  it('says the same in English with lang en', () => {
    const doc = scenarioReport(input('en'));
    expect(doc.title).toBe('Decentralisation scenario report: Hai cấp');
    expect(doc.facts).toEqual(['Effective date: 01/07/2025. Activities moved: 1.']);
    const [summary, moves, perLevel, capacity, roadmap, review] = tables(doc.blocks);
    expect(summary.header).toEqual(['Level', 'Functions', 'Activities', 'Workload (cases a year)', 'Staff', 'Budget (million đồng a year)']);
    expect(summary.rows.map((r) => [r[0], r[3]])).toEqual([['Province/city', '300'], ['District', '1,200'], ['Commune/ward', '5,000'], ['Total', '6,500']]);
    expect(moves.rows).toEqual([['A1', 'Cấp phép (Construction)', 'District', 'Commune/ward', 'gần dân']]);
    // construction at the commune: 0 → 1,200 cases; the district's 1,200 → 0
    expect(perLevel.rows.find((r) => r[0] === 'Commune/ward' && r[1] === 'Construction')?.[3]).toBe('0 → 1,200');
    // the commune receives one: 5,000 / 10 = 500 before, 6,200 / 14 = 442.9 after
    expect(capacity.rows).toEqual([['Commune/ward', '1', '500', '442.9']]);
    expect(roadmap.rows).toEqual([['Giai đoạn 1', '01/07/2025', '01/07/2025', 'A1', '1,500.5']]);
    expect(review.rows).toEqual([['Sở Xây dựng', 'Signed off', '01/06/2025'], ['Sở Y tế', 'Not started', '']]);
    const paragraphs = doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => ('label' in b && b.label ? `${b.label} ${b.text}` : b.text));
    expect(paragraphs).toContain('Total investment: 1,500.5 million đồng.');
    expect(paragraphs).toContain('Not yet signed off: Sở Y tế.');
    expect(paragraphs).toContain('2 functions, 3 activities in 2 sectors: Construction; Health.');
    expect(doc.footer).toBe('Made with Đối Thoại on 04/12/2026.');
    // the same shape as the Vietnamese report: the same blocks, the same table sizes
    const shape = (blocks: MinutesBlock[]) => blocks.map((b) => (b.kind === 'table' ? `table ${b.header.length}×${b.rows.length}` : b.kind));
    expect(shape(doc.blocks)).toEqual(shape(scenarioReport(input('vi')).blocks));
  });
});
