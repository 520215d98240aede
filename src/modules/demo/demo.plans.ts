// The demo's action plan: Cần Thơ's priorities turned into objectives and actions led by the city's
// departments, with monthly progress reports from January 2025 to October 2026 — some agencies
// report on time and keep pace, others report late, skip months or fall behind. Illustrative figures.
// Written for a demo opened in November 2026; opened in another month, every date moves by the same
// number of months, so the plan is always in its last weeks rather than long overdue or not begun.
import { addDays, dayNumber, expectedProgress, minDate, periodEnd, periodsBetween, vietnamDay } from '../../core/plans';
import type { PriorityAreaKey } from '../../core/priority-areas';
import type { Db } from '../../db/connection';
import type { Actor } from '../../http/actor';
import { organisationSlugs } from '../accounts';
import { optionKeysInSpace } from '../consultations';
import { actionAsBody, createPlan, findAction, saveObjective, writeAction, writeReport } from '../plans';

type Kpi = { key: string; vi: string; en: string; unit: string; baseline: number; target: number; indicator?: { index: 'PCI' | 'PAPI' | 'PGI'; key: string } };
type Habit = 'on-time' | 'late' | 'patchy';
type DemoAction = {
  code: string; objective: string; vi: string; en: string; lead: string; coordinators: string[]; area: PriorityAreaKey;
  startsOn: string; dueOn: string; budget: number; source: string; kpi: Kpi;
  /** Actual progress as a share of what the schedule expects. */
  pace: number; habit: Habit;
};

const objectives: { code: string; area: PriorityAreaKey; vi: string; en: string }[] = [
  { code: 'MT1', area: 'environment', vi: 'Giảm ô nhiễm, xử lý chất thải và thích ứng biến đổi khí hậu', en: 'Less pollution, waste treatment and climate adaptation' },
  { code: 'MT2', area: 'admin-reform', vi: 'Cải cách thủ tục hành chính, chính quyền số', en: 'Administrative procedure reform and digital government' },
  { code: 'MT3', area: 'transport-urban', vi: 'Hạ tầng đô thị chống ngập và giao thông kết nối vùng', en: 'Flood-proof urban infrastructure and regional transport' },
  { code: 'MT4', area: 'agriculture', vi: 'Nông nghiệp công nghệ cao, hợp tác xã và sản phẩm OCOP', en: 'High-tech agriculture, cooperatives and OCOP products' },
  { code: 'MT5', area: 'social-protection', vi: 'Y tế, giáo dục và an sinh xã hội', en: 'Health, education and social protection' },
];

