// Questions at the demo's 2021 dialogue: illustrative (the source records none), asked by delegates named
// by their role at five connection points, about the three theme discussions. Most are approved and
// upvoted by other delegates, two answered, one anonymous and one still waiting for its moderator — so
// the hall screen, a point's page and the public page each have something to show.
import { asc, eq } from 'drizzle-orm';
import { locality } from '../../core/localities';
import type { Db } from '../../db/connection';
import type { Actor } from '../../http/actor';
import { answer, ask, checkIn, forumItems, forumPoints, moderate, questionsWithin, register, upvote, type Forum } from '../forums';

type Asked = { point: string; who: string; item: number; text: string; anonymous?: boolean; approved: boolean; upvoters: number; answer?: [by: string, text: string] };

// Points by their province's GSO code; items by their place among the three theme discussions.
const asked: Asked[] = [
  { point: '46', who: 'Đại biểu Sở Kế hoạch và Đầu tư Thừa Thiên Huế', item: 0, text: 'Khi dữ liệu dân cư và đất đai được dùng chung, xã có được quyền cập nhật trực tiếp không hay vẫn phải chờ sở?', approved: true, upvoters: 6, answer: ['Đại diện Sở Thông tin và Truyền thông Cần Thơ', 'Xã cập nhật trực tiếp phần dữ liệu do xã quản lý; sở duyệt những thay đổi liên quan đến quyền sử dụng đất.'] },
  { point: '92', who: 'Đại biểu Hội Doanh nghiệp Cần Thơ', item: 1, text: 'Doanh nghiệp nhỏ cần điều kiện gì để vay tín dụng xanh, và ai thẩm định dự án xử lý chất thải?', approved: true, upvoters: 5, answer: ['Chuyên gia kinh tế, Ngân hàng Thế giới', 'Ngân hàng thương mại thẩm định theo tiêu chí môi trường chung; một quỹ bảo lãnh giúp doanh nghiệp thiếu tài sản thế chấp.'] },
  { point: '48', who: 'Đại biểu UBND quận Hải Châu', item: 2, text: 'Bộ chỉ số thực thi công vụ có so sánh được giữa các quận khác quy mô dân số không?', approved: true, upvoters: 4 },
  { point: '01', who: 'Đại biểu Hội trường chính', item: 2, text: 'Người dân xem tiến độ thực hiện kiến nghị sau đối thoại ở đâu?', anonymous: true, approved: true, upvoters: 3 },
  { point: '10', who: 'Đại biểu Sở Nông nghiệp và Phát triển nông thôn Lào Cai', item: 1, text: 'Vùng núi có được hỗ trợ chuyển đổi cây trồng thích ứng khí hậu như đồng bằng không?', approved: true, upvoters: 2 },
  { point: '92', who: 'Đại biểu Đoàn Thanh niên Cần Thơ', item: 0, text: 'Thanh niên tình nguyện có thể hỗ trợ người cao tuổi dùng dịch vụ công trực tuyến không?', approved: false, upvoters: 0 },
];

/** Two more delegates at each of the points above, who upvote (cards: no standing beyond their own registration). */
const voterAccess = { facilitator: false, member: null, moderates: new Set<string>(), registered: true };
const VOTERS_PER_POINT = 2;

export async function loadDemoQuestions(tx: Db, loader: Actor, forum: Forum, now: Date): Promise<void> {
  const points = await tx.select().from(forumPoints).where(eq(forumPoints.forumId, forum.id));
  const pointOf = (code: string) => points.find((p) => p.localityId === `vn63:${code}`)!;
  const items = await tx.select().from(forumItems).where(eq(forumItems.forumId, forum.id)).orderBy(asc(forumItems.startsAt));
  const discussions = items.filter((i) => i.title.en === 'Discussion with the connection points');
  const delegate = async (code: string, name: string) => {
    const point = pointOf(code);
    const { code: card } = await register(tx, loader, forum, { userId: null, name }, point.id, now);
    return checkIn(tx, loader, forum, point, card, false, now);
  };
  const voters = [];
  for (const code of new Set(asked.map((a) => a.point))) {
    for (let n = 1; n <= VOTERS_PER_POINT; n++) voters.push(await delegate(code, `Đại biểu điểm cầu ${locality(63, code)!.name} số ${n}`));
  }
  for (const a of asked) {
    let { question: q } = await ask(questionsWithin(tx), forum.id, { registration: await delegate(a.point, a.who) }, { itemId: discussions[a.item].id, text: a.text, anonymous: a.anonymous ?? false }, now);
    if (!a.approved) continue;
    q = await moderate(tx, loader, forum, q, 'approved', now);
    for (const voter of voters.slice(0, a.upvoters)) ({ question: q } = await upvote(questionsWithin(tx), forum.id, { registration: voter }, q.id, voterAccess, now));
    if (a.answer) await answer(tx, loader, forum, q, { answeredBy: a.answer[0], text: a.answer[1] }, now);
  }
}
