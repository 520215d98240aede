// The demo forum's poll: one approval poll on an item of the 2021 dialogue, illustrative and labelled
// so (the forum had no such poll on record), with a few ballots at three points — the main hall in Hà
// Nội, Cần Thơ and Thừa Thiên Huế — written as counted ballots of those points, then closed.
import type { Db } from '../../db/connection';
import type { Actor } from '../../http/actor';
import { writeBallotsWithin } from '../consultations';
import { createPoll, stepPoll, type createForum } from '../forums';

type Forum = Awaited<ReturnType<typeof createForum>>;

type Point = { id: string; localityId: string | null };

const question = {
  title: { vi: 'Minh họa: Điều gì cần làm trước để chính quyền số đến gần người dân?', en: 'Illustrative: what should come first to bring digital government closer to people?' },
  options: [
    { vi: 'Dữ liệu dân cư và đất đai dùng chung giữa các sở', en: 'Population and land data shared between departments' },
    { vi: 'Thủ tục một cửa trực tuyến ở cấp xã', en: 'Online one-stop procedures at commune level' },
    { vi: 'Bồi dưỡng kỹ năng số cho cán bộ', en: 'Digital skills training for officials' },
  ],
};
// Per province code: each ballot's approved options (o1–o3).
const ballots: Record<string, string[][]> = {
  '01': [['o1'], ['o1', 'o2'], ['o2'], ['o1', 'o3'], ['o1'], ['o3']],
  '92': [['o2'], ['o1', 'o2'], ['o2'], ['o2', 'o3'], ['o1']],
  '46': [['o3'], ['o1', 'o3'], ['o2'], ['o1'], ['o3']],
};

export async function loadDemoPoll(tx: Db, loader: Actor, forum: Forum, itemId: string, points: Point[], now: Date): Promise<void> {
  const poll = await createPoll(tx, loader, forum, { itemId, ...question, method: 'approval', max: 2 }, now, true);
  await stepPoll(tx, loader, forum, poll, 'open', now);
  for (const p of points) {
    const choices = ballots[(p.localityId ?? '').split(':')[1]];
    if (!choices) continue;
    await writeBallotsWithin(tx, poll.consultationId, choices.map((approve) => ({ tokenHash: null, choice: { approve }, paper: { group: p.id, cluster: null } })));
  }
  await stepPoll(tx, loader, forum, poll, 'close', now);
}
