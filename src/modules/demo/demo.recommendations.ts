// Two recommendations of the 2021 dialogue, captured at the main hall, accepted and followed into Cần
// Thơ's action plan as actions (objective MT2, administrative reform), each with one progress report.
// Illustrative, and labelled so in their text and reports. Dates follow the day the demo is loaded:
// the actions began three months ago and are reviewed nine months ahead; last month is reported.
import { vietnamDay } from '../../core/plans';
import type { Db } from '../../db/connection';
import type { Actor } from '../../http/actor';
import { organisationSlugs } from '../accounts';
import { actionFor, captureRecommendation, decideRecommendation, recommendationIntoPlan, type forums } from '../forums';
import { findAction, listPlans, planContents, writeReport } from '../plans';

type Demo = { code: string; text: string; owner: string; agency: string; percent: number; status: string; note: string };
const demos: Demo[] = [
  { code: 'KN1', text: 'Công khai hằng tháng tiến độ giải quyết thủ tục hành chính trực tuyến của từng sở, ngành (minh họa)', owner: 'Sở Nội vụ', agency: 'can-tho-so-noi-vu', percent: 35, status: 'Đúng tiến độ', note: 'Đã công khai trên cổng thông tin của thành phố cho 12 sở, ngành. Số liệu minh họa.' },
  { code: 'KN2', text: 'Xây dựng cơ sở dữ liệu mở về giải ngân vốn đầu tư công của thành phố (minh họa)', owner: 'Sở Tài chính', agency: 'can-tho-so-tai-chinh', percent: 15, status: 'Chậm so với kế hoạch', note: 'Đã thống nhất danh mục dữ liệu, đang chuẩn hóa số liệu năm trước. Số liệu minh họa.' },
];

/** The first day of the month `months` away from `day` ("YYYY-MM-01"). */
function monthStart(day: string, months: number): string {
  const index = Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1 + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

export async function loadDemoRecommendations(tx: Db, loader: Actor, forum: typeof forums.$inferSelect, hallId: string, now: Date): Promise<void> {
  const today = vietnamDay(now);
  const [plan] = await listPlans(tx, forum.spaceId);
  const objective = (await planContents(tx, plan.id)).objectives.find((o) => o.code === 'MT2')!;
  const org = new Map([...(await organisationSlugs(tx))].map(([id, slug]) => [slug, id]));
  const reviewOn = monthStart(today, 9);
  for (const d of demos) {
    const body = { text: d.text, source: null, pointId: hallId, owner: d.owner, ownerOrganisationId: org.get(d.agency)!, reviewOn };
    const proposed = await captureRecommendation(tx, loader, forum, body, now);
    const accepted = await decideRecommendation(tx, loader, forum, proposed, 'accepted', 'Đưa vào kế hoạch hành động của thành phố.', now);
    const action = actionFor(accepted, { code: d.code, objectiveId: objective.id, startsOn: monthStart(today, -3) }, now);
    const followed = await recommendationIntoPlan(tx, loader, forum, accepted, plan.id, action, now);
    const found = await findAction(tx, followed.actionId!);
    const period = monthStart(today, -1).slice(0, 7);
    await writeReport(tx, loader, found.plan, found.action, { period, percent: d.percent, statusNote: d.status, narrative: d.note, kpiValues: {} }, today, now);
  }
}
