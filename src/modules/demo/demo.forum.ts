// The demo's forum: the 2021 Local Development Dialogue (real title, date, organisers, themes and
// number of connection points, demo.facts.ts), kept in Cần Thơ's space so that its recommendations can
// be followed into the city's plan. Illustrative, and labelled so on its page: which 59 of the 63
// provinces were connected (here the first 59 in GSO order, Hà Nội's being the main hall, Thừa Thiên
// Huế among them), the agenda and six contributions on the three themes (speakers named by their role).
// The source names no attendees, so no point lists any.
import { LOCALITIES_63 } from '../../core/localities';
import type { Db } from '../../db/connection';
import type { Actor } from '../../http/actor';
import { DEFAULT_DOCUMENT_LIMITS } from '../../core/uploads';
import { addContribution, addPoint, createForum, publishForum, saveItem, saveSession } from '../forums';
import { dialogueForum2021 as facts } from './demo.facts';
import { loadDemoPoll } from './demo.poll';
import { loadDemoRecommendations } from './demo.recommendations';
import { loadDemoQuestions } from './demo.questions';

export const demoForumSlug = 'doi-thoai-phat-trien-dia-phuong-2021';

const at = (time: string) => `${facts.date}T${time}:00+07:00`;
type Item = [time: string, vi: string, en: string, speakers: string[], theme: string | null];
const agenda: { vi: string; en: string; from: string; to: string; items: Item[] }[] = [
  {
    vi: 'Khai mạc',
    en: 'Opening',
    from: '08:00',
    to: '08:45',
    items: [
      ['08:00', 'Phát biểu khai mạc', 'Opening remarks', ['Lãnh đạo Học viện Chính trị quốc gia Hồ Chí Minh'], null],
      ['08:20', 'Phát biểu của các đối tác phát triển', "Development partners' remarks", ['Đại diện USAID', 'Đại diện Ngân hàng Thế giới'], null],
    ],
  },
  ...facts.themes.map((theme, i) => ({
    vi: `Phiên ${i + 1}: ${theme.vi}`,
    en: `Session ${i + 1}: ${theme.en}`,
    from: ['08:45', '10:15', '13:30'][i],
    to: ['10:15', '11:45', '15:00'][i],
    items: [
      [['08:45', '10:15', '13:30'][i], 'Tham luận đề dẫn', 'Keynote contribution', ['Đại diện Đại học Indiana'], theme.key],
      [['09:15', '10:45', '14:00'][i], 'Thảo luận với các điểm cầu', 'Discussion with the connection points', ['Đại diện các điểm cầu'], theme.key],
    ] as Item[],
  })),
  { vi: 'Tổng kết và bế mạc', en: 'Summary and closing', from: '15:00', to: '15:30', items: [['15:00', 'Tổng kết khuyến nghị', 'Summing up the recommendations', ['Lãnh đạo Học viện Chính trị quốc gia Hồ Chí Minh'], null]] },
];

type Paper = [theme: number, title: string, speaker: string, organisation: string, abstract: string];
const papers: Paper[] = [
  [0, 'Chính quyền số cấp xã: từ một cửa điện tử đến dữ liệu dùng chung', 'Đại diện Sở Thông tin và Truyền thông', 'UBND thành phố Cần Thơ', 'Kinh nghiệm đưa thủ tục hành chính lên mạng ở xã, phường; những điểm nghẽn của dữ liệu dân cư và đất đai, và đề xuất để các sở dùng chung dữ liệu.'],
  [0, 'Bồi dưỡng kỹ năng số cho cán bộ, công chức', 'Đại diện Học viện Chính trị khu vực IV', 'Học viện Chính trị quốc gia Hồ Chí Minh', 'Khung kỹ năng số theo vị trí việc làm và cách bồi dưỡng kết hợp trực tiếp với trực tuyến.'],
  [1, 'Nông nghiệp thích ứng với biến đổi khí hậu ở đồng bằng sông Cửu Long', 'Đại diện Sở Nông nghiệp và Phát triển nông thôn', 'UBND thành phố Cần Thơ', 'Chuyển đổi cơ cấu cây trồng, sử dụng đất đai tiết kiệm nước và liên kết vùng trong tiêu thụ nông sản.'],
  [1, 'Tín dụng xanh cho doanh nghiệp nhỏ và vừa', 'Chuyên gia kinh tế', 'Ngân hàng Thế giới', 'Các công cụ tín dụng và bảo lãnh giúp doanh nghiệp nhỏ đầu tư vào năng lượng sạch và xử lý chất thải.'],
  [2, 'Bộ chỉ số theo dõi việc thực thi công vụ ở cấp huyện', 'Nhóm nghiên cứu', 'Đại học Indiana', 'Đề xuất một bộ chỉ số đo kết quả thực thi công vụ từ dữ liệu hành chính và khảo sát người dân, thử trên một số quận, huyện.'],
  [2, 'Công khai tiến độ thực hiện kiến nghị sau đối thoại', 'Đại diện Văn phòng UBND thành phố', 'UBND thành phố Cần Thơ', 'Mỗi kiến nghị có cơ quan chủ trì, hạn xem xét và tiến độ được công bố trên trang của diễn đàn.'],
];

export async function loadDemoForum(tx: Db, loader: Actor, spaceId: string, now: Date): Promise<void> {
  const body = {
    slug: demoForumSlug,
    title: facts.title,
    startsOn: facts.date,
    endsOn: facts.date,
    kind: 'hybrid' as const,
    streamUrl: null,
    themes: facts.themes,
    organisers: facts.organisers,
    capacity: null,
  };
  const forum = await createForum(tx, loader, spaceId, body, now, true);
  const sessionIds: string[] = [];
  const itemIds: string[] = [];
  for (const s of agenda) {
    const session = await saveSession(tx, loader, forum, null, { title: { vi: s.vi, en: s.en }, startsAt: at(s.from), endsAt: at(s.to) }, now);
    sessionIds.push(session.id);
    for (const [time, vi, en, speakers, theme] of s.items) itemIds.push((await saveItem(tx, loader, forum, session.id, null, { startsAt: at(time), title: { vi, en }, speakers, theme }, now)).id);
  }
  // The theme sessions follow the opening one.
  const write = { actor: loader, forum, limits: DEFAULT_DOCUMENT_LIMITS, now };
  for (const [theme, title, speaker, organisation, abstract] of papers) await addContribution(tx, write, { title, speaker, organisation, abstract, sessionId: sessionIds[theme + 1], illustrative: true });
  const point = { organisation: null, expected: null, capacity: null, attendees: [] };
  const points = [];
  for (const unit of LOCALITIES_63.slice(0, facts.connectionPoints)) {
    points.push(await addPoint(tx, loader, forum, { ...point, kind: 'locality', localityId: unit.id, mainHall: unit.code === '01' }, now));
  }
  // Two recommendations already followed into the city's plan (demo.recommendations.ts).
  await loadDemoRecommendations(tx, loader, forum, points.find((p) => p.mainHall)!.id, now);
  await publishForum(tx, loader, forum, now);
  // The poll goes with the first theme's session (digital government), on its discussion with the points.
  await loadDemoPoll(tx, loader, forum, itemIds[agenda[0].items.length + 1], points, now);
  await loadDemoQuestions(tx, loader, { ...forum, status: 'published' }, now);
}
