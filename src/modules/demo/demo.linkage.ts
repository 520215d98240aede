// The demo's region: the Mekong Delta's key economic region. Real: its four parties (Cần Thơ, An Giang,
// Kiên Giang, Cà Mau — demo.facts.ts, regionalLinkage2016_2020) and the 2016–2020 period of their agreement,
// and the 2025 merger that made them three provinces. Illustrative, and labelled so on the agreement: the
// period's exact days, the commitments, budget shares and progress, and the offers and needs, chosen so that
// the suggestions show one three-way exchange (Cần Thơ → An Giang → Kiên Giang → Cần Thơ) and one pair
// (Cà Mau ↔ Bạc Liêu), and two regional projects steered by the Mekong Delta Regional Coordination Council
// (the body the issue names; the projects, costs and shares are illustrative). The space is private: administrators see it (it would otherwise join the two demo
// spaces every demo account lists).
import { LOCALITIES_63 } from '../../core/localities';
import { vietnamDay } from '../../core/plans';
import type { Db } from '../../db/connection';
import type { Actor } from '../../http/actor';
import { addAgreement, addCommitment, addIntent, addProject, setRegion, submitReport, type LinkageCall } from '../linkage';
import { createSpace } from '../spaces';
import { regionalLinkage2016_2020 } from './demo.facts';

export const demoRegionSlug = 'lien-ket-vung-dbscl';

const byName = (name: string) => LOCALITIES_63.find((l) => l.name === name && l.region === 'mekong-delta')!.id;
const [CT, AG, KG, CM] = regionalLinkage2016_2020.map(byName);
const BL = byName('Bạc Liêu');

const space = {
  slug: demoRegionSlug,
  kind: 'linkage' as const,
  title: { vi: 'Liên kết vùng kinh tế trọng điểm đồng bằng sông Cửu Long', en: 'Mekong Delta key economic region linkage' },
  summary: { vi: 'Cần Thơ, An Giang, Kiên Giang và Cà Mau: thỏa thuận 2016–2020, cam kết và tiến độ (minh họa).', en: 'Cần Thơ, An Giang, Kiên Giang and Cà Mau: the 2016–2020 agreement, commitments and progress (illustrative).' },
  description: {
    vi: 'Các bên và giai đoạn 2016–2020 là thật; các cam kết, tỷ lệ ngân sách, tiến độ, đề xuất và nhu cầu là minh họa. Từ 1/7/2025, Kiên Giang nhập vào An Giang, Bạc Liêu vào Cà Mau.',
    en: 'The parties and the 2016–2020 period are real; commitments, budget shares, progress, offers and needs are illustrative. Since 1 July 2025 Kiên Giang is part of An Giang and Bạc Liêu of Cà Mau.',
  },
  locality: null,
  visibility: 'private' as const,
  illustrative: true,
  phases: [{ key: 'thoa-thuan', title: { vi: 'Thực hiện thỏa thuận 2016–2020', en: 'Carrying out the 2016–2020 agreement' }, startsOn: '2016-01-01', endsOn: '2020-12-31' }],
};

type IntentRow = [direction: 'offer' | 'need', locality: string, sector: string, kind: 'capacity' | 'facility' | 'expertise' | 'market', size: number, vi: string, en: string];
const intents: IntentRow[] = [
  ['offer', CT, 'logistics', 'facility', 4, 'cảng Cái Cui và kho lạnh', 'Cái Cui port and cold storage'],
  ['need', AG, 'logistics', 'facility', 3, 'cảng để xuất khẩu gạo', 'a port to export rice from'],
  ['offer', AG, 'rice', 'market', 5, 'đầu mối thu mua lúa chất lượng cao', 'a buying hub for high-quality rice'],
  ['need', KG, 'rice', 'market', 2, 'đầu ra cho lúa vùng tứ giác Long Xuyên', 'buyers for the Long Xuyên quadrangle’s rice'],
  ['offer', KG, 'tourism', 'expertise', 2, 'kinh nghiệm du lịch biển đảo Phú Quốc', 'Phú Quốc’s island tourism know-how'],
  ['need', CT, 'tourism', 'expertise', 4, 'chuyên gia phát triển du lịch sông nước', 'experts to develop river tourism'],
  ['offer', CM, 'aquaculture', 'expertise', 4, 'mô hình nuôi tôm – rừng', 'the shrimp–mangrove farming model'],
  ['need', BL, 'aquaculture', 'expertise', 3, 'kỹ thuật nuôi tôm sinh thái', 'ecological shrimp farming skills'],
  ['offer', BL, 'flood-salinity', 'capacity', 3, 'mạng quan trắc độ mặn ven biển', 'a coastal salinity monitoring network'],
  ['need', CM, 'flood-salinity', 'capacity', 2, 'cảnh báo xâm nhập mặn sớm', 'early salinity warnings'],
];