const demoActions: DemoAction[] = [
  { code: 'NV1.1', objective: 'MT1', area: 'environment', vi: 'Mở rộng thu gom, phân loại rác thải sinh hoạt tại nguồn ở các phường trung tâm', en: 'Extend household waste collection and sorting at source in the central wards', lead: 'can-tho-so-tnmt', coordinators: ['can-tho-so-xay-dung', 'ubnd-can-tho'], startsOn: '2025-01-01', dueOn: '2026-12-31', budget: 12_000, source: 'Ngân sách thành phố', kpi: { key: 'thu-gom', vi: 'Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom', en: 'Urban household solid waste collected', unit: '%', baseline: 88, target: 98 }, pace: 1.05, habit: 'on-time' },
  { code: 'NV1.2', objective: 'MT1', area: 'environment', vi: 'Xây dựng kè chống sạt lở bờ sông Cần Thơ và sông Ô Môn', en: 'Build embankments against riverbank erosion on the Cần Thơ and Ô Môn rivers', lead: 'can-tho-so-nn-ptnt', coordinators: ['can-tho-so-tnmt', 'can-tho-so-xay-dung'], startsOn: '2025-01-01', dueOn: '2026-12-31', budget: 85_000, source: 'Ngân sách trung ương và thành phố', kpi: { key: 'ke', vi: 'Chiều dài kè hoàn thành', en: 'Embankment completed', unit: 'km', baseline: 0, target: 4.5 }, pace: 0.68, habit: 'late' },
  { code: 'NV2.1', objective: 'MT2', area: 'admin-reform', vi: 'Giải quyết thủ tục hành chính trực tuyến toàn trình, số hóa hồ sơ', en: 'Fully online administrative procedures and digitised case files', lead: 'can-tho-so-noi-vu', coordinators: ['can-tho-so-tai-chinh'], startsOn: '2025-01-01', dueOn: '2026-12-31', budget: 6_500, source: 'Ngân sách thành phố', kpi: { key: 'truc-tuyen', vi: 'Hồ sơ nộp trực tuyến toàn trình', en: 'Applications filed fully online', unit: '%', baseline: 35, target: 80, indicator: { index: 'PAPI', key: 'e-governance' } }, pace: 1, habit: 'on-time' },
  { code: 'NV2.2', objective: 'MT2', area: 'admin-reform', vi: 'Rút ngắn thời gian cấp giấy phép xây dựng', en: 'Shorten the time to issue building permits', lead: 'can-tho-so-xay-dung', coordinators: ['can-tho-so-noi-vu'], startsOn: '2025-01-01', dueOn: '2025-12-31', budget: 1_200, source: 'Ngân sách thành phố', kpi: { key: 'ngay-cap-phep', vi: 'Thời gian cấp phép xây dựng', en: 'Time to a building permit', unit: 'ngày', baseline: 20, target: 12, indicator: { index: 'PCI', key: 'time-costs' } }, pace: 1.12, habit: 'on-time' },
  { code: 'NV3.1', objective: 'MT3', area: 'transport-urban', vi: 'Cải tạo hệ thống thoát nước chống ngập khu vực Ninh Kiều', en: 'Upgrade drainage against flooding in Ninh Kiều', lead: 'can-tho-so-xay-dung', coordinators: ['can-tho-so-gtvt'], startsOn: '2025-01-01', dueOn: '2026-12-31', budget: 120_000, source: 'Vốn vay ODA và ngân sách thành phố', kpi: { key: 'diem-ngap', vi: 'Số điểm ngập khi triều cường', en: 'Spots flooded at king tide', unit: 'điểm', baseline: 14, target: 4 }, pace: 0.84, habit: 'patchy' },
  { code: 'NV3.2', objective: 'MT3', area: 'transport-urban', vi: 'Mở tuyến xe buýt kết nối Cần Thơ với Sóc Trăng và Hậu Giang sau hợp nhất', en: 'Bus lines linking Cần Thơ with Sóc Trăng and Hậu Giang after the merger', lead: 'can-tho-so-gtvt', coordinators: ['ubnd-can-tho'], startsOn: '2025-07-01', dueOn: '2026-12-31', budget: 9_000, source: 'Xã hội hóa và ngân sách thành phố', kpi: { key: 'tuyen', vi: 'Số tuyến xe buýt liên vùng hoạt động', en: 'Regional bus lines running', unit: 'tuyến', baseline: 2, target: 8 }, pace: 0.95, habit: 'late' },
  { code: 'NV4.1', objective: 'MT4', area: 'agriculture', vi: 'Hỗ trợ hợp tác xã áp dụng công nghệ cao và đạt chứng nhận OCOP', en: 'Help cooperatives adopt high technology and earn OCOP certification', lead: 'can-tho-so-nn-ptnt', coordinators: ['can-tho-so-tai-chinh'], startsOn: '2025-01-01', dueOn: '2026-12-31', budget: 15_000, source: 'Ngân sách thành phố', kpi: { key: 'ocop', vi: 'Sản phẩm OCOP từ 3 sao', en: 'OCOP products rated 3 stars or more', unit: 'sản phẩm', baseline: 60, target: 90 }, pace: 1, habit: 'late' },
  { code: 'NV5.1', objective: 'MT5', area: 'health', vi: 'Nâng cấp trạm y tế xã, phường đạt chuẩn quốc gia', en: 'Bring commune and ward health stations up to the national standard', lead: 'can-tho-so-y-te', coordinators: ['can-tho-so-tai-chinh'], startsOn: '2025-01-01', dueOn: '2026-12-31', budget: 20_000, source: 'Ngân sách thành phố', kpi: { key: 'tram-chuan', vi: 'Trạm y tế đạt chuẩn quốc gia', en: 'Health stations meeting the national standard', unit: '%', baseline: 70, target: 95 }, pace: 0.93, habit: 'on-time' },
  { code: 'NV5.2', objective: 'MT5', area: 'education', vi: 'Kiên cố hóa phòng học, trường đạt chuẩn quốc gia', en: 'Permanent classrooms and schools meeting the national standard', lead: 'can-tho-so-gd-dt', coordinators: ['can-tho-so-xay-dung'], startsOn: '2025-01-01', dueOn: '2026-12-31', budget: 40_000, source: 'Ngân sách trung ương và thành phố', kpi: { key: 'truong-chuan', vi: 'Trường đạt chuẩn quốc gia', en: 'Schools meeting the national standard', unit: '%', baseline: 65, target: 85 }, pace: 0.8, habit: 'patchy' },
  { code: 'NV5.3', objective: 'MT5', area: 'social-protection', vi: 'Hỗ trợ sinh kế cho hộ nghèo ở vùng sạt lở', en: 'Livelihood support for poor households in erosion areas', lead: 'can-tho-so-ldtbxh', coordinators: ['ubnd-can-tho'], startsOn: '2025-01-01', dueOn: '2026-12-31', budget: 5_000, source: 'Ngân sách thành phố', kpi: { key: 'ho-ngheo', vi: 'Tỷ lệ hộ nghèo', en: 'Poor households', unit: '%', baseline: 1.5, target: 0.8 }, pace: 1, habit: 'on-time' },
];

const LAST_PERIOD_END = '2026-10-31';
const WRITTEN_FOR = { year: 2026, month: 11 };

/** The same day of the month (or the month's last day, for a last day) `months` months later. */
function shiftMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
  const index = y * 12 + (m - 1) + months;
  const [year, month] = [Math.floor(index / 12), (index % 12) + 1];
  const day = d === lastDay(y, m) ? lastDay(year, month) : Math.min(d, lastDay(year, month));
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
const GRACE_DAYS = 10;

