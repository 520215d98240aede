// The demo's decentralisation space: Cần Thơ's 2022 pilot of urban-government decentralisation in Ninh Kiều
// and Cái Răng. Real: the bodies (the Department of Home Affairs as focal unit, the Department of Finance to
// cost it, other departments) and the two pilot districts (demo.facts.ts, pilotDistricts2022), and the end of
// the district level on 30 June 2025. Illustrative, and labelled so on the space and on each scenario: the
// functions chosen, their workloads, staff and budgets, the moves, phases, investments and scores, the review
// notes. The legal documents named are real laws and decrees; an article is given only where it is the
// article on that competence. The space is private, as the region is: administrators see it.
import type { Activity, Move } from '../../core/devolution';
import type { Db } from '../../db/connection';
import type { Actor } from '../../http/actor';
import { grantRole } from '../accounts';
import { addNote, replaceInventory, saveScenario, setOfficial, setUnits, signOff, type DevolutionCall } from '../devolution';
import { createSpace } from '../spaces';
import { canTho, pilotDistricts2022 } from './demo.facts';

export const demoDevolutionSlug = 'can-tho-phan-cap-2022';

const NOTE = 'Cơ quan, hai quận thí điểm và mốc 30/6/2025 là thật; chức năng được chọn, khối lượng, biên chế, ngân sách, các bước chuyển, vốn đầu tư và điểm tiêu chí là minh họa. / The bodies, the two pilot districts and the 30 June 2025 milestone are real; the functions chosen, workloads, staff, budgets, moves, investments and scores are illustrative.';

const space = {
  slug: demoDevolutionSlug,
  kind: 'devolution' as const,
  title: { vi: 'Cần Thơ: thí điểm phân cấp quản lý đô thị tại Ninh Kiều và Cái Răng', en: 'Cần Thơ: urban decentralisation pilot in Ninh Kiều and Cái Răng' },
  summary: { vi: 'Các sở và hai quận rà soát chức năng theo cấp; kịch bản thí điểm 2022 và chính quyền hai cấp 2025 (số liệu minh họa).', en: 'Departments and the two districts review their functions by level; the 2022 pilot and the 2025 two-tier scenarios (illustrative figures).' },
  description: { vi: NOTE.split(' / ')[0], en: NOTE.split(' / ')[1] },
  locality: canTho,
  visibility: 'private' as const,
  illustrative: true,
  phases: [{ key: 'thi-diem', title: { vi: 'Thí điểm phân cấp 2021–2025', en: 'Decentralisation pilot 2021–2025' }, startsOn: '2021-01-01', endsOn: '2025-12-31' }],
};

const [ninhKieu, caiRang] = pilotDistricts2022;
const units = [
  { key: 'so-noi-vu', name: { vi: 'Sở Nội vụ', en: 'Department of Home Affairs' }, kind: 'department' as const, focal: true },
  { key: 'so-tai-chinh', name: { vi: 'Sở Tài chính', en: 'Department of Finance' }, kind: 'department' as const, focal: false },
  { key: 'so-xay-dung', name: { vi: 'Sở Xây dựng', en: 'Department of Construction' }, kind: 'department' as const, focal: false },
  { key: 'so-tnmt', name: { vi: 'Sở Tài nguyên và Môi trường', en: 'Department of Natural Resources and Environment' }, kind: 'department' as const, focal: false },
  { key: 'so-gtvt', name: { vi: 'Sở Giao thông vận tải', en: 'Department of Transport' }, kind: 'department' as const, focal: false },
  { key: 'quan-ninh-kieu', name: { vi: ninhKieu.vi, en: ninhKieu.en }, kind: 'district' as const, focal: false },
  { key: 'quan-cai-rang', name: { vi: caiRang.vi, en: caiRang.en }, kind: 'district' as const, focal: false },
  { key: 'cac-phuong', name: { vi: 'UBND các phường (địa bàn hai quận)', en: 'The wards (of the two districts)' }, kind: 'commune' as const, focal: false },
];

