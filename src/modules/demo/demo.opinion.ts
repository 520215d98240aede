// The demo's conversation (opinion mapping, issue 18), a part of the 2021 Local Development Dialogue in
// Cần Thơ's space: 25 statements on digital transformation and green growth and 60 simulated participants
// in three blocs — "digital first" (26), "green first" (20) and "careful: keep the old ways" (14) — so the map
// shows its groups at once. All illustrative, and labelled so in the title and the question: the statements
// were written for the demo and the votes drawn (core/random, seed 2021), each participant voting on 14–25
// statements, following their bloc's leaning 8 times in 10 where it has one. The map is computed here, at load.
import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { createRandom, type Random } from '../../core/random';
import type { Db } from '../../db/connection';
import type { Actor } from '../../http/actor';
import { forums } from '../forums';
import { addParticipation, computeMapNow, createConversation, createParticipants, opinionConversations, opinionStatements, opinionVotes, submitStatement, type NewParticipant } from '../opinion';
import { dialogueForum2021 as facts } from './demo.facts';
import { demoForumSlug } from './demo.forum';

type Lean = 1 | 0 | -1;
/** A statement and the leaning of each bloc: [digital first, green first, careful]. */
const STATEMENTS: [string, Lean, Lean, Lean][] = [
  ['Mọi thủ tục hành chính của thành phố nên làm được trực tuyến toàn trình.', 1, 0, -1],
  ['Người cao tuổi vẫn cần được làm thủ tục trực tiếp tại bộ phận một cửa.', 1, 1, 1],
  ['Thành phố nên phủ wifi miễn phí ở chợ, bến xe và nhà văn hóa.', 1, 0, 0],
  ['Ngân sách chuyển đổi số nên được ưu tiên hơn ngân sách chống ngập.', 1, -1, -1],
  ['Chống ngập và thích ứng với xâm nhập mặn là việc cấp bách nhất của Cần Thơ.', 0, 1, 1],
  ['Doanh nghiệp nhỏ cần được hỗ trợ chi phí để bán hàng trên sàn thương mại điện tử.', 1, 0, 0],
  ['Nên hạn chế xe máy chạy xăng ở trung tâm thành phố trước năm 2030.', 0, 1, -1],
  ['Xe buýt điện nên thay dần xe buýt chạy dầu trên các tuyến nội thành.', 1, 1, 0],
  ['Dữ liệu về chất lượng nước và không khí phải được công khai liên tục.', 1, 1, 1],
  ['Thành phố có quá nhiều ứng dụng, người dân không biết dùng cái nào.', -1, 0, 1],
  ['Chuyển đổi số đang làm tăng khoảng cách giữa thành thị và nông thôn.', -1, 0, 1],
  ['Nông dân trồng lúa nên được hỗ trợ chuyển sang canh tác giảm phát thải.', 0, 1, 1],
  ['Nên lắp camera giám sát giao thông ở mọi giao lộ lớn.', 1, 0, -1],
  ['Phải bảo vệ dữ liệu cá nhân trước khi mở rộng dịch vụ số.', 1, 1, 1],
  ['Thành phố nên thu phí rác theo khối lượng để khuyến khích phân loại.', -1, 1, -1],
  ['Trồng thêm cây xanh dọc kênh rạch quan trọng hơn mở rộng đường.', -1, 1, 0],
  ['Nộp phí, lệ phí nên bắt buộc thanh toán không dùng tiền mặt.', 1, 0, -1],
  ['Nên khuyến khích hộ gia đình lắp điện mặt trời áp mái.', 0, 1, 0],
  ['Chợ truyền thống cần được giữ lại, không thay bằng siêu thị.', -1, 1, 1],
  ['Cán bộ phường, xã cần được đào tạo kỹ năng số nhiều hơn.', 1, 1, 1],
  ['Khu công nghiệp mới phải qua đánh giá tác động môi trường công khai.', 0, 1, 1],
  ['Nên thu hút trung tâm dữ liệu và doanh nghiệp công nghệ bằng ưu đãi thuế.', 1, -1, 0],
  ['Mua sắm công nên ưu tiên sản phẩm tiết kiệm năng lượng dù giá cao hơn.', 0, 1, -1],
  ['Trường học nên dạy kỹ năng số từ bậc tiểu học.', 1, 0, -1],
  ['Du lịch sinh thái miệt vườn cần đi cùng bảo vệ môi trường.', 0, 1, 1],
];
const BLOCS = [26, 20, 14];