type CommitmentRow = { party: string; sector: string; vi: string; en: string; startsOn: string; dueOn: string; shares: Record<string, number>; reports: [string, number, string][] };
const commitments: CommitmentRow[] = [
  { party: CT, sector: 'logistics', vi: 'Kết nối cảng Cái Cui với hàng hóa các tỉnh trong vùng', en: 'Connect Cái Cui port with the region’s cargo', startsOn: '2016-07-01', dueOn: '2018-12-31', shares: { [CT]: 40, central: 60 }, reports: [['2017-Q2', 30, 'Đã khảo sát nhu cầu hàng hóa'], ['2018-Q4', 70, 'Chờ vốn trung ương nạo vét luồng']] },
  { party: AG, sector: 'rice', vi: 'Vùng nguyên liệu lúa chất lượng cao có hợp đồng tiêu thụ', en: 'High-quality rice areas with purchase contracts', startsOn: '2016-07-01', dueOn: '2019-12-31', shares: { [AG]: 50, central: 30 }, reports: [['2018-Q2', 60, ''], ['2019-Q4', 100, 'Hoàn thành']] },
  { party: KG, sector: 'tourism', vi: 'Tuyến du lịch liên tỉnh Phú Quốc – Cần Thơ', en: 'An inter-provincial Phú Quốc – Cần Thơ tour route', startsOn: '2017-01-01', dueOn: '2020-06-30', shares: { [KG]: 100 }, reports: [] },
  { party: CM, sector: 'aquaculture', vi: 'Chia sẻ mô hình tôm – rừng với các tỉnh ven biển', en: 'Share the shrimp–mangrove model with the coastal provinces', startsOn: '2017-01-01', dueOn: '2020-12-31', shares: { [CM]: 60, central: 40 }, reports: [['2018-Q2', 20, 'Mới tổ chức hội thảo']] },
  { party: CT, sector: 'human-resources', vi: 'Đào tạo nghề cho lao động các tỉnh tại Cần Thơ', en: 'Vocational training in Cần Thơ for the provinces’ workers', startsOn: '2016-07-01', dueOn: '2020-12-31', shares: { [CT]: 70, [AG]: 10, [KG]: 10, [CM]: 10 }, reports: [] },
];

const ILLUSTRATIVE = 'Các bên và giai đoạn 2016–2020 là thật; ngày đầu và cuối kỳ, các cam kết, tỷ lệ ngân sách và tiến độ là minh họa. / The parties and the 2016–2020 period are real; the first and last days, the commitments, budget shares and progress are illustrative.';

const STEERING = { vi: 'Hội đồng điều phối vùng đồng bằng sông Cửu Long', en: 'Mekong Delta Regional Coordination Council' };
const PROJECT_NOTE = 'Dự án, chi phí, tỷ lệ đóng góp và tình trạng là minh họa. / The project, its cost, shares and status are illustrative.';

type ProjectRow = { vi: string; en: string; localities: string[]; sector: string; totalCost: number; shares: Record<string, number>; requested: number; granted: number | null; status: 'proposed' | 'under-way'; ofAgreement: boolean };
const projects: ProjectRow[] = [
  { vi: 'Trung tâm logistics và kho lạnh vùng gắn với cảng Cái Cui (minh họa)', en: 'A regional logistics and cold-storage hub at Cái Cui port (illustrative)', localities: [CT, AG, KG], sector: 'logistics', totalCost: 2400, shares: { [CT]: 20, [AG]: 15, [KG]: 15 }, requested: 50, granted: 30, status: 'under-way', ofAgreement: true },
  { vi: 'Mạng quan trắc và cảnh báo xâm nhập mặn ven biển liên tỉnh (minh họa)', en: 'An inter-provincial coastal salinity monitoring and warning network (illustrative)', localities: [CM, BL, KG], sector: 'flood-salinity', totalCost: 850, shares: { [CM]: 20, [BL]: 15, [KG]: 10 }, requested: 55, granted: null, status: 'proposed', ofAgreement: false },
];

export async function loadDemoLinkage(tx: Db, loader: Actor, now: Date): Promise<void> {
  const created = await createSpace(tx, loader, space, now);
  const localities = LOCALITIES_63.filter((l) => l.region === 'mekong-delta').map((l) => l.id);
  await setRegion(tx, loader, created.id, localities, now);
  const call: LinkageCall = { space: created, actor: loader, access: { coordinator: true, reader: true, official: null }, localities };
  for (const [direction, localityId, sector, kind, size, vi, en] of intents) {
    await addIntent(tx, call, { direction, localityId, sector, kind, size, text: { vi, en }, startsOn: '2026-01-01', endsOn: '2027-12-31', evidence: null }, now);
  }
  const agreement = await addAgreement(
    tx,
    call,
    {
      title: { vi: 'Thỏa thuận liên kết phát triển vùng kinh tế trọng điểm đồng bằng sông Cửu Long giai đoạn 2016–2020', en: 'Agreement on linked development of the Mekong Delta key economic region, 2016–2020' },
      parties: [CT, AG, KG, CM],
      startsOn: '2016-01-01',
      endsOn: '2020-12-31',
      sectors: ['logistics', 'rice', 'tourism', 'aquaculture', 'human-resources', 'flood-salinity'],
      reviewOn: '2018-12-31',
    },
    now,
    ILLUSTRATIVE,
  );
  for (const c of commitments) {
    const made = await addCommitment(tx, call, agreement, { party: c.party, sector: c.sector, what: { vi: c.vi, en: c.en }, startsOn: c.startsOn, dueOn: c.dueOn, budgetShares: c.shares }, now);
    for (const [period, percent, statusNote] of c.reports) await submitReport(tx, call, made, { period, percent, statusNote }, vietnamDay(now), now);
  }
  for (const p of projects) {
    const body = { name: { vi: p.vi, en: p.en }, localities: p.localities, sector: p.sector, totalCost: p.totalCost, costShares: p.shares, centralRequested: p.requested, centralGranted: p.granted, status: p.status, steering: STEERING, agreementId: p.ofAgreement ? agreement.id : null };
    await addProject(tx, call, body, now, PROJECT_NOTE);
  }
}