type Row = [code: string, unit: string, sector: string, fn: string, fnName: string, name: string, kind: Activity['kind'], law: string, article: string, level: Activity['level'], workload: number, staff: number, budget: number];
const LXD = 'Luật Xây dựng 50/2014/QH13';
const LDD = 'Luật Đất đai 45/2013/QH13';
const LXL = 'Luật Xử lý vi phạm hành chính 15/2012/QH13';
const rows: Row[] = [
  ['NV-01.1', 'so-noi-vu', 'home-affairs', 'NV-01', 'Quản lý vị trí việc làm và biên chế', 'Thẩm định đề án vị trí việc làm của quận, phường', 'regulate', 'Nghị định 62/2020/NĐ-CP', '', 'province', 60, 3, 350],
  ['TC-01.1', 'so-tai-chinh', 'finance', 'TC-01', 'Phân bổ ngân sách cho quận, phường', 'Phân bổ dự toán chi thường xuyên cho quận, phường', 'finance', 'Luật Ngân sách nhà nước 83/2015/QH13', '', 'province', 45, 4, 400],
  ['XD-01.1', 'so-xay-dung', 'construction', 'XD-01', 'Cấp giấy phép xây dựng', 'Quy định hồ sơ, trình tự cấp phép xây dựng trên địa bàn', 'regulate', LXD, 'Điều 103', 'province', 15, 1, 120],
  ['XD-01.2', 'so-xay-dung', 'construction', 'XD-01', 'Cấp giấy phép xây dựng', 'Cấp giấy phép xây dựng công trình cấp III, cấp IV trong đô thị', 'deliver', LXD, 'Điều 103', 'province', 450, 5, 900],
  ['TN-01.1', 'so-tnmt', 'natural-resources', 'TN-01', 'Đăng ký đất đai', 'Cấp giấy chứng nhận cho tổ chức', 'deliver', LDD, 'Điều 105', 'province', 900, 8, 1600],
  ['GT-01.1', 'so-gtvt', 'transport', 'GT-01', 'Quản lý đường đô thị', 'Lập kế hoạch bảo trì đường đô thị', 'plan', 'Luật Giao thông đường bộ 23/2008/QH12', '', 'province', 30, 2, 250],
  ['GT-01.2', 'so-gtvt', 'transport', 'GT-01', 'Quản lý đường đô thị', 'Bảo trì đường đô thị trong các quận', 'deliver', 'Luật Giao thông đường bộ 23/2008/QH12', '', 'province', 320, 9, 14000],
  ['NK-01.1', 'quan-ninh-kieu', 'construction', 'NK-01', 'Cấp phép xây dựng nhà ở riêng lẻ', 'Cấp giấy phép xây dựng nhà ở riêng lẻ', 'deliver', LXD, 'Điều 103', 'district', 2400, 6, 1200],
  ['NK-02.1', 'quan-ninh-kieu', 'urban-order', 'NK-02', 'Quản lý trật tự đô thị', 'Kiểm tra, xử lý vi phạm trật tự đô thị', 'monitor', LXL, '', 'district', 1500, 8, 1600],
  ['NK-03.1', 'quan-ninh-kieu', 'natural-resources', 'NK-03', 'Đăng ký đất đai', 'Cấp giấy chứng nhận cho hộ gia đình, cá nhân', 'deliver', LDD, 'Điều 105', 'district', 4200, 10, 1800],
  ['CR-01.1', 'quan-cai-rang', 'construction', 'CR-01', 'Cấp phép xây dựng nhà ở riêng lẻ', 'Cấp giấy phép xây dựng nhà ở riêng lẻ', 'deliver', LXD, 'Điều 103', 'district', 1100, 4, 700],
  ['CR-02.1', 'quan-cai-rang', 'urban-order', 'CR-02', 'Quản lý trật tự đô thị', 'Kiểm tra, xử lý vi phạm trật tự đô thị', 'monitor', LXL, '', 'district', 900, 6, 1100],
  ['CR-03.1', 'quan-cai-rang', 'natural-resources', 'CR-03', 'Đăng ký đất đai', 'Cấp giấy chứng nhận cho hộ gia đình, cá nhân', 'deliver', LDD, 'Điều 105', 'district', 2600, 7, 1200],
  ['PH-01.1', 'cac-phuong', 'justice', 'PH-01', 'Chứng thực', 'Chứng thực bản sao từ bản chính', 'deliver', 'Nghị định 23/2015/NĐ-CP', 'Điều 5', 'commune', 8000, 6, 400],
];

const activities: Activity[] = rows.map(([code, unit, sector, functionCode, functionName, name, kind, legalDocument, legalArticle, level, workload, staff, budget]) => ({
  code, unit, sector, functionCode, functionName, name, kind, legalDocument, legalArticle, level, workload, staff, budget,
}));

const move = (activity: string, to: Move['to'], rationale: string, phase: string, date: string, investment: number, scores: Move['scores']): Move => ({ activity, to, rationale, phase, date, investment, scores });