export const demoConversationSlug = 'chuyen-doi-so-tang-truong-xanh-2021';

/** One participant's votes: a random 14–25 of the statements, by their bloc's leanings. */
function votesOf(random: Random, bloc: number): [tid: number, value: Lean][] {
  const order = STATEMENTS.map((_, tid) => tid);
  for (let i = order.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order.slice(0, 14 + random.int(12)).map((tid) => {
    const lean = STATEMENTS[tid][1 + bloc] as Lean;
    const r = random.next();
    if (lean === 0) return [tid, r < 0.35 ? 1 : r < 0.7 ? -1 : 0];
    return [tid, r < 0.8 ? lean : r < 0.92 ? 0 : (-lean as Lean)];
  });
}

export async function loadDemoOpinion(tx: Db, loader: Actor, spaceId: string, now: Date): Promise<void> {
  // opened on the forum's morning, as the votes are of its day
  const opened = new Date(`${facts.date}T07:30:00+07:00`);
  const [forum] = await tx.select({ id: forums.id }).from(forums).where(eq(forums.slug, demoForumSlug));
  const conversation = await createConversation(
    tx,
    loader,
    spaceId,
    {
      slug: demoConversationSlug,
      title: { vi: 'Chuyển đổi số và tăng trưởng xanh ở Cần Thơ (minh họa)', en: 'Digital transformation and green growth in Cần Thơ (illustrative)' },
      topic: {
        vi: 'Cần Thơ nên ưu tiên gì khi chuyển đổi số và tăng trưởng xanh? Các ý kiến và phiếu ở đây là minh họa, do hệ thống tạo ra, không phải của người tham gia thật.',
        en: 'What should Cần Thơ put first in its digital transformation and green growth? The statements and votes here are illustrative, made by the system, not by real participants.',
      },
      forumId: forum?.id ?? null,
    },
    opened,
  );
  const id = conversation.id;
  for (const [text] of STATEMENTS) await submitStatement(tx, id, null, text, { actor: loader, now: opened });
  const random = createRandom(2021);
  const dayStart = Date.parse(`${facts.date}T08:00:00+07:00`);
  const participants: NewParticipant[] = [];
  const votes: (typeof opinionVotes.$inferInsert)[] = [];
  let pid = 0;
  BLOCS.forEach((size, bloc) => {
    for (let k = 0; k < size; k++, pid++) {
      // joined at some minute of the forum's day (08:00–17:00), each vote a few seconds after the last
      const joined = dayStart + random.int(9 * 60) * 60_000;
      participants.push({ tokenHash: randomBytes(32).toString('hex'), at: new Date(joined) });
      votesOf(random, bloc).forEach(([tid, value], n) => votes.push({ conversationId: id, pid, tid, value, votedAt: new Date(joined + (n + 1) * 20_000) }));
    }
  });
  // pids 0, 1, … in this order: the conversation is new
  await createParticipants(tx, id, participants);
  await tx.insert(opinionVotes).values(votes);
  // the participants were counted on their days by createParticipants; the votes here
  await addParticipation(tx, id, { votesAt: votes.map((v) => v.votedAt!) });
  await tx.execute(sql`
    update ${opinionStatements} s set agree = c.agree, disagree = c.disagree, pass = c.pass
    from (select tid, count(*) filter (where value = 1)::int as agree, count(*) filter (where value = -1)::int as disagree,
                 count(*) filter (where value = 0)::int as pass
          from ${opinionVotes} where conversation_id = ${id} group by tid) c
    where s.conversation_id = ${id} and s.tid = c.tid`);
  await tx
    .update(opinionConversations)
    .set({ votesVersion: sql`${opinionConversations.votesVersion} + ${votes.length}` })
    .where(eq(opinionConversations.id, id));
  await computeMapNow(tx, id, now);
}
