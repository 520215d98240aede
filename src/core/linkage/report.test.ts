// The agreement report's document model, by hand: one commitment of each party of a two-party agreement whose
// parties merged in 2025, one project; Vietnamese and English wording, shares in the parties' order with the
// central budget last, figures the Vietnamese way (1.250,5; 40 %).
import { describe, expect, it } from 'vitest';
import { paperToPractice } from './practice';
import { linkageReport, type ReportInput } from './report';

const AG = { id: 'vn63:89', name: 'An Giang', successor: { id: 'vn34:91', name: 'An Giang' } };
const KG = { id: 'vn63:91', name: 'Kiên Giang', successor: { id: 'vn34:91', name: 'An Giang' } };
const none = paperToPractice([]);
const input: ReportInput = {
  region: { vi: 'Vùng thử', en: 'Test region' },
  agreement: { title: { vi: 'Thỏa thuận An Giang – Kiên Giang', en: null }, parties: [AG, KG], startsOn: '2019-01-01', endsOn: '2020-12-31', reviewOn: null, sectors: ['rice'], nowInternal: true, illustrativeNote: null },
  commitments: [
    { party: KG, sector: 'rice', what: { vi: 'Kho lúa', en: 'Rice store' }, startsOn: '2019-01-01', dueOn: '2020-06-30', budgetShares: { central: 60, 'vn63:91': 40 }, progress: 45, lastPeriod: '2020-Q1', status: 'amber', stage: 'started' },
    { party: AG, sector: 'rice', what: { vi: 'Chợ lúa', en: 'Rice market' }, startsOn: '2019-01-01', dueOn: '2020-12-31', budgetShares: {}, progress: 0, lastPeriod: null, status: 'not-started', stage: 'on-paper' },
  ],
  practice: paperToPractice(['started', 'on-paper']),
  provinces: [{ locality: AG.successor as never, practice: paperToPractice(['started', 'on-paper']), from: [AG.id, KG.id] }],
  overTime: [{ quarter: '2019-Q1', practice: paperToPractice(['on-paper', 'on-paper']) }],
  projects: [{ name: { vi: 'Cảng lúa', en: 'Rice port' }, localities: [AG, KG], status: 'approved', totalCost: 1250.5, centralRequested: 40, centralGranted: null, steering: { vi: 'Hội đồng vùng', en: 'Regional council' } }],
  day: '2020-05-15',
};
const tables = (lang: 'vi' | 'en') => linkageReport(input, lang).blocks.filter((b) => b.kind === 'table').map((b) => (b.kind === 'table' ? b.rows : []));
const paragraphs = (lang: 'vi' | 'en') => linkageReport(input, lang).blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));

describe('the agreement report model', () => {
  it('reads in Vietnamese', () => {
    const [parties, commitments, provinces, quarters, projects] = tables('vi');
    expect(parties).toEqual([['An Giang', 'An Giang', '1', '0'], ['Kiên Giang', 'An Giang', '1', '1']]);
    expect(commitments[0]).toEqual(['Kiên Giang', 'Kho lúa (Lúa gạo)', '01/01/2019 – 30/06/2020', 'Kiên Giang 40\u00a0%; Trung ương 60\u00a0%', '45\u00a0% (2020-Q1); Vàng — chậm (đã bắt đầu)']);
    expect(commitments[1][4]).toBe('chưa báo cáo; Chưa bắt đầu (trên giấy)');
    expect(provinces).toEqual([['An Giang', 'An Giang; Kiên Giang', '2', '1', '50\u00a0%']]);
    expect(quarters).toEqual([['2019-Q1', '2', '0', '0', '0', '0\u00a0%']]);
    expect(projects).toEqual([['Cảng lúa', 'An Giang; Kiên Giang', 'Đã phê duyệt', '1.250,5', '40\u00a0% / —', 'Hội đồng vùng']]);
    expect(paragraphs('vi')).toContain('Các bên nay đã hợp nhất thành một tỉnh: thỏa thuận nay là nội bộ của tỉnh.');
    expect(paragraphs('vi')).toContain('1/2 cam kết đã chuyển động (50\u00a0%): 0 hoàn thành, 0 đúng tiến độ, 1 đã bắt đầu nhưng chậm; 1 còn trên giấy.');
    expect(linkageReport(input, 'vi').footer).toBe('Lập bằng Đối Thoại ngày 15/05/2020.');
    expect(none.rate).toBeNull();
  });

  it('reads in English, the Vietnamese title kept where there is no English one', () => {
    const doc = linkageReport(input, 'en');
    expect(doc.title).toBe('Thỏa thuận An Giang – Kiên Giang');
    const [, commitments, , , projects] = tables('en');
    expect(commitments[0]).toEqual(['Kiên Giang', 'Rice store (Rice)', '01/01/2019 – 30/06/2020', 'Kiên Giang 40%; Central 60%', '45% (2020-Q1); Amber — behind (started)']);
    expect(projects[0]).toEqual(['Rice port', 'An Giang; Kiên Giang', 'Approved', '1,250.5', '40% / —', 'Regional council']);
    expect(paragraphs('en')).toContain('1 of 2 commitments moved (50%): 0 done, 0 on track, 1 started but behind; 1 still on paper.');
  });
});