const pilot: Move[] = [
  move('XD-01.2', 'district', 'Giao quận cấp phép công trình cấp III, IV trong đô thị: gần công trình, rút ngắn thời gian.', 'Giai đoạn 1 (2022)', '2022-07-01', 1200, { subsidiarity: 2, scale: -1, capacity: -1, accountability: 1 }),
  move('GT-01.2', 'district', 'Quận chủ động bảo trì đường đô thị trên địa bàn, kèm kinh phí.', 'Giai đoạn 1 (2022)', '2022-07-01', 3000, { subsidiarity: 1, scale: -1, spillover: -1, accountability: 1 }),
  move('NK-02.1', 'commune', 'Phường nắm địa bàn, phát hiện vi phạm sớm.', 'Giai đoạn 2 (2023–2025)', '2023-01-01', 600, { subsidiarity: 2, capacity: -1, accountability: 1 }),
  move('CR-02.1', 'commune', 'Như Ninh Kiều.', 'Giai đoạn 2 (2023–2025)', '2023-01-01', 400, { subsidiarity: 2, capacity: -1, accountability: 1 }),
];

const twoTier: Move[] = [
  move('NK-01.1', 'commune', 'Cấp huyện kết thúc; phường cấp phép nhà ở riêng lẻ.', 'Từ 1/7/2025', '2025-07-01', 800, { subsidiarity: 2, capacity: -1, accountability: 1 }),
  move('CR-01.1', 'commune', 'Cấp huyện kết thúc; phường cấp phép nhà ở riêng lẻ.', 'Từ 1/7/2025', '2025-07-01', 500, { subsidiarity: 2, capacity: -1, accountability: 1 }),
  move('NK-02.1', 'commune', 'Cấp huyện kết thúc; phường quản lý trật tự đô thị.', 'Từ 1/7/2025', '2025-07-01', 600, { subsidiarity: 2, capacity: -1, accountability: 1 }),
  move('CR-02.1', 'commune', 'Cấp huyện kết thúc; phường quản lý trật tự đô thị.', 'Từ 1/7/2025', '2025-07-01', 400, { subsidiarity: 2, capacity: -1, accountability: 1 }),
  move('NK-03.1', 'province', 'Cấp huyện kết thúc; chi nhánh đăng ký đất đai của thành phố nhận hồ sơ.', 'Từ 1/7/2025', '2025-07-01', 1500, { scale: 2, capacity: 1, subsidiarity: -1 }),
  move('CR-03.1', 'province', 'Như Ninh Kiều.', 'Từ 1/7/2025', '2025-07-01', 900, { scale: 2, capacity: 1, subsidiarity: -1 }),
  move('GT-01.2', 'commune', 'Phường bảo trì đường nội bộ; đường trục do thành phố giữ (tách sau).', 'Giai đoạn sau (2026)', '2026-01-01', 2000, { subsidiarity: 1, scale: -2, spillover: -1 }),
];

/** Officials: demo accounts (demo.accounts.ts) made officials of the space and bound to the unit they speak for. */
export async function loadDemoDevolution(tx: Db, loader: Actor, now: Date, officials: readonly { userId: string; unit: string }[] = []): Promise<void> {
  const created = await createSpace(tx, loader, space, now);
  const unitRows = await setUnits(tx, loader, created.id, units, now);
  for (const o of officials) {
    await grantRole(tx, loader, { userId: o.userId, spaceId: created.id, role: 'official' }, now);
    await setOfficial(tx, loader, created.id, unitRows, o.userId, o.unit, now);
  }
  const call: DevolutionCall = { space: created, actor: loader, access: { coordinator: true, reader: true, unit: null }, units: unitRows };
  await replaceInventory(tx, call, activities, now);
  await saveScenario(tx, loader, created.id, null, { key: 'thi-diem-2022', name: { vi: 'Thí điểm 2022', en: '2022 pilot' }, date: '2022-07-01', moves: pilot, illustrativeNote: NOTE }, now);
  await saveScenario(tx, loader, created.id, null, { key: 'hai-cap-2025', name: { vi: 'Chính quyền hai cấp 2025', en: 'Two-tier local government 2025' }, date: '2025-07-01', moves: twoTier, illustrativeNote: NOTE }, now);
  await addNote(tx, loader, created.id, 'quan-ninh-kieu', { kind: 'comment', activityCode: null, proposedLevel: null, text: 'Số hồ sơ năm 2021 (minh họa).' }, now);
  await addNote(tx, loader, created.id, 'quan-ninh-kieu', { kind: 'proposal', activityCode: 'NK-02.1', proposedLevel: 'commune', text: 'Đề nghị giao phường xử lý vi phạm trật tự đô thị (minh họa).' }, now);
  await addNote(tx, loader, created.id, 'so-xay-dung', { kind: 'comment', activityCode: 'XD-01.2', proposedLevel: null, text: 'Đồng ý giao quận cấp phép công trình cấp III, IV (minh họa).' }, now);
  await signOff(tx, loader, created.id, 'so-xay-dung', now);
}