/** The day a month's report comes in, or null when it never does. */
function submittedOn(habit: Habit, month: string, index: number): string | null {
  const end = periodEnd('monthly', month);
  if (habit === 'on-time') return addDays(end, 5);
  if (habit === 'late') return addDays(end, index % 4 === 3 ? 6 : 24);
  return index % 3 === 2 ? null : addDays(end, 8);
}

export async function loadDemoPlans(tx: Db, actor: Actor, spaceId: string, now: Date): Promise<void> {
  const today = vietnamDay(now);
  const shift = (Number(today.slice(0, 4)) - WRITTEN_FOR.year) * 12 + Number(today.slice(5, 7)) - WRITTEN_FOR.month;
  const lastPeriodEnd = shiftMonths(LAST_PERIOD_END, shift);
  const actions = demoActions.map((a) => ({ ...a, startsOn: shiftMonths(a.startsOn, shift), dueOn: shiftMonths(a.dueOn, shift) }));
  const years = `${Number(actions[0].startsOn.slice(0, 4))}–${Math.max(...actions.map((a) => Number(a.dueOn.slice(0, 4))))}`;
  const org = new Map([...(await organisationSlugs(tx))].map(([id, slug]) => [slug, id]));
  // The consultation that ranked the eight areas: its options are the area keys the actions answer.
  const ranking = (await optionKeysInSpace(tx, spaceId)).find((o) => o.key === 'admin-reform');
  const plan = await createPlan(tx, actor, spaceId, {
    title: { vi: `Kế hoạch hành động thực hiện các lĩnh vực ưu tiên của Cần Thơ ${years}`, en: `Cần Thơ's ${years} action plan for its priority areas` },
    summary: {
      vi: 'Các nhiệm vụ được xây dựng từ kết quả xếp thứ tự lĩnh vực ưu tiên năm 2024; mỗi nhiệm vụ có đơn vị chủ trì, đơn vị phối hợp, kinh phí, thời hạn và chỉ tiêu. Số liệu minh họa.',
      en: 'Actions drawn from the 2024 priority ranking; each has a lead agency, coordinating agencies, a budget, dates and a KPI. Illustrative figures.',
    },
    reportingPeriod: 'monthly',
    graceDays: GRACE_DAYS,
    public: true,
  }, now);
  const objectiveIds = new Map<string, string>();
  for (const o of objectives) objectiveIds.set(o.code, (await saveObjective(tx, actor, plan, null, { code: o.code, title: { vi: o.vi, en: o.en }, priorityArea: o.area, weight: null }, now)).id);
  for (const a of actions) {
    const id = await writeAction(tx, actor, plan, null, {
      objectiveId: objectiveIds.get(a.objective)!, code: a.code, title: { vi: a.vi, en: a.en }, leadAgencyId: org.get(a.lead)!, coordinatorIds: a.coordinators.map((c) => org.get(c)!),
      priorityArea: a.area, startsOn: a.startsOn, dueOn: a.dueOn, budgetPlanned: a.budget, budgetSpent: null, budgetSource: a.source, weight: null,
      recommendations: ranking ? [{ consultationId: ranking.consultationId, optionKey: a.area }] : [],
      kpis: [{ key: a.kpi.key, title: { vi: a.kpi.vi, en: a.kpi.en }, unit: a.kpi.unit, direction: a.kpi.target >= a.kpi.baseline ? 'increase' : 'decrease', baseline: a.kpi.baseline, target: a.kpi.target, indicator: a.kpi.indicator ?? null }],
    }, now);
    const { action } = await findAction(tx, id);
    const months = periodsBetween('monthly', a.startsOn, minDate(a.dueOn, lastPeriodEnd));
    let spent = 0;
    for (const [i, month] of months.entries()) {
      const on = submittedOn(a.habit, month, i);
      if (!on || dayNumber(on) > dayNumber(today)) continue;
      const percent = Math.min(100, Math.round(expectedProgress(a.startsOn, a.dueOn, periodEnd('monthly', month)) * a.pace));
      const kpiValue = Math.round((a.kpi.baseline + (a.kpi.target - a.kpi.baseline) * (percent / 100) * 0.95) * 10) / 10;
      spent = Math.round((a.budget * percent) / 100);
      const behind = a.pace < 0.9;
      await writeReport(tx, actor, plan, action, {
        period: month,
        percent,
        statusNote: percent >= 100 ? 'Hoàn thành' : behind ? 'Chậm so với kế hoạch' : 'Đúng tiến độ',
        narrative: `Tháng ${month.slice(5)}/${month.slice(0, 4)}: đạt ${percent}% khối lượng; ${a.kpi.vi.toLowerCase()} ${String(kpiValue).replace('.', ',')} ${a.kpi.unit}.${behind ? ' Vướng giải phóng mặt bằng và giải ngân vốn chậm.' : ''}`,
        kpiValues: { [a.kpi.key]: kpiValue },
      }, on, now);
      if (percent >= 100) break;
    }
    await writeAction(tx, actor, plan, action, { ...actionAsBody(action), budgetSpent: spent || null }, now);
  }
}
